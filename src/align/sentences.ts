// Sentence level, inside one linked paragraph block (1-1, split, merge or move): the sentences of its
// paragraphs on each side, aligned by the same steps as paragraphs (anchors, beads, moves).

import type { Document } from '../text/document.js';
import type { Bead } from './beads.js';
import type { Budget } from './budget.js';
import { alignLevel, type LevelOptions } from './level.js';
import { makeUnit, type Unit } from './similarity.js';

/** Sentence units of a document, built on first use and cached by sentence index. */
export class SentenceUnits {
  readonly #cache: (Unit | undefined)[];
  constructor(readonly doc: Document) {
    this.#cache = new Array(doc.sentences.length);
  }

  get(index: number): Unit {
    let u = this.#cache[index];
    if (!u) {
      const s = this.doc.sentences[index];
      if (!s) throw new RangeError(`jiaokan: no sentence ${index}`);
      u = makeUnit(this.doc.text, s.start, s.end);
      this.#cache[index] = u;
    }
    return u;
  }

  /** Global sentence indices of the given paragraphs, in order. */
  ofParagraphs(paragraphs: readonly number[]): number[] {
    const out: number[] = [];
    for (const p of paragraphs) for (const s of this.doc.paragraphs[p]?.sentences ?? []) out.push(s.index);
    return out;
  }
}

/** Aligns the sentences `sa` of a with `sb` of b; bead indices are positions in those lists. */
export function alignSentences(
  ua: SentenceUnits,
  ub: SentenceUnits,
  sa: readonly number[],
  sb: readonly number[],
  budget: Budget,
  o: LevelOptions,
  movePrefix: string,
): Bead[] {
  return alignLevel(
    sa.map((i) => ua.get(i)),
    sb.map((j) => ub.get(j)),
    'sentence',
    budget,
    o,
    movePrefix,
  );
}
