// Shared helpers for the benchmarks: corpus loading (from ../shared when present, else bundled
// fixtures), timing, and markdown tables. Benchmarks report; they never fail on timing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const shared = join(root, '..', 'shared', 'corpus');

/** Texts of a corpus folder (e.g. 'gov-work-report'), or the bundled fixtures when ../shared is absent. */
export function corpus(folder) {
  const dir = join(shared, folder);
  const fallback = join(root, 'test', 'fixtures', 'corpus', folder);
  const from = existsSync(dir) ? dir : existsSync(fallback) ? fallback : null;
  if (!from) return [];
  return readdirSync(from)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: `${folder}/${f}`, text: readFileSync(join(from, f), 'utf8') }));
}

export function seeds() {
  const dir = join(root, 'test', 'fixtures');
  return readdirSync(dir)
    .filter((f) => /^\d{3}_.*\.txt$/.test(f))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
}

/** Repeats `text` (joined by blank lines) until it has at least `chars` characters. */
export function inflate(text, chars) {
  const parts = [];
  let n = 0;
  while (n < chars) {
    parts.push(text);
    n += text.length + 2;
  }
  return parts.join('\n\n');
}

/** Best-of-`runs` wall time of fn in ms (after one warm-up). */
export function time(fn, runs = 3) {
  fn();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

export const mb = (chars) => (chars * 2) / 1e6; // UTF-16 MB, as held in memory
export const utf8MB = (text) => Buffer.byteLength(text, 'utf8') / 1e6;

export function table(headers, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A small deterministic PRNG (mulberry32): generated benchmark inputs are the same on every run. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
