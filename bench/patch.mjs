// The patch format on its worst case: one-line paragraphs shuffled. jsdiff's own line diff (Myers,
// O(ND)) against jiaokan's patch, whose hunks come from the change set diff() already made. Both
// patches are checked to apply. Run after `npm run build`.
import { applyPatch, createTwoFilesPatch } from 'diff';
import { diff, formatChanges } from '../dist/index.js';
import { mulberry32, table } from './lib.mjs';

function shuffled(n) {
  const lines = Array.from({ length: n }, (_, i) => `第${i}条消息。`);
  const r = mulberry32(7);
  const b = [...lines];
  for (let i = b.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [b[i], b[j]] = [b[j], b[i]];
  }
  return [lines.join('\n'), b.join('\n')];
}

const cpu = (fn) => {
  const c0 = process.cpuUsage();
  const out = fn();
  const c = process.cpuUsage(c0);
  return { out, ms: (c.user + c.system) / 1000 };
};

const rows = [];
for (const n of [2_000, 5_000, 20_000, 100_000]) {
  const [a, b] = shuffled(n);
  const cs = diff(a, b);
  const ours = cpu(() => formatChanges(a, cs, 'patch'));
  const okOurs = applyPatch(a, ours.out) === b;
  // jsdiff grows with n × edits: 20,000 lines took it 108 s on this machine, so only the small sizes.
  const theirs = n <= 5_000 ? cpu(() => createTwoFilesPatch('a', 'b', a, b)) : undefined;
  rows.push([
    n.toLocaleString('en'),
    `${ours.ms.toFixed(0)} ms${okOurs ? '' : ' (does not apply!)'}`,
    theirs
      ? `${theirs.ms.toFixed(0)} ms${applyPatch(a, theirs.out) === b ? '' : ' (does not apply!)'}`
      : 'not run',
  ]);
}
console.log('### Patch of shuffled one-line paragraphs (CPU time)\n');
console.log(
  table(['lines', 'jiaokan formatChanges patch (from the change set)', 'jsdiff createTwoFilesPatch'], rows),
);
