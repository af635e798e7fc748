// A stretch a double-byte decoder garbled and lost bytes of: UTF-8 read as Shift_JIS, EUC-KR, EUC-JP or
// Big5 turns Chinese into rare ideographs, kana and hangul studded with U+FFFD and C1 controls
// (謾ｿ蠎懷ｷ･菴懈冠…�…). The decoder dropped bytes, so no repair is exact; the stretch is reported once, as
// garbled, in place of a finding per U+FFFD or control (whose fixes would delete the controls and leave
// the garble). Sound Chinese with a character or two lost keeps its U+FFFD findings: its ideographs are
// common ones, and its losses are few and far apart.

import { isHan } from '../text/chars.js';
import { commonShare } from './cjk-codepages.js';

/** Most characters between two bad ones of one stretch. */
const GAP = 24;
/** Fewest bad characters (U+FFFD, C1 controls), in at least two runs, that make a stretch. */
const MIN_BAD = 3;
/** Share of common ideographs above which the stretch reads as Chinese with losses, not garble. */
const COMMON_SHARE = 0.6;
/** How far a stretch runs on past its first and last bad character over uncommon characters. */
const EDGE = 6;

const isBad = (c: number): boolean => c === 0xfffd || (c >= 0x80 && c <= 0x9f);
const isBreak = (c: number): boolean => c === 0x0a || c === 0x0d;

/**
 * Garbled stretches of `text` ([start, end) pairs, flat). `common` marks the common ideographs
 * (cjk-codepages.ts); without it, nothing is found.
 */
export function lossyRuns(text: string, common: Uint8Array | null): number[] {
  if (!common) return [];
  const out: number[] = [];
  const n = text.length;
  const uncommon = (c: number) => c > 0x7f && !isBad(c) && !(isHan(c) && common[c] === 1);
  let i = 0;
  while (i < n) {
    if (!isBad(text.charCodeAt(i))) {
      i++;
      continue;
    }
    // a cluster: bad characters no more than GAP apart, on one line
    let last = i;
    let bad = 0;
    let runs = 0;
    let j = i;
    while (j < n && j - last <= GAP + 1 && !isBreak(text.charCodeAt(j))) {
      if (isBad(text.charCodeAt(j))) {
        if (j !== last + 1 || bad === 0) runs++;
        bad++;
        last = j;
      }
      j++;
    }
    if (bad >= MIN_BAD && runs >= 2) {
      // widened over uncommon characters, never into the stretch before (the stretches stay disjoint)
      const floor = out.length > 0 ? out[out.length - 1]! : 0;
      let s = i;
      while (s > floor && i - s < EDGE && uncommon(text.charCodeAt(s - 1))) s--;
      let e = last + 1;
      while (e < n && e - last - 1 < EDGE && uncommon(text.charCodeAt(e))) e++;
      if (commonShare(text.slice(s, e), common).share < COMMON_SHARE) out.push(s, e);
    }
    i = last + 1;
  }
  return out;
}
