// Alignment speed (issue 4): jiaokan side by side with diff-match-patch (no timeout, and its default
// 1 s), fast-diff and jsdiff diffChars, in the same run. Every measurement runs in its own child
// process so that its peak RSS (process.resourceUsage().maxRSS) is its own, after the same warm-up
// call for every method (a 20k-character near-identical pair). Run after `npm run build`:
//   node bench/align-speed.mjs            (jsdiff gets a 20 s timeout: on two different reports it
//                                          runs for minutes)
//   node bench/align-speed.mjs --runs 7   (processes per fast measurement; default 5)
//   node bench/align-speed.mjs --fresh    (no warm-up: the first call is the first of the process, as
//                                          for a command-line run)
//   node bench/align-speed.mjs --baseline /tmp/old-dist
//                                          (also times jiaokan from another build, e.g. the code before
//                                           a change, case by case next to the current one)
// The machine is shared, so every figure is CPU time (process.cpuUsage) and the median of several
// processes; "warm" is the median of the last five of 15 more calls in the same process, "fastest
// warm" the fastest of all those calls (garbage collection lands in some calls and not others). Prints markdown; never fails
// on the numbers.
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { corpus } from './lib/corpus.mjs';
import { nearIdentical, warmPair } from './lib/near-identical.mjs';

const SELF = fileURLToPath(import.meta.url);
const JSDIFF_TIMEOUT = 20_000;
const at = process.argv.indexOf('--runs');
const RUNS = at > 0 ? Number(process.argv[at + 1]) : 5;
const bl = process.argv.indexOf('--baseline');
const BASELINE = bl > 0 ? process.argv[bl + 1] : undefined;
// Children inherit the environment: the flag reaches them without changing their argument list.
if (process.argv.includes('--fresh')) process.env.ALIGN_SPEED_FRESH = '1';

const years = (list) => list.map((y) => corpus(`gov-work-report/${y}.txt`)).join('');

const NEAR = 'near-identical 0.5 MB, scattered';
const NEAR_CLUSTERED = 'near-identical 0.5 MB, clustered';
const NEAR_HALF = 'near-identical 0.25 MB, scattered';

/** The texts of each case, built deterministically. */
function texts(name) {
  if (name === 'annual') return [years(['2023']), years(['2024'])];
  // annual×2 is annual followed by 2021 → 2022 (its second half, `annual-2021`), which is the harder
  // pair (twice the modified paragraphs): the ratio annual×2 ÷ annual mixes scaling with content, so
  // the table also divides by the mean of the two halves.
  if (name === 'annual-2021') return [years(['2021']), years(['2022'])];
  if (name === 'annual×2') return [years(['2023', '2021']), years(['2024', '2022'])];
  if (name === 'annual×4')
    return [years(['2023', '2021', '2019', '2017']), years(['2024', '2022', '2018', '2016'])];
  if (name === NEAR) return nearIdentical(500_000, 60, true);
  if (name === NEAR_CLUSTERED) return nearIdentical(500_000, 60, false);
  if (name === NEAR_HALF) return nearIdentical(250_000, 30, true);
  throw new Error(`unknown case ${name}`);
}

/** Child process: run one method on one case, print JSON { ms, cpuMs, warm, rssMB, note }. */
async function one(method, name, dist) {
  const [a, b] = texts(name);
  let run;
  if (method === 'jiaokan') {
    const { diff } = await import(dist ? pathToFileURL(`${dist}/index.js`).href : '../dist/index.js');
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
  if (!process.env.ALIGN_SPEED_FRESH) {
    const [wa, wb] = warmPair();
    run(wa, wb);
  }
  const timed = () => {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const note = run(a, b);
    const c = process.cpuUsage(c0);
    return { ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, note };
  };
  const first = timed();
  // Steady state (skipped when a call takes seconds).
  let warm;
  let warmMin;
  if (first.ms < 2000) {
    // Steady state takes a few calls (V8 optimizes the hot functions meanwhile): 15 more calls, the same
    // number for every case so that ratios compare like with like; warm is the median of the last five,
    // fastest the fastest of them all.
    const more = Array.from({ length: 15 }, () => timed().cpuMs);
    warm = median(more.slice(-5));
    warmMin = Math.min(...more);
  }
  const rssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ ...first, warm, warmMin, rssMB }));
}

function median(xs) {
  const s = [...xs].sort((x, y) => x - y);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function measure(method, name, dist) {
  const out = execFileSync(process.execPath, [SELF, '--one', method, name, ...(dist ? [dist] : [])], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out);
}

/** `runs` processes; the median of each figure. */
function medianOf(method, name, runs, dist) {
  const all = Array.from({ length: runs }, () => measure(method, name, dist));
  const pick = (f) => median(all.map(f));
  // A process whose first call took over 2 s skipped the warm calls: warm figures come from the others
  // (a missing one made the fastest warm NaN).
  const warmed = all.filter((r) => r.warm !== undefined);
  return {
    ms: pick((r) => r.ms),
    cpuMs: pick((r) => r.cpuMs),
    warm: warmed.length ? median(warmed.map((r) => r.warm)) : undefined,
    warmMin: warmed.length ? Math.min(...warmed.map((r) => r.warmMin)) : undefined,
    rssMB: pick((r) => r.rssMB),
    note: all[0].note,
    runs,
  };
}

if (process.argv[2] === '--one') {
  await one(process.argv[3], process.argv[4], process.argv[5]);
} else {
  const jiaokanCases = ['annual', 'annual-2021', 'annual×2', 'annual×4', NEAR_HALF, NEAR, NEAR_CLUSTERED];
  const sizes = {};
  for (const name of jiaokanCases) {
    const [a, b] = texts(name);
    sizes[name] = `${a.length.toLocaleString('en')} / ${b.length.toLocaleString('en')}`;
  }
  const rows = [];
  const jiaokan = {};
  for (const name of jiaokanCases) {
    if (BASELINE)
      rows.push([name, 'jiaokan diff, baseline build', medianOf('jiaokan', name, RUNS, BASELINE)]);
    jiaokan[name] = medianOf('jiaokan', name, RUNS);
    rows.push([name, 'jiaokan diff', jiaokan[name]]);
  }
  const dmp = {};
  for (const name of ['annual', NEAR, NEAR_CLUSTERED]) {
    const slow = name === 'annual';
    const runs = slow ? 1 : RUNS;
    dmp[name] = medianOf('dmp', name, runs);
    rows.push([name, 'diff-match-patch, no timeout', dmp[name]]);
    rows.push([name, 'diff-match-patch, 1 s timeout', medianOf('dmp-1s', name, slow ? 1 : 3)]);
    rows.push([name, 'fast-diff', medianOf('fast-diff', name, slow ? 1 : 3)]);
    rows.push([
      name,
      `jsdiff diffChars (timeout ${JSDIFF_TIMEOUT / 1000} s)`,
      medianOf('jsdiff', name, slow ? 1 : 3),
    ]);
  }
  const s3 = (ms) => `${(ms / 1000).toFixed(3)} s`;
  console.log(
    `## Alignment speed (CPU time, median of processes; ${process.env.ALIGN_SPEED_FRESH ? 'no warm-up: first call of a fresh process' : 'each after the same warm-up'})\n`,
  );
  console.log(
    `Machine load average when the table was printed: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}\n`,
  );
  console.log(
    '| case (chars a / b) | method | processes | first call: CPU | (wall) | warm: CPU | fastest warm | peak RSS | note |',
  );
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---|');
  for (const [name, method, r] of rows) {
    const warm = r.warm === undefined ? '— | —' : `${s3(r.warm)} | ${s3(r.warmMin)}`;
    console.log(
      `| ${name} (${sizes[name]}) | ${method} | ${r.runs} | ${s3(r.cpuMs)} | ${s3(r.ms)} | ${warm} | ${r.rssMB.toFixed(0)} MB | ${r.note} |`,
    );
  }
  // '—' when a figure is missing (no warm calls after a first call over 2 s)
  const ratio = (x, y) => (x === undefined || y === undefined ? '—' : (x / y).toFixed(2));
  const pair = (x, y) =>
    `${ratio(x.cpuMs, y.cpuMs)} / ${ratio(x.warm, y.warm)} / ${ratio(x.warmMin, y.warmMin)}`;
  const mean = (...xs) => ({
    cpuMs: xs.reduce((n, x) => n + x.cpuMs, 0) / xs.length,
    warm: xs.reduce((n, x) => n + x.warm, 0) / xs.length,
    warmMin: xs.reduce((n, x) => n + x.warmMin, 0) / xs.length,
  });
  console.log('\n| check — CPU time: first call / warm (median) / fastest warm | target | measured |');
  console.log('|---|---|---:|');
  console.log(`| annual pair, first call | ≤ 0.5 s | ${s3(jiaokan.annual.cpuMs)} |`);
  console.log(
    `| annual pair ÷ dmp without timeout, first call | ≤ 0.05 | ${ratio(jiaokan.annual.cpuMs, dmp.annual.cpuMs)} |`,
  );
  for (const name of [NEAR, NEAR_CLUSTERED])
    console.log(`| ${name} ÷ dmp without timeout | ≤ 1 | ${pair(jiaokan[name], dmp[name])} |`);
  console.log(`| annual×2 ÷ annual | ≤ 2.3 | ${pair(jiaokan['annual×2'], jiaokan.annual)} |`);
  console.log(
    `| annual×2 ÷ mean of its two halves (annual, annual-2021) | ≤ 2.3 | ${pair(jiaokan['annual×2'], mean(jiaokan.annual, jiaokan['annual-2021']))} |`,
  );
  console.log(
    `| annual×4 ÷ mean of annual, annual-2021 | (≤ 4.6) | ${pair(jiaokan['annual×4'], mean(jiaokan.annual, jiaokan['annual-2021']))} |`,
  );
  console.log(
    `| near-identical 0.5 MB ÷ 0.25 MB (scattered) | ≤ 2.3 | ${pair(jiaokan[NEAR], jiaokan[NEAR_HALF])} |`,
  );
}
