// clean() time on the 17 national government work reports, once and concatenated ×11 (where every
// copy after the first is a repeated block). clean() repeats its pass until a pass changes nothing;
// the settling pass costs about what clean(result.text) costs (a pass that finds nothing to change),
// shown beside it. CPU time of this process (user + system), median of 5 after a warm-up run.
// Run: npm run build && node bench/clean-speed.mjs
import { clean } from '../dist/index.js';
import { corpus, table } from './lib.mjs';

const base = corpus('gov-work-report')
  .map((r) => r.text)
  .join('\n\n');

function medianCpu(fn, runs = 5) {
  fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    times.push((c.user + c.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
}

const rows = [];
for (const times of [1, 11]) {
  const text = new Array(times).fill(base).join('\n\n');
  const r = clean(text);
  const all = medianCpu(() => clean(text));
  const settle = medianCpu(() => clean(r.text));
  rows.push([
    `×${times}`,
    (text.length / 1000).toFixed(0),
    String(r.changes.meta?.passes ?? 1),
    String(r.changes.changes.length),
    all.toFixed(0),
    settle.toFixed(0),
    String(clean(r.text).changes.changes.length),
  ]);
}
console.log(
  table(
    [
      'reports',
      'k chars',
      'passes that changed',
      'changes',
      'clean() CPU ms',
      'clean(result) CPU ms',
      'left for another clean()',
    ],
    rows,
  ),
);
