// Findings of a later clean() pass are found on an intermediate text; the caller only knows the input.
// MapBack carries their offsets back through the change set input → intermediate: a character that no
// earlier edit touched maps by the shift of the edits before it; a character inside an edited stretch
// maps to that edit's whole input range (the nearest input span that is honestly "where it came from").

import type { Change, ChangeSet } from '../changes/types.js';
import type { Finding, Fix } from '../detect/types.js';
import { LineIndex, locate } from '../text/lines.js';

export class MapBack {
  private readonly changes: readonly Change[];
  private readonly lines: LineIndex;
  private readonly targetLength: number;

  /** `changes` goes from `input` to the text the findings were found on. */
  constructor(
    private readonly input: string,
    changes: ChangeSet,
  ) {
    this.changes = changes.changes;
    this.targetLength = changes.target.length;
    this.lines = new LineIndex(input);
  }

  /** The last change whose b-range starts at or before `q`, or undefined. */
  private before(q: number): Change | undefined {
    const cs = this.changes;
    let lo = 0;
    let hi = cs.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if ((cs[mid] as Change).b.start <= q) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // Several changes may start at q when some are pure deletions (empty b); the one that holds the
    // character q is the non-empty one, and it is the last of them (changes are sorted by a, hence b).
    return found < 0 ? undefined : cs[found];
  }

  /** Input offset of the character at intermediate offset `q`, and the edit holding it if any. */
  private char(q: number): { at: number; inside?: Change } {
    const c = this.before(q);
    if (!c) return { at: q };
    if (q < c.b.end) return { at: c.a.start, inside: c };
    return { at: q + c.a.end - c.b.end };
  }

  /** Input span of the intermediate span [s, e): widened to whole edits where it starts or ends in one. */
  span(s: number, e: number): { start: number; end: number; cut: boolean } {
    if (s >= this.targetLength) return { start: this.input.length, end: this.input.length, cut: false };
    const a = this.char(s);
    if (e <= s) return { start: a.at, end: a.at, cut: a.inside !== undefined && s > a.inside.b.start };
    const b = this.char(e - 1);
    const end = b.inside ? b.inside.a.end : b.at + 1;
    // `cut`: the span begins or ends strictly inside an edited stretch, so it has no exact input image.
    const cut =
      (a.inside !== undefined && s > a.inside.b.start) || (b.inside !== undefined && e < b.inside.b.end);
    return { start: a.at, end, cut };
  }

  /** The finding with offsets, line/column and `actual` on the input. */
  finding(f: Finding): Finding {
    const { start, end } = this.span(f.start, f.end);
    const out: Finding = {
      ...f,
      start,
      end,
      ...locate(this.lines, start, end),
      actual: this.input.slice(start, end),
    };
    if (f.related) {
      out.related = f.related.map((r) => {
        const m = this.span(r.start, r.end);
        return { ...r, start: m.start, end: m.end };
      });
    }
    if (f.fix) {
      // A fix edit maps exactly when it begins and ends outside earlier edits (it may swallow whole
      // ones: applying its text over their input stretch gives the same result). One that cuts into an
      // earlier edit has no input equivalent — its text was written for the intermediate — so the
      // finding keeps no `fix`; the repair itself is in the change set either way.
      const fix: Fix[] = [];
      for (const x of f.fix) {
        const m = this.span(x.start, x.end);
        if (m.cut) {
          delete out.fix;
          return out;
        }
        fix.push({ start: m.start, end: m.end, text: x.text });
      }
      out.fix = fix;
    }
    return out;
  }
}
