// Clause frames: the first clause of many sentences is a frame that sets the scene or names the
// speaker (发布会上， 调研中， 习近平指出， 乌武装部队14日称， 上午9时，), and the words that close such a
// clause close first clauses in the document again and again and later clauses hardly ever. A
// paragraph whose first clause ends on such a word, after a head that stops on a comma, is a sentence
// of its own: the clause after a comma is a later clause by definition. junctions.ts weighs it as
// evidence against the two paragraphs being one sentence.
//
// Counted per document (news items are full of them; a report has its own: 会议指出， 我们要看到，):
// the two characters before each ，, with digits folded (3月5日， and 12月1日， close a clause alike),
// in the first clause of a sentence or in a later one (clauses end at ，；： — not 、, which only
// separates the items of a list inside a clause).

import { isDigit } from '../text/chars.js';
import { isCjk } from './junction-shape.js';

/** How often a closing bigram must close a first clause here, and how many times more than a later one. */
const FRAME_MIN = 2;
const FRAME_RATIO = 5;

const fold = (c: number): number => (isDigit(c) ? 0x30 : c);
const key = (a: number, b: number): number => fold(a) * 65536 + fold(b);
const closes = (c: number): boolean => c === 0xff0c || c === 0xff1b || c === 0xff1a;

export interface ClauseFrames {
  /**
   * Whether the clause closed by the comma at `comma` ends on a frame of this document: its closing
   * bigram closes first clauses here at least FRAME_MIN times (besides this one, counted as first)
   * and FRAME_RATIO times as often as later ones.
   */
  frame(text: string, comma: number): boolean;
}

export function clauseFrames(
  text: string,
  paragraphs: readonly { sentences: readonly { start: number; end: number }[] }[],
  skip: Uint8Array,
): ClauseFrames {
  const first = new Map<number, number>();
  const later = new Map<number, number>();
  for (let pi = 0; pi < paragraphs.length; pi++) {
    if (skip[pi]) continue;
    for (const s of paragraphs[pi]!.sentences) {
      let firstClause = true;
      for (let k = s.start + 2; k < s.end; k++) {
        const c = text.charCodeAt(k);
        if (!closes(c)) continue;
        if (c === 0xff0c) {
          const a = text.charCodeAt(k - 2);
          const b = text.charCodeAt(k - 1);
          if ((isCjk(a) || isDigit(a)) && isCjk(b)) {
            const m = firstClause ? first : later;
            const g = key(a, b);
            m.set(g, (m.get(g) ?? 0) + 1);
          }
        }
        firstClause = false;
      }
    }
  }
  return {
    frame(t: string, comma: number): boolean {
      if (comma < 2) return false;
      const g = key(t.charCodeAt(comma - 2), t.charCodeAt(comma - 1));
      const f = (first.get(g) ?? 0) - 1;
      return f >= FRAME_MIN && f >= FRAME_RATIO * (later.get(g) ?? 0);
    },
  };
}
