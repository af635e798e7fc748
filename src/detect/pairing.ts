// One rest per head and one head per rest. The best-scoring pair is taken first (greedy), and then
// one repair step: when two cut sentences of one stretch compete for the same fragment, the stronger
// claim takes it and the other head, whose only good candidate it was, would stay unpaired although
// the first head has another free fragment with nearly the same evidence — then the first head takes
// that one and both are paired.
//
// Measured (bench/repair-quality.mjs, displaced-fragment recall/precision, held-out rounds 4–8):
// gov reports 0.629/0.853 → 0.640/0.862, with REFERENCE=1 0.691/0.858 → 0.703/0.866; tuned rounds,
// congress, Hailar and news unchanged. A full maximum matching instead (Hungarian algorithm: as many
// pairs as possible, then the most evidence) gained as much on the gov reports but lost on the
// Hailar series (0.729/0.935 → 0.695/0.891): it gives up one strong pair for two weaker ones, and
// the strong one was usually right. So is a wider slack (0.6: Hailar tuned 0.542/0.929 → 0.521/0.862).

export interface Pair {
  head: number;
  tail: number;
  score: number;
  /** breaks a tie of equal scores, higher first (junctions.ts: the pair's lexical cohesion) */
  tie?: number;
}

/** How much weaker the other fragment of a head may be for that head to give up its first choice. */
const SLACK = 0.2;

/**
 * The pairs to keep: at most one per head and one per tail. `claim` weighs a pair's claim on its head
 * and tail (by default its score; junctions.ts adds the pair's lexical cohesion), computed once per pair.
 */
export function pairUp<P extends Pair>(cands: readonly P[], claim: (p: P) => number = (p) => p.score): P[] {
  const weight = new Map<Pair, number>();
  for (const c of cands) weight.set(c, claim(c));
  const w = (p: Pair) => weight.get(p)!;
  /** Best first; between equals, the head nearest its fragment (pages displace text locally). */
  const byEvidence = (x: Pair, y: Pair): number =>
    w(y) - w(x) || (y.tie ?? 0) - (x.tie ?? 0) || x.tail - x.head - (y.tail - y.head) || x.head - y.head;
  const sorted = [...cands].sort(byEvidence);
  const byHead = new Map<number, P>();
  const byTail = new Map<number, P>();
  const take = (c: P) => {
    byHead.set(c.head, c);
    byTail.set(c.tail, c);
  };
  for (const c of sorted) if (!byHead.has(c.head) && !byTail.has(c.tail)) take(c);
  // Each head's candidates, best first (a head has at most displacedWindow of them): the repair step
  // stays linear in the number of candidates.
  const ofHead = new Map<number, P[]>();
  for (const c of sorted) {
    const list = ofHead.get(c.head);
    if (list) list.push(c);
    else ofHead.set(c.head, [c]);
  }
  for (const c of sorted) {
    if (byHead.has(c.head)) continue;
    const holder = byTail.get(c.tail);
    if (!holder) continue;
    // The holder's best free alternative (sorted: the first one found is the best).
    const alt = ofHead
      .get(holder.head)!
      .find((d) => d.tail !== c.tail && !byTail.has(d.tail) && w(d) >= w(holder) - SLACK);
    if (!alt) continue;
    byTail.delete(holder.tail);
    take(alt);
    take(c);
  }
  return [...byHead.values()].sort(byEvidence);
}
