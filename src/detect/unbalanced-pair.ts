// unbalanced-pair: an opening quote or bracket without its closing partner in the same paragraph, or a
// closer without an opener. One linear pass per paragraph with a small stack. Two conventions are
// respected: a quotation running over several paragraphs opens each of them with “ and closes only at
// its end; and a list marker such as 1), a) or ２） at the start of a paragraph has no opener on purpose
// (三） is reported: in official texts it is a （三） that lost its opener).

import { quote, type ScanContext } from './context.js';
import type { Finding } from './types.js';

/** closer → opener */
const PAIRS = new Map<number, number>([
  [0x201d, 0x201c], // ” “
  [0x300b, 0x300a], // 》 《
  [0xff09, 0xff08], // ） （
  [0x3011, 0x3010], // 】 【
  [0x300d, 0x300c], // 」 「
  [0x300f, 0x300e], // 』 『
  [0x29, 0x28], // ) (
  [0x5d, 0x5b], // ] [
  [0x3009, 0x3008], // 〉 〈
  [0x3015, 0x3014], // 〕 〔
]);
/** KIND[c]: 1 for an opener, 2 for a closer, 0 otherwise — one typed-array read per code unit. */
const KIND = new Uint8Array(65536);
for (const [closer, opener] of PAIRS) {
  KIND[closer] = 2;
  KIND[opener] = 1;
}
/** brackets of different widths close each other in scraped text: （…) and (…） */
function matches(opener: number, closer: number): boolean {
  const o = PAIRS.get(closer);
  if (o === opener) return true;
  return (opener === 0xff08 && closer === 0x29) || (opener === 0x28 && closer === 0xff09);
}

/** Whether a closer at `i` ends a short list marker at the paragraph start: 1) a) ２） */
function isListMarker(text: string, start: number, i: number): boolean {
  if (i - start > 3 || i === start) return false;
  for (let k = start; k < i; k++) {
    const c = text.charCodeAt(k);
    // Digits and letters only: a Chinese numeral before ） (三）) is a （三） that lost its opener.
    const ok =
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0xff10 && c <= 0xff19);
    if (!ok) return false;
  }
  return true;
}

export function unbalancedPair(ctx: ScanContext): Finding[] {
  const { text, paragraphs } = ctx;
  const out: Finding[] = [];
  const stack: number[] = [];
  const report = (at: number, kind: 'open' | 'close', pStart: number, pEnd: number) => {
    const ch = text[at] as string;
    const from = Math.max(pStart, at - 8);
    const to = Math.min(pEnd, at + 9);
    out.push(
      ctx.finding({
        rule: 'unbalanced-pair',
        confidence: 0.8,
        start: at,
        end: at + 1,
        message:
          kind === 'open'
            ? `Unbalanced pair: ${ch} opens but is not closed in its paragraph, near ${quote(text.slice(from, to))}`
            : `Unbalanced pair: ${ch} closes but nothing opened it in its paragraph, near ${quote(text.slice(from, to))}`,
      }),
    );
  };
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    stack.length = 0;
    for (let i = p.start; i < p.end; i++) {
      const c = text.charCodeAt(i);
      const kind = KIND[c];
      if (kind === 0) continue;
      if (kind === 1) {
        stack.push(i);
        continue;
      }
      let k = stack.length - 1;
      while (k >= 0 && !matches(text.charCodeAt(stack[k]!), c)) k--;
      if (k < 0) {
        if (!isListMarker(text, p.start, i)) report(i, 'close', p.start, p.end);
        continue;
      }
      for (let m = k + 1; m < stack.length; m++) report(stack[m]!, 'open', p.start, p.end);
      stack.length = k;
    }
    if (stack.length === 0) continue;
    // A multi-paragraph quotation: an open “ here and the next paragraph opens with “ again.
    const next = paragraphs[pi + 1];
    for (const at of stack) {
      if (text.charCodeAt(at) === 0x201c && next !== undefined && text.charCodeAt(next.start) === 0x201c)
        continue;
      report(at, 'open', p.start, p.end);
    }
  }
  return out;
}
