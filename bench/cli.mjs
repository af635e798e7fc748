// The jiaokan command end to end (spawned like a user runs it, process start included) on the gov work
// reports: scan, clean, diff, versions, dedupe, report; plus input decoding. Run after `npm run build`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { corpus, root, table, utf8MB } from './lib.mjs';

const cli = join(root, 'dist', 'cli.js');
const reports = corpus('gov-work-report');
const work = mkdtempSync(join(tmpdir(), 'jiaokan-bench-cli-'));
const dir = join(work, 'reports');
mkdirSync(dir);
for (const r of reports) writeFileSync(join(dir, r.name.split('/').pop()), r.text);
const all = reports.map((r) => r.text).join('');
const totalMB = utf8MB(all);
const last = reports.slice(-3).map((r) => join(dir, r.name.split('/').pop()));

/** Best of 3 wall times of one CLI run, in ms; throws if the command fails. */
function run(args, { expect = [0] } = {}) {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [cli, ...args], {
      cwd: work,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    const ms = performance.now() - t;
    if (!expect.includes(r.status))
      throw new Error(`jiaokan ${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
    best = Math.min(best, ms);
  }
  return best;
}

const rows = [];
const add = (what, input, ms, mb) =>
  rows.push([what, input, ms.toFixed(0), mb ? (mb / (ms / 1000)).toFixed(2) : '']);
const folder = `${reports.length} reports, ${totalMB.toFixed(2)} MB`;
add('`jiaokan --version` (start-up)', '', run(['--version']));
add('`jiaokan scan <folder>`', folder, run(['scan', 'reports']), totalMB);
add('`jiaokan scan --json <folder>`', folder, run(['scan', '--json', 'reports']), totalMB);
add(
  '`jiaokan clean <folder> --out <dir> --changes`',
  folder,
  run(['clean', 'reports', '--out', 'out', '--changes', '-q']),
  totalMB,
);
const pair = `${last[0].split('/').pop()} → ${last[1].split('/').pop()}`;
add('`jiaokan diff a b` (patch)', pair, run(['diff', last[0], last[1]]));
add('`jiaokan diff a b --out x.html`', pair, run(['diff', last[0], last[1], '--out', 'd.html']));
add('`jiaokan versions a b c --out x.html`', 'last 3 reports', run(['versions', ...last, '--out', 'l.html']));
add('`jiaokan dedupe <folder>`', folder, run(['dedupe', 'reports']), totalMB);
add(
  '`jiaokan report <folder> --out r.html`',
  folder,
  run(['report', 'reports', '--out', 'r.html', '-q']),
  totalMB,
);
const reportMB = statSync(join(work, 'r.html')).size / 1e6;

// decoding: the same text as GBK (detected) and as UTF-8
const gbk = iconv.encode(all, 'gbk');
writeFileSync(join(work, 'all-gbk.txt'), gbk);
writeFileSync(join(work, 'all-utf8.txt'), all);
add(
  '`jiaokan scan` one UTF-8 file',
  `${totalMB.toFixed(2)} MB`,
  run(['scan', 'all-utf8.txt'], { expect: [0] }),
  totalMB,
);
add(
  '`jiaokan scan` the same file as GBK (detected)',
  `${(gbk.length / 1e6).toFixed(2)} MB`,
  run(['scan', 'all-gbk.txt']),
  gbk.length / 1e6,
);

console.log(`## CLI (end to end, process start included, best of 3)\n`);
console.log(table(['command', 'input', 'ms', 'MB/s'], rows));
console.log(`\nThe corpus report page for the folder: ${reportMB.toFixed(1)} MB of self-contained HTML.`);
rmSync(work, { recursive: true, force: true });
