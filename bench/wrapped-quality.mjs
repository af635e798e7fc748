// Hard-wrapped text: every paragraph of the 17 gov work reports (and, reflowed ragged-right, of the
// four prepared US addresses) typeset in a column of W characters
// (or W display columns) and scraped with every line as a paragraph of its own — a blank line after
// each line, as a PDF or e-paper copy often gives. scan() should join every line end inside a paragraph
// that stops mid-sentence (recall), and no paragraph end (false joins). A line that ends on 。 ！ ？ ；
// or ： inside a paragraph is counted apart: only where paragraphs begin indented does the next line's
// margin show it was a line end and not a paragraph end.
// Also counted: the other findings the wrapped text draws (truncated or displaced paragraphs, unbalanced
// pairs across lines: false reports), beside those of the untouched reports.
// Run: npm run build && node bench/wrapped-quality.mjs   (BASELINE=<dist dir> adds a row per case for
// another build, e.g. the code before a change). Prints markdown; never fails on the numbers.
import { pathToFileURL } from 'node:url';
import { scan } from '../dist/index.js';
import { corpus, table } from './lib.mjs';

const reports = corpus('gov-work-report');
const addresses = corpus('english-series/us-sotu-prepared');
const WIDTHS = [12, 20, 30];
const LATIN_WIDTHS = [40, 60, 72];

/** English lines of at most `w` characters, broken between words (ragged right). */
function wrapWords(p, w) {
  const out = [];
  let line = '';
  for (const word of p.split(' ')) {
    if (line && line.length + 1 + word.length > w) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...out, line];
}

/** Lines of at most `w` characters (code points), or of at most `w` display columns (an ideograph is two). */
function wrap(p, w, by) {
  const out = [];
  let line = '';
  let used = 0;
  for (const ch of p) {
    const cost = by === 'cols' && ch.charCodeAt(0) >= 0x1100 ? 2 : 1;
    if (used + cost > (by === 'cols' ? 2 * w : w)) {
      out.push(line);
      line = '';
      used = 0;
    }
    line += ch;
    used += cost;
  }
  return line ? [...out, line] : out;
}

const CLOSED = /[。！？；：]$|[.!?:;]["”’)]?$/;

/** Chinese reports: a paragraph per line. English addresses: paragraphs apart by blank lines, reflowed. */
const paragraphsOf = (text, latin) =>
  latin
    ? text
        .split(/\n\s*\n/)
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
    : text
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean);

function measure(scanFn, w, by) {
  const latin = by === 'words';
  let open = 0;
  let joined = 0;
  let ends = 0;
  let falseJoins = 0;
  let closed = 0;
  let closedJoined = 0;
  const other = {};
  for (const { text } of latin ? addresses : reports) {
    const paras = paragraphsOf(text, latin);
    const lines = [];
    /** for each line break (by offset): 'inner' (open line inside a paragraph), 'closed' or 'end' */
    const kind = new Map();
    let at = 0;
    for (const p of paras) {
      // indented: each paragraph opens with two ideographic spaces, which take their share of the column
      const ls = latin
        ? wrapWords(p, w)
        : by === 'indented'
          ? wrap(`\u3000\u3000${p}`, w, 'chars')
          : wrap(p, w, by);
      ls.forEach((l, k) => {
        lines.push(l);
        at += l.length;
        kind.set(at, k === ls.length - 1 ? 'end' : CLOSED.test(l) ? 'closed' : 'inner');
        at += 2;
      });
    }
    const wrapped = lines.join('\n\n');
    const before = new Map();
    for (const f of scanFn(paras.join('\n\n'))) before.set(f.rule, (before.get(f.rule) ?? 0) + 1);
    const found = new Map();
    for (const f of scanFn(wrapped)) {
      if (f.rule === 'split-paragraph') {
        // one finding per hard-wrapped paragraph, an edit per line end it joins (a hyphen dropped
        // before a line end is an edit too, at no line end)
        for (const e of f.fix ?? []) {
          const k = kind.get(e.start);
          if (k === 'inner') joined++;
          else if (k === 'end') falseJoins++;
          else if (k === 'closed') closedJoined++;
        }
      } else found.set(f.rule, (found.get(f.rule) ?? 0) + 1);
    }
    for (const [rule, n] of found)
      other[rule] = (other[rule] ?? 0) + Math.max(0, n - (before.get(rule) ?? 0));
    for (const k of kind.values()) {
      if (k === 'inner') open++;
      else if (k === 'closed') closed++;
      else if (k === 'end') ends++;
    }
  }
  const others = Object.entries(other)
    .filter(([, n]) => n > 0)
    .map(([r, n]) => `${r} ${n}`)
    .join(', ');
  return [
    `${joined} / ${open}`,
    (joined / open).toFixed(3),
    `${closedJoined} / ${closed}`,
    `${falseJoins} / ${ends}`,
    others || '–',
  ];
}

const builds = [['this build', scan]];
if (process.env.BASELINE) {
  const { scan: base } = await import(pathToFileURL(`${process.env.BASELINE}/index.js`).href);
  builds.push([`baseline (${process.env.BASELINE})`, base]);
}
const rows = [];
const cases = [
  ...['chars', 'cols'].flatMap((by) => WIDTHS.map((w) => [w, by])),
  ...WIDTHS.map((w) => [w, 'indented']),
  ...LATIN_WIDTHS.map((w) => [w, 'words']),
];
const label = {
  chars: 'characters',
  cols: 'ideographs wide (display columns)',
  indented: 'characters, first lines indented 　　',
  words: 'characters, English, ragged',
};
for (const [w, by] of cases)
  for (const [name, fn] of builds) rows.push([`${w} ${label[by]}`, name, ...measure(fn, w, by)]);

console.log('## Hard-wrapped text (every line a paragraph)\n');
console.log(
  `${reports.length} gov work reports and ${addresses.length} US addresses (prepared text), each paragraph wrapped and every line set apart by a blank line. Line ends that stop mid-sentence inside a paragraph should be joined (split-paragraph); paragraph ends never. "Other new findings": findings of other rules the wrapped text draws beyond the untouched report's.\n`,
);
console.log(
  table(
    [
      'column',
      'build',
      'open line ends joined',
      'recall',
      'line ends after a sentence joined',
      'paragraph ends joined',
      'other new findings',
    ],
    rows,
  ),
);
