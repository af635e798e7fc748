// repeated-block: a paragraph, a run of paragraphs, or a sentence that repeats an earlier one exactly,
// nearly, or as a truncated copy. The later copy is the finding and the first copy is `related` (the
// remark-lint no-duplicate-headings model); a truncated copy is the finding whichever comes first.
// Exact repeats are a hash-map lookup on the shared block keys; near and truncated copies are looked
// for only among blocks that share their first or last 12 normalized characters, so the cost stays
// linear. Short structural lines that repeat on purpose (会议要求, 记者提问。) are `info` and never removed.

import { HAS_HAN } from '../text/chars.js';
import type { Sentence } from '../text/document.js';
import { hash53 } from '../text/hash.js';
import { quote, type ScanContext } from './context.js';
import { endsOpen } from './junction-shape.js';
import { EDGE, normalizedText, plainKey, plainLength } from './keys.js';
import { quotedCopy } from './quotes.js';
import { sentenceRuns } from './sentence-runs.js';
import { isNearCopy, similarity } from './similar.js';
import type { Finding } from './types.js';
import { columnBreaks } from './wrapped-lines.js';

type Kind = 'exact' | 'truncated' | 'near';

/** Shorter repeats than this (normalized) are not even worth an info note. */
const MIN_NOTE = 4;
/** A line ending like this (a sentence mark, or a colon of a lead-in, before any closing quotes or
 * brackets) is a complete unit, not a cut-off copy: 会议指出：, “Let’s finish the job.” (a speech refrain). */
const ENDS_UNIT = /[。！？!?；;：:….．][”’」』）)】"']*$/;
/**
 * A short line given to a speaker, as transcripts and Q&A write them (AUDIENCE: Four more years!, 记者：
 * 谢谢。): people say the same thing twice, so its repeat is a note, not a copy to remove.
 */
const SPOKEN_LATIN = /^[A-Z][A-Z.'’ -]{1,30}:/;
const SPOKEN_CJK = /^[\u4e00-\u9fff]{2,4}[:：]/;
function isSpokenLine(line: string): boolean {
  // Lengths in code units: 80 is one English line; 24 is already a full Chinese sentence.
  return (line.length <= 80 && SPOKEN_LATIN.test(line)) || (line.length <= 24 && SPOKEN_CJK.test(line));
}

/** An enumerator opening a list item: （一） (1) 1. 1、 一、 ① a) A. */
const LIST_ITEM =
  /^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,3}[、.．)）]|[①-⑳]|[a-zA-Z][.)）])/;
/** A paragraph that introduces a list: it ends on a colon. */
const LEAD_IN = /[:：]\s*$/;

/** Sentence punctuation: a line without any is a heading (or a table-of-contents entry). */
const SENTENCE_MARK = /[。！？；!?;]|\.(?:\s|$)/;
/**
 * A heading repeated on its own far from its first copy is structure — a table of contents over the
 * chapters it lists, a subheading reused in two sections — not a scraped copy, which brings its body
 * along or follows its first copy directly.
 */
function headingLine(line: string): boolean {
  return line.length <= 50 && !SENTENCE_MARK.test(line);
}

/** Whether two paragraphs are the same once numerals are masked (so they differ in numbers only). */
function numbersOnlyDiffer(
  text: string,
  p: { start: number; end: number },
  q: { start: number; end: number },
) {
  return normalizedText(text, p.start, p.end, true) === normalizedText(text, q.start, q.end, true);
}

/** A row of a pipe table (| a | b |) and its header rule (| --- | :---: |). */
const PIPE_ROW = /^\s*\|.*\|\s*$/;
const PIPE_RULE = /^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-{0,}:?\s*$/;
/**
 * Whether text is only the header of a pipe table: its rows are header rows (each over a rule) and
 * rules. Tables of one kind repeat their header on purpose; the rows under it are what a copy repeats.
 */
function tableHeaderOnly(text: string): boolean {
  const lines = text.split('\n');
  if (!lines.some((l) => PIPE_RULE.test(l))) return false;
  return lines.every((l, k) => PIPE_RULE.test(l) || (PIPE_ROW.test(l) && PIPE_RULE.test(lines[k + 1] ?? '')));
}

/**
 * Whether a short English piece (under minBlockChars) that opens a longer paragraph is only the words
 * both open with, not a cut-off copy: under half its source. Speeches open paragraph after paragraph
 * the same way (I see a future where…, We’re making sure…, Let’s finish the…), so a sentence cut
 * after those words by a break read as a copy of the longer one and was removed — its rest left without
 * a head. Development rounds 101–140 (English prepared): repeated-block precision 0.962 → 0.986, split
 * 0.925 → 0.931, truncated 0.941 → 0.948, displaced 0.728/0.879 → 0.732/0.890; transcript
 * repeated-block precision 0.992 → 1.000. (Chinese text is left as it was: a short cut-off copy of a
 * long paragraph is a scrape defect there.)
 */
function sharedOpening(text: string, start: number, length: number, sourceLength: number): boolean {
  const c = text.charCodeAt(start);
  const latin = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return latin && length < SHARED_OPENING * sourceLength;
}
const SHARED_OPENING = 0.5;

/** Paragraphs kept per edge key as near-copy candidates. */
const BUCKET = 8;

export function repeatedBlock(ctx: ScanContext): Finding[] {
  const { text, paragraphs, keys, claimed } = ctx;
  const n = paragraphs.length;
  const src = new Int32Array(n).fill(-1);
  const kind: Kind[] = new Array(n);
  const firstByKey = new Map<number, number>();
  const byHead = new Map<number, number[]>();
  const byTail = new Map<number, number[]>();
  const normCache = new Map<number, string>();
  const norm = (i: number) => {
    let s = normCache.get(i);
    if (s === undefined) {
      const p = paragraphs[i]!;
      s = normalizedText(text, p.start, p.end);
      normCache.set(i, s);
    }
    return s;
  };
  const remember = (map: Map<number, number[]>, key: number, i: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [i]);
    else if (list.length < BUCKET) list.push(i);
  };

  for (let i = 0; i < n; i++) {
    if (claimed[i]) continue;
    const k = keys[i]!;
    if (k.length < MIN_NOTE) continue;
    const f = firstByKey.get(k.key);
    if (f !== undefined) {
      src[i] = f;
      kind[i] = 'exact';
      continue;
    }
    firstByKey.set(k.key, i);
    if (k.length < EDGE) continue;
    // The earlier paragraphs that open or end the same way: those sharing the head, then those sharing
    // the tail that do not share it (each list holds at most BUCKET), tried in that order.
    const byH = byHead.get(k.head);
    const byT = byTail.get(k.tail);
    const nh = byH?.length ?? 0;
    const nc = nh + (byT?.length ?? 0);
    for (let q = 0; q < nc; q++) {
      const c = q < nh ? byH![q]! : byT![q - nh]!;
      if (q >= nh && nh > 0 && byH!.includes(c)) continue;
      const kc = keys[c]!;
      const a = norm(i);
      const b = norm(c);
      if (k.length < kc.length && (b.startsWith(a) || b.endsWith(a))) {
        src[i] = c;
        kind[i] = 'truncated';
        break;
      }
      // An earlier paragraph that is the cut-off start of the very next one (a real scrape defect).
      if (
        k.length > kc.length &&
        c === i - 1 &&
        kc.length >= 40 &&
        a.startsWith(b) &&
        (src[c] as number) < 0
      ) {
        src[c] = i;
        kind[c] = 'truncated';
        break;
      }
      // Neighbouring items that differ only in their numbers, one for another (第一批 / 第二批, 2024年度 /
      // 2025年度), are items of a list, not a garbled copy. A digit lost in a copy changes the length,
      // and a copy away from its source is not a list item: those stay copies.
      if (
        isNearCopy(a, b) &&
        !(c === i - 1 && a.length === b.length && numbersOnlyDiffer(text, paragraphs[i]!, paragraphs[c]!))
      ) {
        src[i] = c;
        kind[i] = 'near';
        break;
      }
    }
    remember(byHead, k.head, i);
    remember(byTail, k.tail, i);
  }

  alignTableHeaders(text, paragraphs, keys, kind, src);

  const out: Finding[] = [];
  const isCopy = new Uint8Array(n);
  // Lines of a hard-wrapped column (PDF or e-paper text, a line per paragraph) are pieces of
  // paragraphs: one repeating another (of the United States and the…) is chance, not a copy. A copied
  // paragraph there is a run of lines. Measured only when some single paragraph repeats, and not over
  // the runs of copies (removed anyway: in a text pasted twice, that is half of it).
  let column: Set<number> | undefined;
  const inColumn = (k: number): boolean => {
    if (!column) {
      const skip = Uint8Array.from(ctx.claimed);
      for (let q = 0; q < n; q++) {
        const sq = src[q] as number;
        if (sq >= 0 && ((q + 1 < n && src[q + 1] === sq + 1) || (q > 0 && src[q - 1] === sq - 1)))
          skip[q] = 1;
      }
      column = columnLines(ctx, skip);
    }
    return column.has(k) || column.has(k - 1);
  };
  let i = 0;
  while (i < n) {
    const s0 = src[i] as number;
    if (s0 < 0) {
      i++;
      continue;
    }
    // Grow a run of consecutive copies of consecutive paragraphs (same direction as the first pair).
    let j = i;
    while (
      j + 1 < n &&
      src[j + 1] === (src[j] as number) + 1 &&
      (s0 < i ? (src[j + 1] as number) < i : (src[j + 1] as number) > j + 1)
    ) {
      j++;
    }
    if (i === j && inColumn(i)) {
      i++;
      continue;
    }
    let length = 0;
    let worst: Kind = 'exact';
    for (let k = i; k <= j; k++) {
      length += keys[k]!.length;
      isCopy[k] = 1;
      if (kind[k] === 'near' || (kind[k] === 'truncated' && worst === 'exact')) worst = kind[k] as Kind;
    }
    const sEnd = (src[j] as number) >= 0 ? (src[j] as number) : s0;
    const first = paragraphs[Math.min(s0, sEnd)]!;
    const firstEnd = paragraphs[Math.max(s0, sEnd)]!;
    const start = paragraphs[i]!.start;
    const end = paragraphs[j]!.end;
    // A cut-off copy of a long paragraph is a defect even when the piece left is short.
    const sourceLength = keys[s0]?.length ?? 0;
    // …but only when it stops mid-sentence: a short piece that ends on a colon or a sentence mark is a
    // lead-in or a complete line that happens to open a longer paragraph (**央视网消息**（新闻联播）：).
    // Laws and notices enumerate the same cases under different articles (第十三条 …罚款：（一）… /
    // 第十四条 …罚款：（一）…): list items whose copy has a lead-in of its own, other than the first's.
    const ownLeadIn = s0 < i && listUnderOtherLeadIn(ctx, i, j, Math.min(s0, sEnd), src);
    // A reply's quotation of an earlier post, and a table's header over another table, repeat on purpose.
    const quoted = s0 < i && quotedCopy(text, start);
    const header = tableHeaderOnly(text.slice(start, end));
    const info =
      ownLeadIn ||
      quoted ||
      header ||
      (i === j && s0 < i - 1 && worst === 'exact' && headingLine(text.slice(start, end))) ||
      (length < ctx.options.minBlockChars &&
        !(
          worst === 'truncated' &&
          length >= EDGE &&
          sourceLength >= 24 &&
          !ENDS_UNIT.test(text.slice(start, end).trimEnd()) &&
          !sharedOpening(text, start, length, sourceLength)
        )) ||
      (i === j && isSpokenLine(text.slice(start, end)));
    if (!info) for (let k = i; k <= j; k++) ctx.claimed[k] = 1;
    const count = j - i + 1;
    const what =
      worst === 'exact' ? 'repeats' : worst === 'truncated' ? 'is a truncated copy of' : 'nearly repeats';
    const where = `line ${ctx.doc.position(first.start).line}`;
    out.push(
      ctx.finding({
        rule: 'repeated-block',
        info,
        confidence: info ? 0.4 : worst === 'exact' ? 0.95 : worst === 'truncated' ? 0.9 : 0.85,
        start,
        end,
        message: quoted
          ? `Quoted copy: ${quote(text.slice(start, end))} quotes the text at ${where} (kept)`
          : ownLeadIn
            ? `Repeated list: ${quote(text.slice(start, end))} also appears under another lead-in at ${where} (likely intended)`
            : info
              ? `Repeated line: ${quote(text.slice(start, end))} also appears at ${where} (short, likely structural)`
              : `Repeated block: ${count > 1 ? `${count} paragraphs` : 'paragraph'} ${quote(text.slice(start, end))} ${what} the text at ${where}`,
        related: [{ start: first.start, end: firstEnd.end, note: s0 < i ? 'first copy' : 'complete copy' }],
        fix: info ? undefined : [{ ...ctx.removal(i, j), text: '' }],
      }),
    );
    i = j + 1;
  }

  sentenceRepeats(ctx, isCopy, out);
  return out;
}

/**
 * A table's header goes with its rows. An exact copy points at the first paragraph with its key; where a
 * copied table's rows point at another table (the second of two tables under one header, pasted twice),
 * its header rows are pointed at the header over those rows, so the copy is one run, header and rows.
 * Pipe-table lines only: a short line of prose that repeats on purpose (各位代表！) before a copied
 * paragraph is no part of the copy. Walked backwards, so a run grows from its end.
 */
function alignTableHeaders(
  text: string,
  paragraphs: ReadonlyArray<{ start: number; end: number }>,
  keys: ReadonlyArray<{ key: number }>,
  kind: Kind[],
  src: Int32Array,
): void {
  for (let k = src.length - 2; k >= 0; k--) {
    const next = src[k + 1] as number;
    const s = src[k] as number;
    if (s < 0 || next <= 0 || kind[k] !== 'exact' || s === next - 1 || next - 1 >= k) continue;
    const p = paragraphs[k]!;
    const line = text.slice(p.start, p.end);
    if (keys[next - 1]!.key === keys[k]!.key && (PIPE_ROW.test(line) || PIPE_RULE.test(line)))
      src[k] = next - 1;
  }
}

/** Paragraphs whose end is a hard-wrapped column's line end (wrapped-lines.ts), skipping those marked. */
function columnLines(ctx: ScanContext, skip: Uint8Array): Set<number> {
  const { text, paragraphs } = ctx;
  const open = new Set<number>();
  for (let k = 0; k < paragraphs.length; k++) if (!skip[k] && endsOpen(text, paragraphs[k]!)) open.add(k);
  return columnBreaks(text, paragraphs, skip, open);
}

/**
 * Whether paragraphs i..j (a later copy of the run starting at `first`) are all list items, each copy
 * introduced by a lead-in ending on a colon, and the copy's lead-in is not itself a copy of the first's.
 * A scrape that duplicates a list puts the copy right after the list, or copies the lead-in with it.
 */
function listUnderOtherLeadIn(
  ctx: ScanContext,
  i: number,
  j: number,
  first: number,
  src: Int32Array,
): boolean {
  const { text, paragraphs } = ctx;
  if (first < 1 || i - 1 <= first || (src[i - 1] as number) >= 0) return false;
  for (let k = i; k <= j; k++) {
    const p = paragraphs[k]!;
    if (!LIST_ITEM.test(text.slice(p.start, Math.min(p.end, p.start + 8)))) return false;
  }
  const leadOf = (k: number) => text.slice(paragraphs[k]!.start, paragraphs[k]!.end);
  return LEAD_IN.test(leadOf(i - 1)) && LEAD_IN.test(leadOf(first - 1));
}

/** Letters and digits a sentence written twice in a row has at least: 好。好。, 谢谢。谢谢。 are speech. */
const MIN_IN_ROW = 3;
/** …and at most, exclaimed or quoted, to be speech (加油干！加油干！) as doubled-phrase has it. */
const SPOKEN = 3;
const CONTENT = /[\p{L}\p{N}]/gu;

/**
 * A short sentence (under 24 code units) written again right after itself in its paragraph
 * (…三年行动方案。制定并有序实施行动方案。制定并有序实施行动方案。…): a scraper's doubling, as a long one
 * is. Only in a row: a short sentence met again further away is a refrain (会议要求。). Whole sentences
 * doubled are this rule's, not doubled-phrase's (which skips them), whatever their length. A short
 * English sentence said twice is speech, a note (A record. A record., I’m with you. I’m with you.:
 * transcripts are full of them), as doubled-phrase has Latin sentences.
 */
function shortInRow(ctx: ScanContext, ss: readonly Sentence[], si: number): Finding | undefined {
  const s = ss[si]!;
  const prev = ss[si - 1];
  if (!prev || prev.end - prev.start !== s.end - s.start) return undefined;
  const { text } = ctx;
  if (text.slice(prev.start, prev.end) !== s.text) return undefined;
  const content = s.text.match(CONTENT)?.length ?? 0;
  if (content < MIN_IN_ROW) return undefined;
  const spoken =
    !HAS_HAN.test(s.text) ||
    (content <= SPOKEN && (/[！!]["”’」』]*$/.test(s.text) || /^["“「『]/.test(s.text)));
  return ctx.finding({
    rule: 'repeated-block',
    info: spoken,
    confidence: spoken ? 0.3 : 0.8,
    start: s.start,
    end: s.end,
    message: `Repeated sentence: ${quote(s.text)} is written twice in a row`,
    related: [{ start: prev.start, end: prev.end, note: 'first copy' }],
    fix: spoken ? undefined : [{ ...sentenceCut(ss, si), text: '' }],
  });
}

/** What removing sentence si takes: it and the space after it, or, closing its paragraph, the space before it. */
function sentenceCut(ss: readonly Sentence[], si: number): { start: number; end: number } {
  const s = ss[si]!;
  const next = ss[si + 1];
  if (next) return { start: s.start, end: next.start };
  const before = ss[si - 1];
  return { start: before ? before.end : s.start, end: s.end };
}

/** Sentences (24+ code units) that repeat an earlier sentence elsewhere, outside repeated paragraphs. */
function sentenceRepeats(ctx: ScanContext, isCopy: Uint8Array, out: Finding[]): void {
  const { text, paragraphs, claimed, doc } = ctx;
  const seen = new Map<number, number>();
  // Near copies share their last 12 code units (a changed opening, the same ending): candidates by a
  // raw hash of the ending, confirmed by edit distance. Long sentences only.
  const byEnding = new Map<number, number>();
  // Sentences of a loop inside a paragraph are repetition-loop's finding (when that rule is on).
  const looped = new Set<number>();
  for (const r of ctx.enabled('repetition-loop') ? sentenceRuns(ctx) : []) {
    const ss = paragraphs[r.paragraph]!.sentences;
    for (let k = 1; k < r.copies; k++) looped.add(ss[r.first + k]!.index);
  }
  // The first //@ (a Weibo repost chain) of each paragraph, from one indexOf walk over the text.
  let nextRepost = text.indexOf('//@');
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    while (nextRepost >= 0 && nextRepost < p.start) nextRepost = text.indexOf('//@', nextRepost + 1);
    const repost = nextRepost >= 0 && nextRepost < p.end ? nextRepost : -1;
    // Sentences of copies are neither first copies nor findings: the paragraph finding covers them.
    if (isCopy[pi] === 1 || claimed[pi] === 1) continue;
    const ss = p.sentences;
    for (let si = 0; si < ss.length; si++) {
      const s = ss[si]!;
      if (looped.has(s.index)) continue;
      if (s.end - s.start < 24) {
        const f = shortInRow(ctx, ss, si);
        if (f) out.push(f);
        continue;
      }
      // A repost quotes the posts it passes on after //@name: (a Weibo repost chain): kept whole.
      if (repost >= 0 && repost < s.start) continue;
      // Stage directions such as (Laughter and applause.) repeat on purpose.
      const c0 = text.charCodeAt(s.start);
      if ((c0 === 0x28 || c0 === 0xff08) && text.charCodeAt(s.end - 1) !== c0) {
        const last = text.charCodeAt(s.end - 1);
        if (last === 0x29 || last === 0xff09) continue;
      }
      const key = plainKey(text, s.start, s.end);
      if (plainLength < 24) continue;
      let prev = seen.get(key);
      let near = false;
      if (prev === undefined) {
        seen.set(key, s.index);
        if (s.end - s.start < 40) continue;
        const ending = hash53(text, s.end - 12, s.end);
        const other = byEnding.get(ending);
        if (other === undefined) {
          byEnding.set(ending, s.index);
          continue;
        }
        const o = doc.sentences[other]!;
        if (similarity(normalizedText(text, o.start, o.end), normalizedText(text, s.start, s.end)) < 0.75)
          continue;
        prev = other;
        near = true;
      }
      if (ss.length === 1 && !near) continue; // whole paragraphs are the paragraph rule's business
      const first = doc.sentences[prev]!;
      // A long sentence written twice in a row (the one right before it, in the same paragraph) is a
      // doubling, as a phrase written twice in a row is; a repeat further away may be a restatement.
      const inRow = !near && si > 0 && ss[si - 1]!.index === prev;
      out.push(
        ctx.finding({
          rule: 'repeated-block',
          // A near repeat of one sentence may be a legitimate restatement: a note, never removed.
          info: near,
          confidence: near ? 0.55 : inRow ? 0.8 : 0.65,
          start: s.start,
          end: s.end,
          message: `Repeated sentence: ${quote(s.text)} ${near ? 'nearly repeats' : 'repeats'} the sentence at line ${doc.position(first.start).line}`,
          related: [{ start: first.start, end: first.end, note: 'first copy' }],
          fix: near ? undefined : [{ ...sentenceCut(ss, si), text: '' }],
        }),
      );
    }
  }
}
