// Paragraph level. The aligner needs paragraphs at once but sentences only for the paragraphs it
// compares in detail, so it reads the text through an Outline: paragraph spans from the text model's
// paragraphOffsets (splitParagraphs' conventions, as parseDocument), sentences split per paragraph on demand.
// Two near-identical 0.5 MB texts thus never sentence-split their identical paragraphs.

import { paragraphOffsets } from '../text/paragraphs.js';
import { splitSentences } from '../text/sentences.js';
import type { Bead } from './beads.js';
import type { Budget } from './budget.js';
import { alignLevel, type LevelOptions } from './level.js';
import { Unit } from './similarity.js';

export class Outline {
  readonly paragraphs: readonly Unit[];
  readonly #sentences: (number[] | undefined)[];
  readonly #units: Unit[] = [];
  readonly #byStart = new Map<number, number>();

  constructor(readonly text: string) {
    const p = paragraphOffsets(text);
    const units: Unit[] = new Array(p.count);
    for (let k = 0; k < p.count; k++) units[k] = new Unit(text, p.starts[k] as number, p.ends[k] as number);
    this.paragraphs = units;
    this.#sentences = new Array(p.count);
  }

  /** Index of the paragraph containing `offset`, or -1 between paragraphs. */
  paragraphAt(offset: number): number {
    let lo = 0;
    let hi = this.paragraphs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const p = this.paragraphs[mid] as Unit;
      if (offset < p.start) hi = mid - 1;
      else if (offset >= p.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  /** Sentence ids of a paragraph (split on first use); ids index `sentence()`. */
  sentencesOf(paragraph: number): number[] {
    let ids = this.#sentences[paragraph];
    if (!ids) {
      const p = this.paragraphs[paragraph];
      if (!p) throw new RangeError(`jiaokan: no paragraph ${paragraph}`);
      ids = [];
      const spans = splitSentences(this.text, p.start, p.end);
      for (let k = 0; k < spans.length; k++) {
        const s = spans[k] as { start: number; end: number };
        const id = this.#units.length;
        this.#units.push(new Unit(this.text, s.start, s.end));
        this.#byStart.set(s.start, id);
        ids.push(id);
      }
      this.#sentences[paragraph] = ids;
    }
    return ids;
  }

  /** Sentence ids of several paragraphs, in order. */
  sentencesOfAll(paragraphs: readonly number[]): number[] {
    const out: number[] = [];
    for (let k = 0; k < paragraphs.length; k++) {
      const ids = this.sentencesOf(paragraphs[k] as number);
      for (let n = 0; n < ids.length; n++) out.push(ids[n] as number);
    }
    return out;
  }

  sentence(id: number): Unit {
    const u = this.#units[id];
    if (!u) throw new RangeError(`jiaokan: no sentence ${id}`);
    return u;
  }

  /** Id of the (already split) sentence starting at `offset`. */
  sentenceAt(offset: number): number {
    const id = this.#byStart.get(offset);
    if (id === undefined) throw new RangeError(`jiaokan: no sentence starts at ${offset}`);
    return id;
  }

  /** How many sentences were split so far. */
  get sentenceCount(): number {
    return this.#units.length;
  }
}

export function alignParagraphs(
  a: readonly Unit[],
  b: readonly Unit[],
  budget: Budget,
  o: LevelOptions,
): Bead[] {
  return alignLevel(a, b, 'paragraph', budget, o, '');
}
