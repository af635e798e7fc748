// What a document says about its own sentences, for the junction rules (junctions.ts): which characters
// and first bigrams open its sentences and paragraphs, how long its sentences' first clauses run, which
// characters end clauses, and how often each character occurs. Counted over the paragraphs that stay
// (claimed ones — copies, chrome clean() removes — are no evidence: the statistics must be the same
// before and after cleaning, or a second clean() would decide differently).

import { isLatinLetter } from '../text/chars.js';
import type { ScanContext } from './context.js';
import { isCjk, isClauseEnd } from './junction-shape.js';

/** Longest first clause counted, in letters and ideographs (longer ones count as this long). */
export const CLAUSE_CAP = 32;

export interface JunctionStats {
  /** how often each character starts a sentence */
  starts: Uint32Array;
  /** how many sentences open with a first clause of each length (letters and ideographs, capped) */
  firstClauses: Uint32Array;
  /** sentences counted in firstClauses */
  sentences: number;
  /** the key of a bigram in starts2 and clauses2 (-1 for a first character no candidate rest has) */
  key2: (c: number, c2: number) => number;
  /** how often each first bigram of a candidate rest opens a sentence or a clause */
  starts2: Map<number, number>;
  /** the part of starts2 counted after ，；： (clause openers); the rest opened sentences */
  clauses2: Map<number, number>;
  /** how often each character opens a paragraph */
  paraStarts: Uint32Array;
  /** paragraphs counted in paraStarts */
  paras: number;
  /** how often each character occurs (estimated from a sample for huge texts) */
  chars: Float64Array;
  /** how often each character ends a clause */
  ends: Uint32Array;
}

/**
 * The statistics of `ctx`'s text. `heads` are the paragraphs that stop open and `nextOf` the paragraph
 * after each: the first bigrams counted are those of their candidate rests only (up to
 * options.displacedWindow paragraphs down), so the pass over all sentences allocates nothing for
 * ordinary ones.
 */
export function junctionStats(ctx: ScanContext, heads: readonly number[], nextOf: Int32Array): JunctionStats {
  const { text, paragraphs, claimed, options } = ctx;
  const n = paragraphs.length;
  // A tail starting with a common opener is less likely a cut. Only the bigrams of possible tails are
  // counted (their first characters flagged first).
  const starts = new Uint32Array(65536);
  /** how many sentences here open with a first clause of each length (letters and ideographs, capped) */
  const firstClauses = new Uint32Array(CLAUSE_CAP + 1);
  let sentences = 0;
  /** a number (1, 2 …) for each first character of a possible tail, 0 for the others */
  const wanted = new Int32Array(65536);
  let wantedChars = 0;
  for (const h of heads) {
    const next = nextOf[h]!;
    const last = Math.min(n - 1, next + options.displacedWindow);
    for (let t = next; t <= last; t++) {
      const c = text.charCodeAt(paragraphs[t]!.start);
      if (wanted[c] === 0) wanted[c] = ++wantedChars;
    }
  }
  /**
   * The key of a bigram of wanted first character c in starts2 and clauses2, -1 for others. Small
   * integers (not c × 65536 + c2, a heap number for most ideographs): no allocation per lookup.
   */
  const key2 = (c: number, c2: number): number => (wanted[c]! > 0 ? wanted[c]! * 65536 + c2 : -1);
  const starts2 = new Map<number, number>();
  /** the part of starts2 counted after ，；： (clause openers), the rest opened sentences */
  const clauses2 = new Map<number, number>();
  // How often each character opens a paragraph (of those that stay).
  const paraStarts = new Uint32Array(65536);
  let paras = 0;
  for (let pi = 0; pi < n; pi++) {
    if (claimed[pi]) continue;
    paras++;
    const c = text.charCodeAt(paragraphs[pi]!.start);
    paraStarts[c] = (paraStarts[c] ?? 0) + 1;
  }
  for (let pi = 0; pi < n; pi++) {
    // Paragraphs that clean() removes (copies, chrome) are not evidence: the statistics must be the same
    // before and after cleaning, or a second clean() would decide differently.
    if (claimed[pi]) continue;
    for (const s of paragraphs[pi]!.sentences) {
      const c = text.charCodeAt(s.start);
      starts[c] = (starts[c] ?? 0) + 1;
      // the length of the sentence's first clause, in letters and ideographs (capped)
      let len = 0;
      for (let k = s.start; k < s.end && len < CLAUSE_CAP && !isClauseEnd(text.charCodeAt(k)); k++) {
        const x = text.charCodeAt(k);
        if (isCjk(x) || isLatinLetter(x)) len++;
      }
      if (len > 0) {
        firstClauses[len]!++;
        sentences++;
      }
      if (wanted[c]! > 0 && s.end - s.start >= 2) {
        const c2 = key2(c, text.charCodeAt(s.start + 1));
        starts2.set(c2, (starts2.get(c2) ?? 0) + 1);
      }
    }
  }
  // Character frequencies for expected bigram counts: exact for ordinary documents, estimated from an
  // evenly strided sample of about a million code units for huge ones.
  const chars = new Float64Array(65536);
  const stride = Math.max(1, Math.ceil(text.length / 1_000_000));
  for (let i = 0; i < text.length; i += stride) {
    const c = text.charCodeAt(i);
    chars[c] = (chars[c] ?? 0) + stride;
  }
  if (stride === 1) {
    for (let pi = 0; pi < n; pi++) {
      if (!claimed[pi]) continue;
      const p = paragraphs[pi]!;
      for (let i = p.start; i < p.end; i++) {
        const c = text.charCodeAt(i);
        chars[c] = (chars[c] ?? 0) - 1;
      }
    }
  }
  // Clause boundaries: how often a character ends a clause (before ，。；、…) and which characters open
  // clauses (after ，；：) — verbs like 维护, 充分, 推进 open clauses all the time, the second half of a
  // cut word (切工作, 会治理) never does. Counted over the paragraphs that stay, for ordinary sizes.
  const ends = new Uint32Array(65536);
  if (text.length <= 2_000_000) {
    for (let pi = 0; pi < n; pi++) {
      if (claimed[pi]) continue;
      const p = paragraphs[pi]!;
      for (let i = p.start; i < p.end - 1; i++) {
        const c = text.charCodeAt(i);
        const d = text.charCodeAt(i + 1);
        if (isClauseEnd(d)) ends[c] = (ends[c] ?? 0) + 1;
        else if (
          (c === 0xff0c || c === 0xff1b || c === 0xff1a || c === 0x2c || c === 0x3b || c === 0x3a) &&
          isCjk(d)
        ) {
          // Only the bigram counts: single characters open clauses too often to tell anything.
          if (wanted[d]! > 0 && i + 2 < p.end) {
            const c2 = key2(d, text.charCodeAt(i + 2));
            starts2.set(c2, (starts2.get(c2) ?? 0) + 1);
            clauses2.set(c2, (clauses2.get(c2) ?? 0) + 1);
          }
        }
      }
    }
  }
  return { starts, firstClauses, sentences, key2, starts2, clauses2, paraStarts, paras, chars, ends };
}
