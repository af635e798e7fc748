// Evidence that English text runs on across a paragraph break, for the junction rules (junctions.ts):
// the words on either side stand together elsewhere in the document, a capitalized first word continues a
// name, or a capitalized first word is one the document writes in lower case (a sentence's start).

import { isLatinLetter } from '../text/chars.js';
import type { Paragraph } from '../text/document.js';

export interface LatinEvidence {
  latinJoin(pi: number, ti: number): boolean;
  latinName(pi: number, ti: number): boolean;
  sentenceCase(pi: number, ti: number): boolean;
}

/** `attested(pi, s)`: whether `s` occurs near head `pi` (junction-evidence.ts). */
export function latinEvidence(
  text: string,
  paragraphs: readonly Paragraph[],
  attested: (pi: number, s: string) => boolean,
): LatinEvidence {
  /**
   * Whether the English words on either side of the break (the last of P, the first of T) stand
   * together elsewhere here, as "the table" or "power to": the two pieces were one sentence.
   */
  const latinJoin = (pi: number, ti: number): boolean => {
    const P = paragraphs[pi]!;
    const T = paragraphs[ti]!;
    const comma = text.charCodeAt(P.end - 1) === 0x2c;
    const e = comma ? P.end - 1 : P.end;
    let x = e;
    while (x > P.start && isLatinLetter(text.charCodeAt(x - 1))) x--;
    let y = T.start;
    while (y < T.end && isLatinLetter(text.charCodeAt(y))) y++;
    if (x === e || y === T.start || e - x + y - T.start < 5) return false;
    return attested(pi, text.slice(x, e) + (comma ? ', ' : ' ') + text.slice(T.start, y));
  };
  /**
   * Whether a capitalized first word of T (one sentenceCase does not take for a sentence's first) may
   * continue P as a name does: not the pronoun I, which opens sentences whatever the text (…them that |
   * I’ve worked), and not after a one-letter piece of P (…and s | Israel: the s of a possessive).
   */
  const latinName = (pi: number, ti: number): boolean => {
    const P = paragraphs[pi]!;
    const T = paragraphs[ti]!;
    if (text.charCodeAt(T.start) === 0x49 && !isLatinLetter(text.charCodeAt(T.start + 1))) return false;
    return P.end - P.start >= 2 && isLatinLetter(text.charCodeAt(P.end - 2));
  };
  /**
   * Whether T's capitalized first word is written in lower case elsewhere here (Just, Creating, The —
   * not Honduras, Kevin, I): its capital marks the start of a sentence, not a name.
   */
  const sentenceCase = (pi: number, ti: number): boolean => {
    const T = paragraphs[ti]!;
    let y = T.start + 1;
    while (y < T.end && isLatinLetter(text.charCodeAt(y))) y++;
    if (y - T.start < 2) return false;
    return attested(pi, ` ${text.slice(T.start, y).toLowerCase()} `);
  };
  return { latinJoin, latinName, sentenceCase };
}
