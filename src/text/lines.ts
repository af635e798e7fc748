/** A 1-based line/column position; columns count UTF-16 code units, as unist and vfile do. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

/** Maps offsets to 1-based line/column. Lines end at LF, CRLF or a lone CR. Built once in O(n). */
export class LineIndex {
  /** Offset at which each line starts; lineStarts[0] === 0. */
  readonly lineStarts: readonly number[];
  readonly length: number;

  constructor(text: string) {
    const starts = [0];
    const n = text.length;
    let i = text.indexOf('\n');
    let r = text.indexOf('\r');
    // Walk only the line-break characters (indexOf is fast) instead of every code unit.
    while (i !== -1 || r !== -1) {
      if (r !== -1 && (i === -1 || r < i)) {
        const next = r + 1 < n && text.charCodeAt(r + 1) === 0x0a ? r + 2 : r + 1;
        starts.push(next);
        if (next === r + 2) i = text.indexOf('\n', next);
        r = text.indexOf('\r', next);
      } else {
        starts.push(i + 1);
        i = text.indexOf('\n', i + 1);
      }
    }
    this.lineStarts = starts;
    this.length = n;
  }

  /** Position of `offset` (clamped into 0..length). */
  position(offset: number): Position {
    const o = Math.max(0, Math.min(this.length, Math.trunc(offset)));
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] as number) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - (starts[lo] as number) + 1, offset: o };
  }

  /** Offset of a 1-based line/column, or -1 when the line does not exist. */
  offset(line: number, column: number): number {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return -1;
    return Math.min(this.length, start + column - 1);
  }
}

/** Line/column of both ends of a span, in the shape findings and messages use. */
export interface Location {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function locate(index: LineIndex, start: number, end: number): Location {
  const a = index.position(start);
  const b = index.position(end);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}
