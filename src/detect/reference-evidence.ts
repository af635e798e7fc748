// Evidence from reference texts (option `reference`, e.g. last year's reports or the other pages of a
// site) for the junction rules (junctions.ts): more text to attest a join across a paragraph break, and
// to show how a paragraph's opening is used. A large reference attests chance juxtapositions too, so a
// join counts only when it occurs there clearly more often than its two halves would meet by chance.

import { isLineBreak, isSpace } from '../text/chars.js';
import { BigramIndex } from './bigram-index.js';
import { isCjk } from './junction-shape.js';

export interface ReferenceEvidence {
  /** the reference texts joined by line breaks ('' when there are none) */
  readonly text: string;
  /** occurrences of `s` in the reference texts, counted up to `cap` (≥ 1) */
  count(s: string, cap: number): number;
  /**
   * How `s` is used there: how often it opens a sentence or a paragraph (after 。！？； or a line break),
   * and how often it runs on inside a clause (after an ideograph). Capped.
   */
  use(s: string): { opens: number; inside: number };
  /** whether left + right occurs there clearly more often than chance (5× the expected count, ≥ 2) */
  attested(left: string, right: string): boolean;
}

/**
 * `spend`: the caller's evidence budget (false once spent: no more lookups). Each lookup is an indexOf
 * pass over all the texts; after `index.after` lookups (read at each call: tests change it), through a
 * bigram index of them (buckets of `radius`) and a count of each code unit for one-unit probes.
 */
export function referenceEvidence(
  reference: readonly string[],
  spend: () => boolean,
  index: { readonly after: number },
  radius: number,
): ReferenceEvidence {
  const ref = reference.length > 0 ? reference.join('\n') : '';
  let refIndex: BigramIndex | undefined;
  let refUnits: Uint32Array | undefined;
  let refLookups = 0;
  /** Calls `visit` with each occurrence of `s` (two code units or more), in order, until it returns false. */
  const occurrences = (s: string, visit: (at: number) => boolean): void => {
    if (++refLookups > index.after && s.length >= 2) {
      refIndex ??= new BigramIndex(ref, radius, Math.ceil(ref.length / radius) + 1);
      refIndex.forEach(s, 0, ref.length, visit);
      return;
    }
    for (let at = ref.indexOf(s); at >= 0; at = ref.indexOf(s, at + 1)) if (!visit(at)) return;
  };
  const count = (s: string, cap: number): number => {
    if (ref.length === 0 || !spend()) return 0;
    let c = 0;
    if (s.length === 1) {
      if (++refLookups > index.after) {
        if (refUnits === undefined) {
          refUnits = new Uint32Array(65536);
          for (let i = 0; i < ref.length; i++) refUnits[ref.charCodeAt(i)]!++;
        }
        return Math.min(cap, refUnits[s.charCodeAt(0)]!);
      }
      for (let at = ref.indexOf(s); at >= 0 && c < cap; at = ref.indexOf(s, at + 1)) c++;
      return c;
    }
    occurrences(s, () => ++c < cap);
    return c;
  };
  // A paragraph is a candidate rest of up to displacedWindow heads: its opening is looked up once.
  const uses = new Map<string, { opens: number; inside: number }>();
  const use = (s: string): { opens: number; inside: number } => {
    const known = uses.get(s);
    if (known) return known;
    let opens = 0;
    let inside = 0;
    if (ref.length === 0 || !spend()) return { opens, inside };
    let seen = 0;
    occurrences(s, (at) => {
      seen++;
      const c = at > 0 ? ref.charCodeAt(at - 1) : 0x0a;
      if (isCjk(c)) inside++;
      else if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || isLineBreak(c) || isSpace(c))
        opens++;
      return seen < 200;
    });
    uses.set(s, { opens, inside });
    return { opens, inside };
  };
  const attested = (left: string, right: string): boolean => {
    const j = count(left + right, 50);
    if (j < 2) return false;
    const expected = (count(left, 5000) * count(right, 5000)) / ref.length;
    return j >= 5 * expected;
  };
  return { text: ref, count, use, attested };
}
