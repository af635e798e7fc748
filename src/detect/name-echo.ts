// A speaker's name written twice around an inserted title, part of doubled-phrase: a clause that opens
// with a name and says it again right before the verb of speech (seed 002: 刘亮作为一级主任科员刘亮说).
// Editors insert the title and leave the old name in place. Not a tandem repeat (a title stands
// between the copies), so found on its own: one regex pass over the verbs of speech, each looked back
// from once. Reported below clean()'s default threshold: which copy to drop is a guess.

import { quote, type ScanContext } from './context.js';
import { isCjk } from './junction-shape.js';
import type { Finding } from './types.js';

/** Verbs that follow a speaker's name. */
const SPEECH = /说|表示|指出|介绍|强调|认为|坦言|谈到/g;
/** Title between the two copies, in characters. */
const GAP_MIN = 2;
const GAP_MAX = 12;
/** Words that open a clause and come back before its verb without any editing error. */
const NOT_NAMES = new Set(['我们', '你们', '他们', '她们', '大家', '自己', '咱们', '记者', '有关', '有人']);
const CONFIDENCE = 0.6;

export function nameEchoes(ctx: ScanContext): Finding[] {
  const { text } = ctx;
  const out: Finding[] = [];
  SPEECH.lastIndex = 0;
  for (let m = SPEECH.exec(text); m !== null; m = SPEECH.exec(text)) {
    const v = m.index;
    for (const len of [3, 2]) {
      const second = v - len;
      if (second < 1) continue;
      const name = text.slice(second, v);
      if (NOT_NAMES.has(name) || name.includes(name[0]!, 1)) continue;
      let ok = true;
      for (let k = second; k < v; k++) if (!isCjk(text.charCodeAt(k))) ok = false;
      if (!ok) continue;
      // The clause start: the nearest character before the second copy that is not an ideograph.
      let k = second - 1;
      while (k >= 0 && isCjk(text.charCodeAt(k)) && second - k <= len + GAP_MAX + 1) k--;
      if (k >= 0 && isCjk(text.charCodeAt(k))) continue; // no clause start within reach
      const first = k + 1;
      const gap = second - first - len;
      if (gap < GAP_MIN || gap > GAP_MAX || text.slice(first, first + len) !== name) continue;
      if (text.slice(first + len, second).includes(name)) continue;
      if (ctx.claimed[ctx.doc.paragraphAt(second)] === 1) continue;
      out.push(
        ctx.finding({
          rule: 'doubled-phrase',
          confidence: CONFIDENCE,
          start: first,
          end: v,
          message: `Doubled phrase: the name ${quote(name)} opens the clause and is written again before ${quote(m[0])}`,
          expected: text.slice(first, second),
          fix: [{ start: second, end: v, text: '' }],
        }),
      );
      break;
    }
  }
  return out;
}
