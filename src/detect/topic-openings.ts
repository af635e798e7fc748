// Topic openings: many Chinese documents open their paragraphs with a short sentence that names the
// paragraph's subject and then go on (加快制造强国建设。推动集成电路…, 因城施策去库存。目前…). Where
// that is the document's habit, a paragraph opening this way after a head that stops on 、 is a new
// paragraph, not the next item of the enumeration the head was cut in: junctions.ts weighs it as
// evidence against joining the two (a split).
//
// Measured on development rounds (FIRST=100 ROUNDS=40, gov, junction classes): of the heads taken as
// split on the comma alone (adjacency ≤ 0.5) before such a paragraph, 17 of 18 after 、 were wrong
// (the rest displaced or lost), but only 24 of 37 after ，: after a comma a clause of imperatives goes
// on as readily (积极推进对话合作，| 扩大共同利益和合作基础。), so the rule is for 、 alone. Split
// 0.901/0.937 → 0.901/0.943, truncated 0.950/0.942 → 0.954/0.942; for ， too: split 0.895/0.952,
// truncated 0.961/0.940 (split recall lost, clean() restoring 104 → 101 of 136 split texts). With
// 、 alone clean() restores 104 → 103 of them on the standard run (one split of the tuned rounds).

import { isCjk } from './junction-shape.js';

/** The shortest and longest topic sentence, in ideographs (and the marks allowed inside one). */
const TOPIC_MIN = 4;
const TOPIC_MAX = 14;
/** Characters a topic sentence may hold besides ideographs: quotation marks, 、 and title marks. */
const INSIDE = new Set([0x201c, 0x201d, 0x3001, 0x300a, 0x300b]);

/**
 * Whether the paragraph [start, end) opens with a topic sentence: TOPIC_MIN–TOPIC_MAX ideographs (no
 * comma) closed by 。 and followed by more text that opens with an ideograph.
 */
export function topicOpening(text: string, start: number, end: number): boolean {
  let k = start;
  let n = 0;
  for (; k < end && n <= TOPIC_MAX; k++) {
    const c = text.charCodeAt(k);
    if (isCjk(c)) n++;
    else if (!INSIDE.has(c)) break;
  }
  return (
    n >= TOPIC_MIN &&
    n <= TOPIC_MAX &&
    text.charCodeAt(k) === 0x3002 &&
    k + 1 < end &&
    isCjk(text.charCodeAt(k + 1))
  );
}

/** How many paragraphs must open with a topic sentence, and what share of them, for the habit. */
const HABIT_MIN = 8;
const HABIT_SHARE = 0.1;

/** Whether the document's paragraphs (those not in `skip`) open with topic sentences as a habit. */
export function topicHabit(
  text: string,
  paragraphs: readonly { start: number; end: number }[],
  skip: Uint8Array,
): boolean {
  let all = 0;
  let topics = 0;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    if (skip[pi]) continue;
    all++;
    if (topicOpening(text, paragraphs[pi]!.start, paragraphs[pi]!.end)) topics++;
  }
  return topics >= HABIT_MIN && topics >= HABIT_SHARE * all;
}
