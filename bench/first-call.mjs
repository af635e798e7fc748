// The first diff() call on the scattered 0.5 MB near-identical pair of bench/align-speed.mjs (after the
// same 20k warm-up), measured in ways a loaded shared machine cannot blur:
//   bytes allocated during the call (node:inspector sampling heap profiler, counting what the GC
//   collected too), and — when valgrind is installed — the instructions the call executes (cachegrind
//   under node --predictable --single-threaded: a process with the call minus one without; stable to
//   about ±1 M, where wall or CPU time swing by ±50 % under load). diff-match-patch is measured the same way.
// Run after `npm run build`:   node bench/first-call.mjs [--baseline <dist dir>] [--no-valgrind] [--clustered]
// (each build is copied to a temporary path of one length first: see samePathLength)
// (--clustered: the clustered pair instead, edits within 5 % of the paragraphs).
// Prints markdown; never fails on the numbers. Instruction counts take ~1 min per build.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { nearIdentical, warmPair } from './lib/near-identical.mjs';

const SELF = fileURLToPath(import.meta.url);
const DIST = fileURLToPath(new URL('../dist', import.meta.url));

async function runner(method, dist) {
  if (method === 'dmp') {
    const { default: DMP } = await import('diff-match-patch');
    const dmp = new DMP();
    dmp.Diff_Timeout = 0;
    return (x, y) => dmp.diff_main(x, y);
  }
  const { diff } = await import(pathToFileURL(`${dist}/index.js`).href);
  return (x, y) => diff(x, y);
}

/** Child: warm up, then (mode 'call') the timed call, or (mode 'heap') the call under the heap sampler. */
async function child(method, dist, mode) {
  const run = await runner(method, dist);
  const [a, b] = nearIdentical(500_000, 60, process.env.FIRST_CALL_CLUSTERED !== '1');
  run(...warmPair());
  if (mode === 'heap') {
    const session = new Session();
    session.connect();
    await session.post('HeapProfiler.enable');
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 1024,
      includeObjectsCollectedByMinorGC: true,
      includeObjectsCollectedByMajorGC: true,
    });
    run(a, b);
    const { profile } = await session.post('HeapProfiler.stopSampling');
    let total = 0;
    const walk = (n) => {
      total += n.selfSize;
      for (const c of n.children) walk(c);
    };
    walk(profile.head);
    process.stdout.write(String(total));
  } else if (mode === 'call') {
    // Under valgrind the call runs ~50× slower: on a loaded machine diff()'s 10 s budget can run out,
    // and the count would then measure a coarser (degraded) result. Such a run reports nothing.
    const out = run(a, b);
    if (out?.meta?.degraded) process.exit(3);
  }
}

function instructions(method, dist) {
  const count = (mode) => {
    const r = spawnSync(
      'valgrind',
      [
        '--tool=cachegrind',
        '--cache-sim=no',
        '--cachegrind-out-file=/dev/null',
        '--smc-check=all-non-file',
        process.execPath,
        '--predictable',
        '--single-threaded',
        SELF,
        '--child',
        method,
        dist,
        mode,
      ],
      { encoding: 'utf8' },
    );
    const m = /I\s+refs:\s+([\d,]+)/.exec(r.stderr ?? '');
    return m && r.status === 0 ? Number(m[1].replaceAll(',', '')) : Number.NaN;
  };
  return (count('call') - count('none')) / 1e6;
}

function allocated(method, dist) {
  const r = spawnSync(process.execPath, [SELF, '--child', method, dist, 'heap'], { encoding: 'utf8' });
  return Number(r.stdout) / 1e6;
}

/**
 * A copy of the build `dist` at a path as long as every other copy's (/tmp/jkfc-XXXXXX/dist, with the
 * project's node_modules beside it): the folder a build is loaded from shifts its instruction count by
 * up to 4 M (session 15), so two builds compared from paths of different lengths differ by that alone.
 */
function samePathLength(dist) {
  const dir = mkdtempSync(join(tmpdir(), 'jkfc-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  cpSync(dist, join(dir, 'dist'), { recursive: true });
  symlinkSync(fileURLToPath(new URL('../node_modules', import.meta.url)), join(dir, 'node_modules'));
  return join(dir, 'dist');
}

if (process.argv[2] === '--child') {
  await child(process.argv[3], process.argv[4], process.argv[5]);
} else {
  const at = process.argv.indexOf('--baseline');
  const builds = [['jiaokan diff', samePathLength(DIST)]];
  if (at > 0) builds.unshift(['jiaokan diff, baseline build', samePathLength(process.argv[at + 1])]);
  builds.push(['diff-match-patch, no timeout', '']);
  const valgrind =
    !process.argv.includes('--no-valgrind') && spawnSync('valgrind', ['--version']).status === 0;
  // children inherit the environment (valgrind passes it on)
  if (process.argv.includes('--clustered')) process.env.FIRST_CALL_CLUSTERED = '1';
  const kind = process.env.FIRST_CALL_CLUSTERED === '1' ? 'clustered' : 'scattered';
  console.log(`## First diff() call, 0.5 MB near-identical pair (${kind}), after the warm-up\n`);
  console.log('| method | instructions | allocated |\n|---|---:|---:|');
  for (const [name, dist] of builds) {
    const method = dist ? 'jiaokan' : 'dmp';
    const ins = valgrind ? `${instructions(method, dist).toFixed(0)} M` : '(no valgrind)';
    console.log(`| ${name} | ${ins} | ${allocated(method, dist).toFixed(1)} MB |`);
  }
}
