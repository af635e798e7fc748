// Corpus layer benchmark: signature speed (vs the npm `minhash` package, and its accuracy), near-duplicate
// quality on a labelled set built from ../shared/corpus, 100k synthesized documents (time, peak RSS),
// suffix array speed, and what repeatedSpans / boilerplate find in the news sample.
// Run after `npm run build`: node bench/corpus.mjs
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addAllParallel } from '../dist/corpus-node.js';
import { CorpusIndex, dedupeStream, optimalParams } from '../dist/index.js';
import { internals } from './corpus/internals.mjs';
import { makeLabelledSet, mulberry32, scorePairs } from './corpus/labelled.mjs';
import { corpus, shared } from './lib.mjs';

const require = createRequire(import.meta.url);
const self = fileURLToPath(import.meta.url);
const MB = (bytes) => bytes / 1e6;
const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : String(x));
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

const chinese = [
  ...corpus('gov-work-report'),
  ...corpus('cpc-congress-report'),
  ...corpus('hailar-district-gov-work-report'),
];

// ---------------------------------------------------------------------------------------------------
// 100k documents, in a child process of its own so that its peak RSS is its own.

function sentencesOf(texts) {
  const out = [];
  for (const { text } of texts) {
    for (const s of text.split(/(?<=[。！？；])/)) {
      const t = s.trim();
      if (t.length >= 8) out.push(t);
    }
  }
  return out;
}

/** 100k documents: 12–30 random sentences of the corpus each; 10 % are lightly edited reposts of earlier ones. */
function synthesize(n) {
  const sentences = sentencesOf(chinese);
  const rnd = mulberry32(99);
  const docs = [];
  for (let i = 0; i < n; i++) {
    if (i > 100 && rnd() < 0.1) {
      const base = docs[Math.floor(rnd() * docs.length)].text;
      docs.push({ id: `s${i}`, text: rnd() < 0.5 ? `来源：新华社\n${base}` : base.replace('。', '，') });
      continue;
    }
    const k = 12 + Math.floor(rnd() * 19);
    const parts = [];
    for (let j = 0; j < k; j++) parts.push(sentences[Math.floor(rnd() * sentences.length)]);
    docs.push({ id: `s${i}`, text: parts.join(rnd() < 0.3 ? '\n' : '') });
  }
  return docs;
}

async function part100k(mode) {
  const docs = synthesize(100_000);
  let bytes = 0;
  for (const d of docs) bytes += Buffer.byteLength(d.text);
  if (global.gc) global.gc();
  const idx = new CorpusIndex();
  const t0 = performance.now();
  let dups = 0;
  if (mode === 'workers') {
    const res = await addAllParallel(idx, docs, { workers: 2, batchSize: 256 });
    for (const r of res) if (r.nearDuplicates.length > 0) dups++;
  } else {
    for (const d of docs) if (idx.add(d.id, d.text).nearDuplicates.length > 0) dups++;
  }
  const ms = performance.now() - t0;
  const rssPeak = process.resourceUsage().maxRSS * 1024;
  const rssNow = process.memoryUsage().rss;
  const out = { mode, docs: docs.length, bytes, ms, dups, rssPeak, rssNow };
  if (mode === 'single') {
    const dir = mkdtempSync(join(tmpdir(), 'jiaokan-bench-'));
    const file = join(dir, 'index.jkc');
    let t = performance.now();
    idx.save(file);
    out.saveMs = performance.now() - t;
    out.fileBytes = statSync(file).size;
    t = performance.now();
    const back = CorpusIndex.open(file);
    out.openMs = performance.now() - t;
    out.reopened = back.size;
    t = performance.now();
    for (let i = 0; i < 1000; i++) back.add(`new${i}`, `${docs[i * 7].text.slice(3)}补充一句。`);
    out.addAfterOpenMs = performance.now() - t;
    t = performance.now();
    const info = back.save(file);
    out.appendMs = performance.now() - t;
    out.appendMode = info.mode;
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(JSON.stringify(out));
}

if (process.argv[2] === '--100k') {
  await part100k(process.argv[3] ?? 'single');
  process.exit(0);
}

const lines = [
  `## Corpus (near-duplicates, repeated spans, boilerplate)\n\nNode ${process.version}, ${os.cpus().length} cores, load average at start ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ')} (the machine is shared: timings are upper bounds)\n`,
];
const print = (s) => lines.push(s, '');
const I = await internals();

// ---------------------------------------------------------------------------------------------------
// 1. Signature speed on Chinese text, and the npm `minhash` package on the same texts.

{
  const texts = chinese.map((d) => d.text);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const idx = new CorpusIndex();
  const best = (fn, runs = 3) => {
    fn();
    let b = Number.POSITIVE_INFINITY;
    for (let r = 0; r < runs; r++) {
      const t = performance.now();
      fn();
      b = Math.min(b, performance.now() - t);
    }
    return b;
  };
  const oph = best(() => {
    for (const t of texts) idx.prepare(t);
  });
  const classic = best(() => {
    for (const t of texts) I.classicSignature(I.normalizeCodes(t), 128, 5, 1);
  }, 1);
  const { Minhash } = require('minhash');
  const shinglesOf = (t) => {
    const n = I.codesToString(I.normalizeCodes(t));
    const out = [];
    for (let i = 0; i + 5 <= n.length; i++) out.push(n.slice(i, i + 5));
    return out;
  };
  const npmSig = (t) => {
    const m = new Minhash({ numPerm: 128 });
    for (const s of shinglesOf(t)) m.update(s);
    return m;
  };
  const sub = texts.slice(0, 6);
  const subBytes = sub.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const npm = best(() => {
    for (const t of sub) npmSig(t);
  }, 1);

  // Accuracy: estimated vs exact Jaccard on labelled pairs (original vs variant) and unrelated pairs.
  const { docs } = makeLabelledSet(chinese.slice(0, 12), { seed: 3, wholeReports: false });
  const byGroup = new Map();
  for (const d of docs) byGroup.set(d.group, [...(byGroup.get(d.group) ?? []), d]);
  const pairs = [];
  for (const g of byGroup.values()) for (let i = 1; i < g.length; i++) pairs.push([g[0].text, g[i].text]);
  const rnd = mulberry32(5);
  for (let k = 0; k < 40; k++)
    pairs.push([docs[Math.floor(rnd() * docs.length)].text, docs[Math.floor(rnd() * docs.length)].text]);
  const err = { oph: [], classic: [], npm: [] };
  for (const [a, b] of pairs.slice(0, 120)) {
    const na = I.normalizeCodes(a);
    const ca = { codes: na.codes.slice(0, na.length), length: na.length };
    const nb = I.normalizeCodes(b);
    const cb = { codes: nb.codes.slice(0, nb.length), length: nb.length };
    const exact = I.jaccard(I.shingleSet(ca, 5, 1), I.shingleSet(cb, 5, 1));
    err.oph.push(I.estimateJaccard(I.ophSignature(ca, 128, 5, 1), I.ophSignature(cb, 128, 5, 1)) - exact);
    err.classic.push(
      I.estimateJaccard(I.classicSignature(ca, 128, 5, 1), I.classicSignature(cb, 128, 5, 1)) - exact,
    );
    err.npm.push(npmSig(a).jaccard(npmSig(b)) - exact);
  }
  const stats = (e) => {
    const abs = e.map(Math.abs);
    const mean = e.reduce((s, x) => s + x, 0) / e.length;
    return [fmt(abs.reduce((s, x) => s + x, 0) / abs.length, 4), fmt(Math.max(...abs), 3), fmt(mean, 4)];
  };
  print(
    `### MinHash signatures (128 values, 5-gram shingles), ${fmt(MB(bytes))} MB of Chinese reports, one core`,
  );
  print(
    table(
      ['implementation', 'MB/s (UTF-8)', 'mean abs error vs exact Jaccard', 'max abs error', 'bias', 'pairs'],
      [
        [
          'jiaokan OPH + densification (`prepare`: normalize, signature, band keys)',
          fmt(MB(bytes) / (oph / 1000)),
          ...stats(err.oph),
          err.oph.length,
        ],
        [
          'classic MinHash, 128 hash functions (same shingle hash)',
          fmt(MB(bytes) / (classic / 1000)),
          ...stats(err.classic),
          err.classic.length,
        ],
        [
          `npm \`minhash\` 0.0.9 (string shingles, update per shingle) on ${fmt(MB(subBytes))} MB`,
          fmt(MB(subBytes) / (npm / 1000), 2),
          ...stats(err.npm),
          err.npm.length,
        ],
      ],
    ),
  );
}

// ---------------------------------------------------------------------------------------------------
// 4. Suffix array speed (measured early, on a fresh heap).

{
  const texts = chinese.map((d) => d.text);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  // Same string as repeatedSpans builds: normalized code units, one separator per document.
  let total = 1;
  const norm = texts.map((t) => {
    const n = I.normalizeCodes(t);
    total += n.length + 1;
    return n.codes.slice(0, n.length);
  });
  const s = new Int32Array(total);
  let p = 0;
  const D = texts.length;
  norm.forEach((codes, d) => {
    for (const c of codes) s[p++] = D + 1 + c;
    s[p++] = d + 1;
  });
  // First (cold: includes JIT warm-up) and best of 3 warm runs.
  let t0 = performance.now();
  let sa = I.suffixArray(s, D + 1 + 65536);
  const saCold = performance.now() - t0;
  let saWarm = Number.POSITIVE_INFINITY;
  let lcpWarm = Number.POSITIVE_INFINITY;
  for (let r = 0; r < 3; r++) {
    t0 = performance.now();
    sa = I.suffixArray(s, D + 1 + 65536);
    saWarm = Math.min(saWarm, performance.now() - t0);
    t0 = performance.now();
    I.lcpArray(s, sa);
    lcpWarm = Math.min(lcpWarm, performance.now() - t0);
  }
  const idx = new CorpusIndex();
  for (const d of chinese) idx.add(d.name, d.text);
  const t3 = performance.now();
  const spans = idx.repeatedSpans({ minLength: 50 });
  const t4 = performance.now();
  print(`### Suffix array (SA-IS) over ${D} reports: ${fmt(MB(bytes))} MB UTF-8, ${total} symbols`);
  print(
    table(
      ['step', 'ms', 'MB/s (UTF-8 input)', 'M symbols/s'],
      [
        [
          'SA-IS, first run (cold JIT)',
          fmt(saCold, 0),
          fmt(MB(bytes) / (saCold / 1000)),
          fmt(total / 1e6 / (saCold / 1000)),
        ],
        [
          'SA-IS, best of 3',
          fmt(saWarm, 0),
          fmt(MB(bytes) / (saWarm / 1000)),
          fmt(total / 1e6 / (saWarm / 1000)),
        ],
        [
          'LCP (Kasai), best of 3',
          fmt(lcpWarm, 0),
          fmt(MB(bytes) / (lcpWarm / 1000)),
          fmt(total / 1e6 / (lcpWarm / 1000)),
        ],
        [
          `repeatedSpans({ minLength: 50 }) end to end (${spans.length} passages)`,
          fmt(t4 - t3, 0),
          fmt(MB(bytes) / ((t4 - t3) / 1000)),
          '—',
        ],
      ],
    ),
  );
}

// ---------------------------------------------------------------------------------------------------
// 2. Quality on the labelled set.

function runSet(docs, options) {
  const idx = new CorpusIndex(options);
  const reported = [];
  const t = performance.now();
  for (const d of docs) for (const n of idx.add(d.id, d.text).nearDuplicates) reported.push([d.id, n.id]);
  return { reported, ms: performance.now() - t, idx };
}

{
  const { docs, positives } = makeLabelledSet(chinese);
  const dflt = runSet(docs);
  const s = scorePairs(docs, positives, dflt.reported);
  const ds = runSet(docs, { weights: { falsePositive: 0.5, falseNegative: 0.5 } });
  const sds = scorePairs(docs, positives, ds.reported);
  // Brute force: every pair's exact Jaccard, to separate LSH misses from pairs below the threshold.
  const sets = docs.map((d) => {
    const n = I.normalizeCodes(d.text);
    return I.shingleSet({ codes: n.codes.slice(0, n.length), length: n.length }, 5, 1);
  });
  let above = 0;
  const sim = new Map();
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const js = I.jaccard(sets[i], sets[j]);
      if (js >= 0.8) above++;
      if (docs[i].group === docs[j].group)
        sim.set(`${docs[i].id}|${docs[j].id}`, js).set(`${docs[j].id}|${docs[i].id}`, js);
    }
  }
  const p = optimalParams(0.8, 128);
  const p2 = optimalParams(0.8, 128, { falsePositive: 0.5, falseNegative: 0.5 });
  print(
    `### Near-duplicate quality at threshold 0.8 — labelled set from ${chinese.length} reports (gov work reports 2009–2025, CPC congress reports, Hailar district reports)`,
  );
  print(
    `${docs.length} documents: ${docs.filter((d) => d.kind === 'original').length} paragraph chunks (1–3k chars) + ${
      docs.filter((d) => d.kind === 'report').length
    } whole reports as originals, ${positives} labelled original–variant pairs (edit 1–10 % in 1–5 places: ${
      docs.filter((d) => d.kind === 'edit').length
    }, source line: ${docs.filter((d) => d.kind === 'source').length}, re-spaced repost: ${docs.filter((d) => d.kind === 'repost').length}).`,
  );
  const rows = [
    [
      `jiaokan default (b=${p.bands}, r=${p.rows}; weights 0.05/0.95)`,
      fmt(s.precision, 4),
      fmt(s.recall, 4),
      s.tp,
      s.fp,
      s.fn,
      fmt(dflt.ms, 0),
    ],
    [
      `datasketch weights 0.5/0.5 (b=${p2.bands}, r=${p2.rows})`,
      fmt(sds.precision, 4),
      fmt(sds.recall, 4),
      sds.tp,
      sds.fp,
      sds.fn,
      fmt(ds.ms, 0),
    ],
  ];
  print(table(['LSH parameters', 'precision', 'recall', 'TP', 'FP', 'FN', 'index ms'], rows));
  const foundAbove = dflt.reported.length;
  print(
    `Brute force: ${above} pairs have exact Jaccard ≥ 0.8; the index reported ${foundAbove} (every reported pair is verified exactly, so this is the LSH recall). False pairs: ${
      s.falsePairs.length === 0 ? 'none' : s.falsePairs.slice(0, 5).join('; ')
    }. Missed: ${s.missed.length === 0 ? 'none' : s.missed.slice(0, 8).join(', ')}.`,
  );
  // Jaccard of positives by kind/edit rate.
  const buckets = new Map();
  for (const d of docs) {
    if (d.kind === 'original' || d.kind === 'report') continue;
    const orig = docs.find((o) => o.group === d.group && o.kind === 'original');
    const j = sim.get(`${orig.id}|${d.id}`);
    const key =
      d.kind === 'edit'
        ? `edit ${Math.floor((d.rate * 100) / 2) * 2}–${Math.floor((d.rate * 100) / 2) * 2 + 2} %`
        : d.kind;
    const b = buckets.get(key) ?? { n: 0, min: 1, sum: 0, found: 0 };
    b.n++;
    b.min = Math.min(b.min, j);
    b.sum += j;
    if (!s.missed.includes(d.id)) b.found++;
    buckets.set(key, b);
  }
  print(
    table(
      ['variant', 'pairs', 'mean exact Jaccard', 'min', 'recall'],
      [...buckets.entries()]
        .sort()
        .map(([k, b]) => [k, b.n, fmt(b.sum / b.n, 3), fmt(b.min, 3), fmt(b.found / b.n, 3)]),
    ),
  );

  // Scattered word-level edits: where 5-gram Jaccard at 0.8 stops.
  const sc = makeLabelledSet(chinese, { scatter: true, wholeReports: false });
  const scr = runSet(sc.docs);
  const ss = scorePairs(sc.docs, sc.positives, scr.reported);
  const sb = new Map();
  for (const d of sc.docs) {
    if (d.kind !== 'scatter') continue;
    const key = `${Math.floor((d.rate * 100) / 2) * 2}–${Math.floor((d.rate * 100) / 2) * 2 + 2} %`;
    const b = sb.get(key) ?? { n: 0, found: 0 };
    b.n++;
    if (!ss.missed.includes(d.id)) b.found++;
    sb.set(key, b);
  }
  print(
    `Harder, less realistic model — word-level edits (runs of 1–4 characters) scattered over the whole chunk: precision ${fmt(ss.precision, 4)}, recall ${fmt(ss.recall, 3)} at 0.8. By edit rate:`,
  );
  print(
    table(
      ['scattered edit rate', 'pairs', 'recall at 0.8'],
      [...sb.entries()].sort().map(([k, b]) => [k, b.n, fmt(b.found / b.n, 3)]),
    ),
  );

  // Real second scrapes and successive years.
  const read = (p) => readFileSync(join(shared, p), 'utf8');
  const organic = [
    [
      'gov-work-report/2015.txt',
      'gov-work-report-variants/2015-alt-scrape-dxcarl.txt',
      'same report, other scrape',
    ],
    [
      'gov-work-report/2012.txt',
      'gov-work-report-variants/2012-alt-scrape-dxcarl.txt',
      'same report, other scrape (+notes)',
    ],
    [
      'gov-work-report/2020.txt',
      'gov-work-report-variants/2020-official-sentences-from-tmx.txt',
      'transcript vs official text',
    ],
    [
      'english-series/us-sotu-prepared/2024.txt',
      'english-series/us-sotu-transcript/2024.txt',
      'prepared vs as delivered',
    ],
    ['gov-work-report/2023.txt', 'gov-work-report/2024.txt', 'successive years'],
    ['cpc-congress-report/2017.txt', 'cpc-congress-report/2022.txt', 'successive congresses'],
    [
      'hailar-district-gov-work-report/2018.txt',
      'hailar-district-gov-work-report/2019.txt',
      'successive years (local)',
    ],
  ].filter(([a, b]) => existsSync(join(shared, a)) && existsSync(join(shared, b)));
  const orows = organic.map(([a, b, what]) => {
    const idx = new CorpusIndex();
    idx.add(a, read(a));
    const r = idx.add(b, read(b));
    const x = new CorpusIndex({ bands: 128, rows: 1, threshold: 0.01 });
    x.add(a, read(a));
    const j = x.add(b, read(b)).nearDuplicates[0]?.similarity ?? 0;
    return [`${a} ↔ ${b}`, what, fmt(j, 3), r.nearDuplicates.length > 0 ? 'near-duplicate' : '—'];
  });
  print(table(['pair', 'relation', 'exact 5-gram Jaccard', 'verdict at 0.8'], orows));
}

// ---------------------------------------------------------------------------------------------------
// 3. 100k documents.

if (!process.argv.includes('--quick')) {
  const rows = [];
  for (const mode of ['single', 'workers']) {
    const r = spawnSync(process.execPath, ['--expose-gc', self, '--100k', mode], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    if (r.status !== 0) {
      rows.push([mode, `failed: ${r.stderr.split('\n').slice(0, 3).join(' ')}`]);
      continue;
    }
    const o = JSON.parse(r.stdout);
    rows.push(o);
  }
  const single = rows.find((o) => o.mode === 'single');
  const workers = rows.find((o) => o.mode === 'workers');
  print(
    `### 100 000 synthesized documents (12–30 random sentences of the reports each, 10 % reposts), ${fmt(MB(single?.bytes ?? 0))} MB`,
  );
  print(
    table(
      ['mode', 'index time s', 'docs/s', 'MB/s', 'docs with near-duplicates', 'peak RSS MB', 'RSS after MB'],
      [single, workers]
        .filter((o) => o?.ms)
        .map((o) => [
          o.mode === 'single' ? 'one thread (`add`)' : '2 worker threads (`addAllParallel`)',
          fmt(o.ms / 1000),
          fmt(o.docs / (o.ms / 1000), 0),
          fmt(MB(o.bytes) / (o.ms / 1000)),
          o.dups,
          fmt(o.rssPeak / 1048576, 0),
          fmt(o.rssNow / 1048576, 0),
        ]),
    ),
  );
  if (single?.saveMs !== undefined) {
    print(
      `Persistence of that index: save ${fmt(single.saveMs / 1000, 2)} s (${fmt(MB(single.fileBytes))} MB file), open ${fmt(
        single.openMs / 1000,
        2,
      )} s (${single.reopened} docs), 1000 adds after open ${fmt(single.addAfterOpenMs, 0)} ms, incremental save ${fmt(
        single.appendMs / 1000,
        2,
      )} s (${single.appendMode}).`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------
// 5. Repeated spans and boilerplate in the news sample.

{
  const news = corpus('news-sample/cctv-xinwenlianbo');
  const report = corpus('gov-work-report').find((d) => d.name.endsWith('2024.txt'));
  if (news.length > 0 && report) {
    const idx = new CorpusIndex();
    for (const d of news) idx.add(d.name.replace('news-sample/cctv-xinwenlianbo/', ''), d.text);
    idx.add('gov-work-report/2024.txt', report.text);
    const t = performance.now();
    const spans = idx.repeatedSpans({ minLength: 20 });
    const ms = performance.now() - t;
    const short = (x, n = 70) => {
      const one = x.replace(/\s+/g, ' ');
      return one.length > n ? `${one.slice(0, n)}…` : one;
    };
    const docsOf = (sp) => [...new Set(sp.occurrences.map((o) => o.id.replace('.txt', '')))];
    // Maximal repeats overlap (a sentence with and without its trailing comma, or with one more
    // character in fewer documents): group passages whose occurrences overlap in some document into
    // one region and show its longest passage with the union of documents.
    const parent = spans.map((_, i) => i);
    const find = (x) => {
      while (parent[x] !== x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
      }
      return x;
    };
    const byDoc = new Map();
    spans.forEach((sp, i) => {
      for (const o of sp.occurrences) {
        const list = byDoc.get(o.id) ?? [];
        list.push([o.start, o.end, i]);
        byDoc.set(o.id, list);
      }
    });
    for (const list of byDoc.values()) {
      list.sort((a, b) => a[0] - b[0]);
      // Merge when two occurrences overlap by at least half of the shorter one (chrome such as
      // **央视网消息** touching two passages must not chain them together).
      let end = -1;
      let start = -1;
      let owner = -1;
      for (const [st, en, i] of list) {
        const overlap = Math.min(en, end) - st;
        if (owner >= 0 && overlap * 2 >= Math.min(en - st, end - start)) parent[find(i)] = find(owner);
        if (en > end) {
          end = en;
          start = st;
          owner = i;
        }
      }
    }
    const regions = new Map();
    spans.forEach((sp, i) => {
      const r = find(i);
      const g = regions.get(r) ?? { longest: sp, docs: new Set(), n: 0 };
      if (sp.length > g.longest.length) g.longest = sp;
      for (const d of docsOf(sp)) g.docs.add(d);
      g.n++;
      regions.set(r, g);
    });
    const groups = [...regions.values()].sort((a, b) => b.longest.length - a.longest.length);
    const quotes = groups.filter((g) => g.docs.has('gov-work-report/2024'));
    const days = groups.filter((g) => !g.docs.has('gov-work-report/2024'));
    print(
      `### repeatedSpans on the news sample (15 days of 新闻联播 + the 2024 government work report), minLength 20 normalized chars: ${spans.length} maximal passages in ${fmt(ms, 0)} ms, ${groups.length} regions`,
    );
    // Quotations: merge the report-side occurrences into passages of the report, and list who quoted them.
    const inReport = [];
    for (const sp of spans) {
      const o = sp.occurrences.find((x) => x.id === 'gov-work-report/2024.txt');
      if (o) inReport.push([o.start, o.end, docsOf(sp).filter((d) => d !== 'gov-work-report/2024')]);
    }
    inReport.sort((a, b) => a[0] - b[0]);
    const quoted = [];
    for (const [st, en, ds] of inReport) {
      const last = quoted[quoted.length - 1];
      if (last && st < last.end) {
        last.end = Math.max(last.end, en);
        for (const d of ds) last.days.add(d);
      } else quoted.push({ start: st, end: en, days: new Set(ds) });
    }
    print(
      `Passages of the 2024 government work report found verbatim in the news (${quoted.length}; overlapping repeats merged in the report's coordinates):`,
    );
    print(
      table(
        ['report chars', 'quoted on', 'passage (report text)'],
        quoted.map((q) => [
          q.end - q.start,
          [...q.days].sort().join(', '),
          short(report.text.slice(q.start, q.end)).replace(/\|/g, '\\|'),
        ]),
      ),
    );
    void quotes;
    const long = days.filter((g) => g.longest.length >= 25);
    print(
      `Regions repeated across days only, longest passage ≥ 25 chars (${long.length} of ${days.length}):`,
    );
    print(
      table(
        ['longest chars', 'passages', 'days', 'longest passage'],
        long.map((g) => [
          g.longest.length,
          g.n,
          [...g.docs].join(', '),
          short(g.longest.text).replace(/\|/g, '\\|'),
        ]),
      ),
    );
    const bp = idx.boilerplate({ minDocs: 5 });
    print(`Boilerplate lines (in ≥ 5 of the 16 documents, numbers masked): ${bp.length}`);
    print(
      table(
        ['docs', 'line (first seen)'],
        bp.slice(0, 12).map((b) => [b.docs, short(b.text, 60).replace(/\|/g, '\\|')]),
      ),
    );
  }
}

// ---------------------------------------------------------------------------------------------------
// 6. Streaming dedupe with bounded memory: the heap stays flat with maxDocs.

{
  const rnd = mulberry32(3);
  function* source(n) {
    for (let i = 0; i < n; i++) {
      let t = '';
      for (let k = 0; k < 800; k++) t += String.fromCharCode(0x4e00 + ((rnd() * 3000) | 0));
      yield { id: `d${i}`, text: t };
      if (i % 10 === 0) yield { id: `r${i}`, text: `${t}来源：新华社` };
    }
  }
  const index = new CorpusIndex();
  const rows = [];
  let seen = 0;
  const t = performance.now();
  const gen = dedupeStream(source(60_000), { index, maxDocs: 1000 });
  let summary;
  for (;;) {
    const r = await gen.next();
    if (r.done) {
      summary = r.value;
      break;
    }
    if (++seen % 16_500 === 0) {
      if (global.gc) global.gc();
      rows.push([seen, index.size, fmt(process.memoryUsage().heapUsed / 1048576)]);
    }
  }
  print(
    `### dedupeStream, 66 000 documents (800 chars, every 11th a repost), maxDocs 1000: ${fmt((performance.now() - t) / 1000)} s, ${summary.duplicates} duplicates dropped, ${summary.evicted} evicted`,
  );
  print(table(['documents read', 'documents kept in the index', 'heap used MB (after gc)'], rows));
}

process.stdout.write(`${lines.join('\n')}\n`);
