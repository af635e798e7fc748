// Junction rules on short single articles (issue 3). bench/repair-quality.mjs injects into whole
// documents — a report, a day's page of news items — where the rules have thousands of sentences of
// evidence; a user who scans one scraped article gives them ten paragraphs. Each news item of the
// scraped 新闻联播 sample (../shared, benchmarks only) becomes one document, and one defect is injected
// into a copy of it: a paragraph cut mid-sentence into two (split), its rest moved one to three
// paragraphs later, at most to the end, never right after its head (displaced), or its rest lost (truncated). Cuts as in
// repair-quality.mjs: a body paragraph of ≥ 60 characters with a full stop, at least 12 characters from
// either end, never right after a sentence end.
//   recall    = injections whose head (or displaced rest) a non-info finding of the class overlaps
//   precision = such findings / all new non-info junction findings of that rule (findings the untouched
//               article already has are not counted)
// Articles with an even number are tuned on, odd ones held out. Run after `npm run build`:
//   node bench/short-articles.mjs            SHOW=split|displaced|truncated prints tuned misses,
//                                            FP=1 prints tuned false findings, REFERENCE=1 passes
//                                            the other days' pages as `reference`
import { corpus, mulberry32, table } from './lib.mjs';

const { scan } = await import(process.env.DIST ? `${process.env.DIST}/index.js` : '../dist/index.js');

const JUNCTION = ['split-paragraph', 'truncated-paragraph', 'displaced-fragment'];
const STOPS = '。！？；：';
const CLOSERS = '”’」』》）)】';

/** The news items of every page, each as its paragraphs (the page's own chrome lines dropped). */
function articles() {
  const out = [];
  for (const { name, text } of corpus('news-sample/cctv-xinwenlianbo')) {
    for (const part of text.split(/\n### /).slice(1)) {
      const paras = part
        .split('\n\n')
        .map((p) => p.trim())
        .filter((p) => p && !/^\[查看原文\]|^---|^更新时间|^#/.test(p));
      if (paras.length >= 3) out.push(Object.assign(paras, { page: name }));
    }
  }
  return out;
}

function cutPoint(p, rand) {
  for (let tries = 0; tries < 50; tries++) {
    const pos = 12 + Math.floor(rand() * (p.length - 24));
    let k = pos - 1;
    while (k > 0 && CLOSERS.includes(p[k])) k--;
    if (STOPS.includes(p[k]) || /\s/.test(p[pos - 1]) || /\s/.test(p[pos])) continue;
    return pos;
  }
  return -1;
}

/** One defect of `kind` in a copy of the article: its paragraphs and where the head and the rest are. */
function inject(paras, kind, rand) {
  const eligible = [];
  // a displaced rest needs a paragraph to land after (else it would sit right after its head: a split)
  const last = kind === 'displaced' ? paras.length - 2 : paras.length - 1;
  for (let i = 1; i <= last; i++) if (paras[i].length >= 60 && paras[i].includes('。')) eligible.push(i);
  if (eligible.length === 0) return null;
  const i = eligible[Math.floor(rand() * eligible.length)];
  const p = paras[i];
  const at = cutPoint(p, rand);
  if (at < 0) return null;
  const head = p.slice(0, at);
  const rest = p.slice(at);
  const out = [...paras.slice(0, i), head, ...paras.slice(i + 1)];
  if (kind === 'split') out.splice(i + 1, 0, rest);
  else if (kind === 'displaced') out.splice(Math.min(out.length, i + 2 + Math.floor(rand() * 3)), 0, rest);
  return { paras: out, headIndex: i, restIndex: kind === 'truncated' ? -1 : out.indexOf(rest, i + 1) };
}

const RULE = { split: 'split-paragraph', displaced: 'displaced-fragment', truncated: 'truncated-paragraph' };
const key = (f) => `${f.rule}|${f.actual}`;

// REFERENCE=1: the other days' pages as `reference` (what `jiaokan scan --reference <folder>` passes)
const pages = corpus('news-sample/cctv-xinwenlianbo');
const optionsFor = (paras) =>
  process.env.REFERENCE ? { reference: pages.filter((p) => p.name !== paras.page).map((p) => p.text) } : {};

const rand = mulberry32(20261207);
const stats = {};
for (const half of ['tuned', 'held out'])
  for (const kind of Object.keys(RULE)) stats[`${half}|${kind}`] = { injected: 0, found: 0 };
const findings = {}; // rule → { half → { hit, all } }
for (const r of JUNCTION) findings[r] = { tuned: { hit: 0, all: 0 }, 'held out': { hit: 0, all: 0 } };
let untouched = 0;
let untouchedFindings = 0;
const list = articles();
if (list.length === 0) {
  // the news sample lives in ../shared only (it may not be copied into the project)
  console.log(
    '\n## Junction rules on short single articles\n\nSkipped: ../shared/corpus/news-sample is not here.',
  );
  process.exit(0);
}
list.forEach((paras, n) => {
  const half = n % 2 === 0 ? 'tuned' : 'held out';
  const original = paras.join('\n\n');
  const before = new Set(
    scan(original, optionsFor(paras))
      .filter((f) => f.severity !== 'info' && JUNCTION.includes(f.rule))
      .map(key),
  );
  untouched++;
  untouchedFindings += before.size;
  for (const kind of Object.keys(RULE)) {
    const m = inject(paras, kind, rand);
    if (!m) continue;
    const text = m.paras.join('\n\n');
    const starts = [];
    let o = 0;
    for (const p of m.paras) {
      starts.push(o);
      o += p.length + 2;
    }
    const headEnd = starts[m.headIndex] + m.paras[m.headIndex].length;
    const restStart = m.restIndex >= 0 ? starts[m.restIndex] : -1;
    const near = (s, e) =>
      (s <= headEnd && e >= headEnd - 1) || (restStart >= 0 && s <= restStart && e > restStart);
    const touches = (f) => near(f.start, f.end) || (f.related ?? []).some((r) => near(r.start, r.end));
    const traced = [];
    if (process.env.SHOW) globalThis.__junctionTrace = (r) => traced.push(r);
    const fs = scan(text, optionsFor(paras)).filter(
      (f) => f.severity !== 'info' && JUNCTION.includes(f.rule),
    );
    const s = stats[`${half}|${kind}`];
    s.injected++;
    const accept = kind === 'displaced' ? [RULE.displaced] : [RULE[kind]];
    const hit = fs.some((f) => accept.includes(f.rule) && touches(f));
    globalThis.__junctionTrace = undefined;
    if (hit) s.found++;
    else if (process.env.SHOW === kind && half === 'tuned') {
      // the head's candidates as the displaced loop weighed them (junctions.ts trace hook)
      const row = (r) => `${r.s.toFixed(2)} (next ${r.a.toFixed(2)}, need ${r.min}) ${JSON.stringify(r.txt)}`;
      for (const r of traced) if (r.he === headEnd) console.log(`    ${row(r)}`);
      console.log(
        `miss ${kind}: ${JSON.stringify(m.paras[m.headIndex].slice(-14))} | ${m.restIndex >= 0 ? JSON.stringify(m.paras[m.restIndex].slice(0, 12)) : '(lost)'} found: ${fs.map((f) => `${f.rule}:${f.confidence.toFixed(2)}`).join(',') || '-'}`,
      );
    }
    for (const f of fs) {
      if (before.has(key(f))) continue;
      // what each injection may be reported as: a displaced head is truncated too, a truncated one only truncated
      const ok = touches(f) && (f.rule === RULE[kind] || (kind === 'displaced' && f.rule === RULE.truncated));
      findings[f.rule][half].all++;
      if (ok) findings[f.rule][half].hit++;
      else if (process.env.FP && half === 'tuned')
        console.log(
          `false ${f.rule} (${kind} injected): ${JSON.stringify(text.slice(Math.max(0, f.start - 16), f.start))} [${JSON.stringify(f.actual.slice(0, 30))}] ${JSON.stringify(text.slice(f.end, f.end + 12))}`,
        );
    }
  }
});

const r3 = (x) => (Number.isFinite(x) ? x.toFixed(3) : '–');
console.log(
  `\n## Junction rules on short single articles\n\n${list.length} news items of the scraped sample (mean ${Math.round(list.reduce((a, p) => a + p.join('').length, 0) / list.length)} characters), one defect each per class; even items tuned, odd held out.\n`,
);
const rows = [];
for (const kind of Object.keys(RULE)) {
  const t = stats[`tuned|${kind}`];
  const h = stats[`held out|${kind}`];
  const rule = RULE[kind];
  const ft = findings[rule].tuned;
  const fh = findings[rule]['held out'];
  rows.push([
    rule,
    t.injected + h.injected,
    r3(t.found / t.injected),
    r3(ft.hit / ft.all),
    r3(h.found / h.injected),
    r3(fh.hit / fh.all),
  ]);
}
console.log(
  table(
    ['rule', 'injected', 'recall (tuned)', 'precision (tuned)', 'recall (held out)', 'precision (held out)'],
    rows,
  ),
);
console.log(`\nUntouched articles: ${untouchedFindings} junction findings in ${untouched} articles.`);
