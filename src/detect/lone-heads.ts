// Lone heads: a long paragraph that stops mid-sentence and found no rest on the junction evidence
// alone (pairing.ts, junctions.ts). Its rest often opens like a sentence of its own (发展服务贸易…,
// 严禁洋垃圾入境。): nothing at the break tells it from a paragraph start, so its junction score stays
// below the pairing threshold. Two independent witnesses can still single it out among the paragraphs
// that follow the head: the junction evidence (which paragraph reads best as the sentence's rest) and
// lexical cohesion (which one shares the rarer words of the head's paragraph — the two halves were one
// paragraph). When both name the same paragraph, clearly, and that paragraph shares more with the head
// than with either neighbour (a piece pasted in, not a paragraph at home) and more than the head's
// next paragraph does, it is taken as the rest — reported, not rebuilt (junctions.ts gives the pair a
// score below clean()'s threshold).
//
// Only for a long head (a short one may be a heading) in a text of 50 sentences or more. Measured
// (bench/repair-quality.mjs, junction classes, development rounds FIRST=100 ROUNDS=40): gov displaced
// 0.756/0.852 → 0.759/0.852, Hailar 0.734/0.892 → 0.738/0.892, congress unchanged; the standard run
// (rounds 1–8) on every corpus and the untouched texts unchanged. At LONE_SCORE 0.4 the gov gain
// doubles (0.762/0.853), but Hailar takes a false pair (0.742/0.888) and the congress held-out rounds
// one more (precision 0.892 → 0.879). Short heads with a full sentence inside (——…。构建新型举) given a
// long head's threshold instead: gov 0.761/0.849; a short head's: 0.757/0.852.

/** One paragraph after the head, weighed as its rest. */
export interface LoneCandidate {
  tail: number;
  /** the junction evidence (pairScore) */
  score: number;
  /** cohesion with the head's paragraph */
  cohesion: number;
  /** cohesion with the paragraph before it and the one after it, the larger */
  neighbours: number;
}

/** Junction evidence the chosen paragraph needs (a pair needs DISPLACED_MIN, 0.7, by itself). */
export const LONE_SCORE = 0.5;

/**
 * The rest of a lone head among `cands` (the free paragraphs of its window, after its next one), or
 * -1. `cohesive`: the cohesion a pair needs to count (junctions.ts COHESION); `nextCohesion`: the
 * head's cohesion with its next paragraph.
 */
export function loneRest(cands: readonly LoneCandidate[], cohesive: number, nextCohesion: number): number {
  const best = strictBest(cands, (c) => c.score);
  if (!best || best !== strictBest(cands, (c) => c.cohesion)) return -1;
  if (best.score < LONE_SCORE || best.cohesion < cohesive) return -1;
  // at home among its neighbours, or the head's next paragraph is as close to it: no evidence of a move
  if (best.cohesion <= best.neighbours || best.cohesion <= nextCohesion) return -1;
  return best.tail;
}

/** The candidate with the highest value, or undefined when none or when two share it. */
function strictBest(
  cands: readonly LoneCandidate[],
  value: (c: LoneCandidate) => number,
): LoneCandidate | undefined {
  let best: LoneCandidate | undefined;
  let tied = false;
  for (const c of cands) {
    if (!best || value(c) > value(best)) {
      best = c;
      tied = false;
    } else if (value(c) === value(best)) tied = true;
  }
  return tied ? undefined : best;
}
