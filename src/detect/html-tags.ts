// HTML tags left in scraped text (<p>, <br/>, <span style="…">, </div>): markup the scraper copied with
// the text instead of rendering it — a garbling of the same kind as the character references it leaves
// (&nbsp;, entities.ts), so the mojibake rule reports both. Two kinds:
//   layout tags (p, br, div, span, font, b, strong …) carry nothing a reader of plain text sees: they go;
//   formatting that carries meaning is read as written flat — <sup>2</sup> → ², <sub>2</sub> → ₂ where
//   Unicode has the character, else the text itself (PM<sub>2.5</sub> → PM2.5, <sup>①</sup> → ①) —
//   or, for struck text (<s>, <del>, <strike>), only noted: dropping its tags would make a struck
//   figure read as live, and there is no plain-text form of a strike.
// Found with a native indexOf('<') walk and one sticky expression at each '<'; only known tag names
// count, so prose such as "a<b and c>d" or "<<政府工作报告>>" never matches.

/** Tags that only lay text out or style it. */
const LAYOUT = new Set(
  'p br div span font section article center strong b em i u h1 h2 h3 h4 h5 h6 hr li ul ol blockquote tbody'.split(
    ' ',
  ),
);
/** Layout tags that end a line where they stand between text (a paragraph or a line break). */
const BREAKING = new Set('p br div section article h1 h2 h3 h4 h5 h6 hr li ul ol blockquote'.split(' '));

/**
 * A tag and its attributes, each name="value" (quoted or bare): prose that reads like a tag between
 * comparisons ("if a<b then c>d") has words, not attributes, after the name.
 */
const TAG =
  /<\/?([a-zA-Z][a-zA-Z0-9]{0,9})(?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]{0,30}\s*=\s*(?:"[^"\n]{0,300}"|'[^'\n]{0,300}'|[^\s"'<>=`]{1,100})){0,12}\s*\/?>/y;
const FORMAT = /<(sup|sub|s|del|strike)>([^<>\n]{1,200})<\/\1>/iy;

export interface TagHit {
  start: number;
  end: number;
  /** a run of layout tags (deleted) or one formatting element */
  layout: boolean;
  /** layout: the run holds a tag that ends a line (p, br, div …) */
  breaks: boolean;
  /** formatting: what it reads as flat, undefined for struck text (a note, no repair) */
  flat?: string;
}

const SUP: Readonly<Record<string, string>> = {
  '+': '⁺',
  '-': '⁻',
  '=': '⁼',
  '(': '⁽',
  ')': '⁾',
  n: 'ⁿ',
  i: 'ⁱ',
};
const SUB: Readonly<Record<string, string>> = { '+': '₊', '-': '₋', '=': '₌', '(': '₍', ')': '₎' };
const SUP_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUB_DIGITS = '₀₁₂₃₄₅₆₇₈₉';

/** <sup>/<sub> content as one character each where Unicode has it, else the content as written. */
function flatten(kind: string, inner: string): string {
  const digits = kind === 'sup' ? SUP_DIGITS : SUB_DIGITS;
  const other = kind === 'sup' ? SUP : SUB;
  let out = '';
  for (const ch of inner) {
    const d = ch.charCodeAt(0) - 0x30;
    const mapped = d >= 0 && d <= 9 ? digits[d] : other[ch];
    if (mapped === undefined) return inner;
    out += mapped;
  }
  return out;
}

/** HTML tags in `text`, in order; adjacent layout tags form one hit. */
export function htmlTags(text: string): TagHit[] {
  const out: TagHit[] = [];
  let i = text.indexOf('<');
  while (i !== -1) {
    FORMAT.lastIndex = i;
    const f = FORMAT.exec(text);
    if (f) {
      const kind = (f[1] as string).toLowerCase();
      const end = i + f[0].length;
      const flat = kind === 'sup' || kind === 'sub' ? flatten(kind, f[2] as string) : undefined;
      out.push({ start: i, end, layout: false, breaks: false, ...(flat !== undefined ? { flat } : {}) });
      i = text.indexOf('<', end);
      continue;
    }
    TAG.lastIndex = i;
    const m = TAG.exec(text);
    const name = m ? (m[1] as string).toLowerCase() : '';
    if (!m || !LAYOUT.has(name)) {
      i = text.indexOf('<', i + 1);
      continue;
    }
    const end = i + m[0].length;
    const last = out[out.length - 1];
    if (last?.layout && last.end === i) {
      last.end = end;
      last.breaks ||= BREAKING.has(name);
    } else out.push({ start: i, end, layout: true, breaks: BREAKING.has(name) });
    i = text.indexOf('<', end);
  }
  return out;
}
