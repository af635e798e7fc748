// Alignment speed (issue 4): jiaokan side by side with diff-match-patch (no timeout, and its default
// 1 s), fast-diff and jsdiff diffChars, in the same run. Every measurement runs in its own child
// process so that its peak RSS (process.resourceUsage().maxRSS) is its own, after the same warm-up
// call for every method (a 20k-character near-identical pair). Run after `npm run build`:
//   node bench/align-speed.mjs            (jsdiff gets a 20 s timeout: on two different reports it
//                                          runs for minutes)
// Prints a markdown table; never fails on the numbers.
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { corpus } from './lib/corpus.mjs';
import { rng } from './lib/synthetic.mjs';

const SELF = fileURLToPath(import.meta.url);
const JSDIFF_TIMEOUT = 20_000;

/** The texts of each case, built deterministically. */
function texts(name) {
  if (name === 'annual') return [corpus('gov-work-report/2023.txt'), corpus('gov-work-report/2024.txt')];
  if (name === 'annual×2')
    return [
      corpus('gov-work-report/2023.txt') + corpus('gov-work-report/2021.txt'),
      corpus('gov-work-report/2024.txt') + corpus('gov-work-report/2022.txt'),
    ];
  // The second half of annual×2 on its own: annual×2 is annual + this pair, which is the harder one
  // (twice the modified paragraphs), so the ratio annual×2 ÷ annual mixes scaling with content.
  if (name === 'annual-2021') return [corpus('gov-work-report/2021.txt'), corpus('gov-work-report/2022.txt')];
  if (name === 'annual×4')
    return [
      ['2023', '2021', '2019', '2017'].map((y) => corpus(`gov-work-report/${y}.txt`)).join(''),
      ['2024', '2022', '2018', '2016'].map((y) => corpus(`gov-work-report/${y}.txt`)).join(''),
    ];
  if (name === 'near-identical 0.5 MB') {
    // 0.5 MB of UTF-8: all the reports, then about 60 scattered small edits and one moved paragraph.
    const years = [];
    for (let y = 2009; y <= 2025; y++) years.push(corpus(`gov-work-report/${y}.txt`));
    let a = years.join('\n\n');
    while (Buffer.byteLength(a) > 500_000) a = a.slice(0, a.lastIndexOf('\n\n'));
    const r = rng(42);
    const paras = a.split('\n\n');
    for (let k = 0; k < 60; k++) {
      const i = Math.floor(r() * paras.length);
      const p = paras[i];
      const at = Math.floor(r() * p.length);
      paras[i] = p.slice(0, at) + (k % 3 === 0 ? '' : '新增') + p.slice(at + (k % 3 === 2 ? 0 : 2));
    }
    const [moved] = paras.splice(10, 1);
    paras.splice(paras.length - 10, 0, moved);
    return [a, paras.join('\n\n')];
  }
  throw new Error(`unknown case ${name}`);
}

/**
 * The warm-up every method gets before its timed run: a 20k-character near-identical pair from another
 * report (so that hot loops are compiled and Intl data loaded — steady state, not first-call cost).
 */
function warmPair() {
  const a = corpus('gov-work-report/2015.txt');
  return [a, a.replace(/发展/g, '發展').replace('各位代表', '各位委员')];
}

/** Child process: run one method on one case, print JSON { ms, rssMB, note }. */
async function one(method, name) {
  const [a, b] = texts(name);
  let run;
  if (method === 'jiaokan') {
    const { diff } = await import('../dist/index.js');
    run = (x, y) => `${diff(x, y).changes.length} changes`;
  } else if (method === 'dmp' || method === 'dmp-1s') {
    const { default: DMP } = await import('diff-match-patch');
    const dmp = new DMP();
    dmp.Diff_Timeout = method === 'dmp' ? 0 : 1;
    run = (x, y) => {
      const d = dmp.diff_main(x, y);
      return `${d.filter(([op]) => op === 0).reduce((n, [, t]) => n + t.length, 0)} chars equal`;
    };
  } else if (method === 'fast-diff') {
    const { default: fastDiff } = await import('fast-diff');
    run = (x, y) => `${fastDiff(x, y).length} parts`;
  } else if (method === 'jsdiff') {
    const { diffChars } = await import('diff');
    run = (x, y) => {
      const d = diffChars(x, y, { timeout: JSDIFF_TIMEOUT });
      return d ? `${d.length} parts` : `gave up at ${JSDIFF_TIMEOUT / 1000} s`;
    };
  } else throw new Error(`unknown method ${method}`);
  // Every method gets the same warm-up (module code compiled, Intl data loaded) before the timed run.
  const [wa, wb] = warmPair();
  run(wa, wb);
  const timed = () => {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const note = run(a, b);
    const c = process.cpuUsage(c0);
    return { ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, note };
  };
  const first = timed();
  // Steady state: the fastest of five more calls in the same process (skipped when a call takes seconds).
  let steady;
  if (first.ms < 2000) {
    const more = [timed(), timed(), timed(), timed(), timed()].sort((x, y) => x.cpuMs - y.cpuMs);
    steady = more[0];
  }
  const rssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ ...first, steady, rssMB }));
}

function measure(method, name) {
  const out = execFileSync(process.execPath, [SELF, '--one', method, name], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out);
}

if (process.argv[2] === '--one') {
  await one(process.argv[3], process.argv[4]);
} else {
  const sizes = {};
  const jiaokanCases = ['annual', 'annual-2021', 'annual×2', 'annual×4', 'near-identical 0.5 MB'];
  for (const name of jiaokanCases) {
    const [a, b] = texts(name);
    sizes[name] = `${a.length.toLocaleString('en')} / ${b.length.toLocaleString('en')}`;
  }
  const rows = [];
  const jiaokan = {};
  // The machine is shared: the fastest of three processes is the least disturbed measurement.
  const best = (method, name) => {
    const runs = [measure(method, name), measure(method, name), measure(method, name)];
    return runs.sort((x, y) => x.cpuMs - y.cpuMs)[0];
  };
  for (const name of jiaokanCases) {
    jiaokan[name] = best('jiaokan', name);
    rows.push([name, 'jiaokan diff (best of 3)', jiaokan[name]]);
  }
  const dmp = {};
  for (const name of ['annual', 'near-identical 0.5 MB']) {
    const slow = name === 'annual';
    dmp[name] = slow ? measure('dmp', name) : best('dmp', name);
    rows.push([name, `diff-match-patch, no timeout${slow ? '' : ' (best of 3)'}`, dmp[name]]);
    rows.push([name, 'diff-match-patch, 1 s timeout', measure('dmp-1s', name)]);
    rows.push([name, 'fast-diff', measure('fast-diff', name)]);
    rows.push([name, `jsdiff diffChars (timeout ${JSDIFF_TIMEOUT / 1000} s)`, measure('jsdiff', name)]);
  }
  const s3 = (ms) => `${(ms / 1000).toFixed(3)} s`;
  console.log('## Alignment speed (each run in its own process after a warm-up; peak RSS of that process)\n');
  console.log(
    `Machine load average when the table was printed: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}\n`,
  );
  console.log(
    '| case (chars a / b) | method | first call: wall | first call: CPU | warm: CPU | peak RSS | note |',
  );
  console.log('|---|---|---:|---:|---:|---:|---|');
  for (const [name, method, r] of rows) {
    const warm = r.steady ? s3(r.steady.cpuMs) : '—';
    console.log(
      `| ${name} (${sizes[name]}) | ${method} | ${s3(r.ms)} | ${s3(r.cpuMs)} | ${warm} | ${r.rssMB.toFixed(0)} MB | ${r.note} |`,
    );
  }
  const ratio = (x, y) => (x / y).toFixed(2);
  const both = (x, y) => `${ratio(x.cpuMs, y.cpuMs)} (${ratio(x.ms, y.ms)})`;
  const nid = 'near-identical 0.5 MB';
  console.log('\n| check — CPU time (wall time) | target | measured |');
  console.log('|---|---|---:|');
  console.log(`| annual pair | ≤ 0.5 s | ${s3(jiaokan.annual.cpuMs)} (${s3(jiaokan.annual.ms)}) |`);
  console.log(`| annual pair ÷ dmp without timeout | ≤ 0.05 | ${both(jiaokan.annual, dmp.annual)} |`);
  console.log(
    `| 0.5 MB near-identical ÷ dmp without timeout, first call | ≤ 1 | ${both(jiaokan[nid], dmp[nid])} |`,
  );
  console.log(
    `| 0.5 MB near-identical ÷ dmp without timeout, warm (CPU) | ≤ 1 | ${ratio(jiaokan[nid].steady.cpuMs, dmp[nid].steady.cpuMs)} |`,
  );
  console.log(`| 2× input ÷ 1× | ≤ 2.3 | ${both(jiaokan['annual×2'], jiaokan.annual)} |`);
  const halves = {
    ms: jiaokan.annual.ms + jiaokan['annual-2021'].ms,
    cpuMs: jiaokan.annual.cpuMs + jiaokan['annual-2021'].cpuMs,
  };
  console.log(
    `| 2× input ÷ its two halves run separately (linearity) | ≤ 1.15 | ${both(jiaokan['annual×2'], halves)} |`,
  );
  console.log(`| 4× input ÷ 1× | (≤ 4.6) | ${both(jiaokan['annual×4'], jiaokan.annual)} |`);
  console.log(
    `| 2× input ÷ 1×, warm (CPU) | ≤ 2.3 | ${ratio(jiaokan['annual×2'].steady.cpuMs, jiaokan.annual.steady.cpuMs)} |`,
  );
  const warmHalves = jiaokan.annual.steady.cpuMs + jiaokan['annual-2021'].steady.cpuMs;
  console.log(
    `| 2× input ÷ its two halves, warm (CPU) | ≤ 1.15 | ${ratio(jiaokan['annual×2'].steady.cpuMs, warmHalves)} |`,
  );
}
