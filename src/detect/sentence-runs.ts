// Runs of one sentence written three or more times in a row inside a paragraph (…奋力开创新局面。 ×6, or
// "We must keep moving forward. " ×6). A sentence longer than maxPhraseLength is beyond the tandem
// search of tandem.ts, so such a loop would otherwise only show up as scattered sentence repeats, which
// clean() rightly leaves alone. Shared by repetition-loop (the finding) and repeated-block (which then
// leaves those sentences to it); cached per scan like tandems().

import type { ScanContext } from './context.js';
import { plainKey, plainLength } from './keys.js';

export interface SentenceRun {
  /** index into the paragraph's sentences of the first copy */
  paragraph: number;
  first: number;
  copies: number;
}

/** Fewer copies are a doubled sentence (repeated-block's business), not a loop. */
export const MIN_SENTENCE_COPIES = 3;
/** Folded characters a looping sentence has at least: 好。好。好。 is speech. */
const MIN_SENTENCE = 8;

const CACHE = new WeakMap<ScanContext, SentenceRun[]>();

export function sentenceRuns(ctx: ScanContext): SentenceRun[] {
  const cached = CACHE.get(ctx);
  if (cached) return cached;
  const { text, paragraphs } = ctx;
  const out: SentenceRun[] = [];
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const ss = paragraphs[pi]!.sentences;
    if (ss.length < MIN_SENTENCE_COPIES) continue;
    let runStart = 0;
    let runKey = -1;
    for (let si = 0; si <= ss.length; si++) {
      let key = -2;
      if (si < ss.length) {
        const s = ss[si]!;
        // Copies written in a row have the same length: only those are hashed (a cheap first filter).
        const len = s.end - s.start;
        const prev = ss[si - 1];
        const next = ss[si + 1];
        const twin =
          (prev !== undefined && prev.end - prev.start === len) ||
          (next !== undefined && next.end - next.start === len);
        key = twin ? plainKey(text, s.start, s.end) : -3 - si;
        if (twin && plainLength < MIN_SENTENCE) key = -3 - si; // never equal to another
      }
      if (key === runKey) continue;
      const copies = si - runStart;
      if (runKey >= 0 && copies >= MIN_SENTENCE_COPIES) out.push({ paragraph: pi, first: runStart, copies });
      runStart = si;
      runKey = key;
    }
  }
  CACHE.set(ctx, out);
  return out;
}
