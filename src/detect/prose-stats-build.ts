// Builds a prose-statistics table (prose-stats.ts) from texts: the shipped one comes from
// scripts/build-prose-stats.mjs; a user with another genre of text can build their own and pass it as
// `options.proseStats`. Deterministic: the same texts give the same table.

import { toSimplified } from '../text/traditional.js';
import { encodeSet, type ProseStats } from './prose-stats.js';

export interface BuildProseStatsOptions {
  /** Named in the table (`source`). */
  source?: string;
  /** Fewest occurrences of a three- or four-character string to be attested. Default 2. */
  minJoin?: number;
  /** Fingerprint bits of the bigram set and of the join set. Defaults 22 and 26. */
  bigramBits?: number;
  joinBits?: number;
}

const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
const CLAUSE_END = /[，。；、：！？,;:!?\n\r]/;
/** How many times more often than chance a string must occur across each of its splits. */
const OVER_CHANCE = 5;
/** A bigram that ends this share of its occurrences ends clauses (发展, 体系); lastChar's 'end' in junctions.ts. */
const ENDS = 0.15;
/** Marks after which a bigram opens a sentence, and after which it opens a clause. */
const SENTENCE_END = /[。！？!?]/;
const CLAUSE_MARK = /[，；：、,;:]/;
/** Fewest sentence or paragraph openings that make a bigram an opener. */
const MIN_OPENS = 2;
const IDEOGRAPH = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/**
 * The same test `options.reference` applies at scan time: a string is attested when it occurs at least
 * twice (bigrams) or `minJoin` times and, for every way a paragraph break could cut it in two, clearly
 * more often than its two halves would meet by chance.
 */
export function buildProseStats(texts: readonly string[], options: BuildProseStatsOptions = {}): ProseStats {
  const minJoin = options.minJoin ?? 2;
  const counts = new Map<string, number>();
  /** how often a bigram ends a clause, a sentence or a line */
  const ends = new Map<string, number>();
  /** how often a bigram opens a sentence or paragraph, and how often a clause */
  const opens = new Map<string, number>();
  const clauses = new Map<string, number>();
  let length = 0;
  // Counted in simplified characters, as every lookup asks (prose-stats.ts): a table built from
  // traditional texts serves traditional pages and simplified ones alike.
  for (const raw of texts) {
    const text = toSimplified(raw);
    length += text.length + 1;
    countOpenings(text, opens, clauses);
    for (const m of text.matchAll(CJK_RUN)) {
      const run = m[0];
      const after = m.index + run.length;
      if (run.length >= 2 && (after >= text.length || CLAUSE_END.test(text[after]!))) {
        const g = run.slice(-2);
        ends.set(g, (ends.get(g) ?? 0) + 1);
      }
      for (let i = 0; i < run.length; i++)
        for (let n = 1; n <= 4 && i + n <= run.length; n++) {
          const g = run.slice(i, i + n);
          counts.set(g, (counts.get(g) ?? 0) + 1);
        }
    }
  }
  const over = (g: string, c: number) => {
    for (let h = 1; h < g.length; h++) {
      const expected = ((counts.get(g.slice(0, h)) ?? 0) * (counts.get(g.slice(h)) ?? 0)) / length;
      if (c < OVER_CHANCE * expected) return false;
    }
    return true;
  };
  const bigrams: string[] = [];
  const joins: string[] = [];
  const endings: string[] = [];
  const seen: string[] = [];
  const openers: string[] = [];
  for (const [g, o] of opens) if (o >= MIN_OPENS && o >= (clauses.get(g) ?? 0)) openers.push(g);
  for (const [g, c] of counts) {
    if (g.length === 2) {
      const e = ends.get(g) ?? 0;
      if (c >= 3 && e >= 2 && e >= ENDS * c) endings.push(g);
      if (c >= 2) seen.push(g);
    }
    if (g.length === 2 && c >= 2 && over(g, c)) bigrams.push(g);
    else if (g.length >= 3 && c >= minJoin && over(g, c)) joins.push(g);
  }
  return {
    version: 1,
    source: options.source ?? `${texts.length} texts, ${length} code units`,
    bigrams: encodeSet(bigrams, options.bigramBits ?? 22),
    joins: encodeSet(joins, options.joinBits ?? 26),
    endings: encodeSet(endings, 20),
    seen: encodeSet(seen, 22),
    openers: encodeSet(openers, 20),
  };
}

/**
 * Counts each ideograph bigram by what precedes it (spaces and tabs skipped): the start of the text or a
 * line break (a paragraph opens), a sentence end (a sentence opens), or clause punctuation (a clause
 * opens).
 */
function countOpenings(text: string, opens: Map<string, number>, clauses: Map<string, number>): void {
  for (let i = 0; i + 1 < text.length; i++) {
    if (!IDEOGRAPH.test(text[i]!) || !IDEOGRAPH.test(text[i + 1]!)) continue;
    let k = i - 1;
    while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u3000')) k--;
    const before = k < 0 ? '\n' : text[k]!;
    const g = text.slice(i, i + 2);
    if (before === '\n' || before === '\r' || SENTENCE_END.test(before))
      opens.set(g, (opens.get(g) ?? 0) + 1);
    else if (CLAUSE_MARK.test(before)) clauses.set(g, (clauses.get(g) ?? 0) + 1);
  }
}
