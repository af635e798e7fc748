// Text segmented one sentence per line: a translation-memory or parallel-corpus export (TMX, Moses
// files), a subtitle dump, the output of a sentence splitter. The segmenter cuts long sentences at
// clause marks on purpose (…请予审议， | 并请全国政协委员提出意见。), and joining those lines would break the
// segmentation the user keeps — in a parallel corpus, the alignment with the other language. Such a
// text is recognised by its lines: many of them, hardly any holding more than one sentence, and a good
// share ending on a clause mark. A scraped page whose paragraphs are single sentences cut now and then
// after a comma has too few such ends to qualify. A break inside a word is damage in any text and stays
// a junction (see junctions.ts: only breaks after a comma are left alone).

import type { Paragraph } from '../text/document.js';
import { isComma } from './junction-shape.js';

/** Fewest lines before the shape of a text says anything. */
const MIN_LINES = 30;
/** Largest share of lines holding more than one sentence (a heading with a colon, a quoted sentence). */
const MAX_MULTI = 0.03;
/** Smallest share of lines ending on a comma: the segmenter's cuts (14 % in a TMX export of a report). */
const MIN_COMMA_ENDS = 0.08;

/** Whether the unclaimed paragraphs are sentences set one per line, cut at clause marks on purpose. */
export function sentencePerLine(
  text: string,
  paragraphs: readonly Paragraph[],
  claimed: Uint8Array,
): boolean {
  let lines = 0;
  let multi = 0;
  let commaEnds = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (claimed[i] || p.end - p.start < 2) continue;
    lines++;
    if (p.sentences.length > 1) multi++;
    if (isComma(text.charCodeAt(p.end - 1))) commaEnds++;
  }
  return lines >= MIN_LINES && multi <= MAX_MULTI * lines && commaEnds >= MIN_COMMA_ENDS * lines;
}
