// HTML character references left in scraped text (&nbsp; &amp; &ldquo; &#8220; &#x4E2D;): markup the
// scraper did not decode, a garbling of the same kind as a wrong decoding. Found with a native
// indexOf('&') walk, then matched only at that position; a reference is reported only when it decodes
// (a known name, or a code point that is a character) and ends with ';', so prose that writes
// "AT&T" or "R&D" never matches.

/** The named references scraped pages actually carry (HTML's full list has 2,000+, mostly math). */
const NAMED: Readonly<Record<string, string>> = Object.freeze({
  nbsp: '\u00a0',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  laquo: '«',
  raquo: '»',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  times: '×',
  divide: '÷',
  deg: '°',
  plusmn: '±',
  yen: '¥',
  euro: '€',
  pound: '£',
  cent: '¢',
  sect: '§',
  para: '¶',
  emsp: '\u2003',
  ensp: '\u2002',
  thinsp: '\u2009',
  zwnj: '\u200c',
  zwj: '\u200d',
  shy: '\u00ad',
});

const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([a-zA-Z]{2,8}));/y;

export interface EntityHit {
  start: number;
  end: number;
  /** what the reference stands for */
  decoded: string;
}

/** Decodable character references in `text`, in order; consecutive ones form one hit. */
export function htmlEntities(text: string): EntityHit[] {
  const out: EntityHit[] = [];
  let i = text.indexOf('&');
  while (i !== -1) {
    REFERENCE.lastIndex = i;
    const m = REFERENCE.exec(text);
    const decoded = m ? decode(m) : undefined;
    if (!m || decoded === undefined) {
      i = text.indexOf('&', i + 1);
      continue;
    }
    const end = i + m[0].length;
    const last = out[out.length - 1];
    if (last && last.end === i) {
      last.end = end;
      last.decoded += decoded;
    } else out.push({ start: i, end, decoded });
    i = text.indexOf('&', end);
  }
  return out;
}

function decode(m: RegExpExecArray): string | undefined {
  if (m[3] !== undefined) return NAMED[m[3]];
  const cp = Number.parseInt((m[1] ?? m[2]) as string, m[1] !== undefined ? 16 : 10);
  // Only characters: no NUL or other C0/C1 controls, no surrogates, nothing past U+10FFFF.
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) {
    return cp === 0x09 || cp === 0x0a || cp === 0x0d ? String.fromCodePoint(cp) : undefined;
  }
  return String.fromCodePoint(cp);
}
