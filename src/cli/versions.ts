// jiaokan versions <v1> <v2> …: the lineage of paragraphs across several versions of a document.
import path from 'node:path';
import { COMMON, oneOf, parse } from './args.js';
import { type Context, EXIT_OK, UsageError, warnDegraded } from './context.js';
import { loadOne } from './diff.js';
import type { BlockOp, VersionAlignment } from './engine.js';
import { writeAtomic } from './io.js';

export const help = `Usage: jiaokan versions [options] <v1> <v2> [v3…]

Align successive versions (oldest first) and follow each paragraph through
them: kept, revised, moved, split, merged, added, dropped.

Options:
  -f, --format <fmt>   text (each step's similarity and counts, where paragraphs
                       come from and go, the ones that run through every
                       version), json (versions, similarity of each step,
                       paragraph lineages) or html (a table: one column per
                       version, one row per paragraph); default text on a
                       terminal, json in a pipe, or from --out's extension
  -o, --out <file>     write to a file (atomically) instead of stdout
  --encoding <name>    force the input encoding (default: detect)
  --debug, -h, --help

Exit: 0 ok; 2 usage, read or decode error.
`;

export const options = {
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  encoding: { type: 'string' },
  ...COMMON,
} as const;

export async function run(argv: string[], ctx: Context): Promise<number> {
  const { values, positionals } = parse(argv, options);
  if (values.help) {
    ctx.stdout.write(help);
    return EXIT_OK;
  }
  if (positionals.length < 2)
    throw new UsageError(`versions needs at least two inputs, got ${positionals.length}`);
  let format = oneOf(values.format, '--format', ['text', 'json', 'html'] as const);
  if (!format) {
    if (values.out)
      format = /\.html?$/i.test(values.out) ? 'html' : /\.json$/i.test(values.out) ? 'json' : 'text';
    else format = ctx.stdout.isTTY ? 'text' : 'json';
  }
  const docs = [];
  for (const arg of positionals) docs.push(await loadOne(arg, ctx, values.encoding));
  const names = docs.map((d) => d.display);
  const texts = docs.map((d) => d.text);
  const result = ctx.engine.alignVersions(texts);
  result.alignments.forEach((al, k) => {
    warnDegraded(ctx, `${names[k]} → ${names[k + 1]}`, al.degraded);
  });
  const output =
    format === 'html'
      ? ctx.engine.formatLineage(result, texts, { names })
      : format === 'text'
        ? summary(result, docs)
        : json(result, docs);
  if (values.out) await writeAtomic(path.resolve(ctx.cwd, values.out), output);
  else ctx.stdout.write(output);
  return EXIT_OK;
}

/** How many lineages running through every version the text summary lists. */
const LIST = 10;
const OP_WORDS: ReadonlyArray<[BlockOp, string]> = [
  ['equal', 'kept'],
  ['modify', 'revised'],
  ['move', 'moved'],
  ['split', 'split'],
  ['merge', 'merged'],
  ['insert', 'added'],
  ['delete', 'dropped'],
];

/**
 * For people: each step's similarity and paragraph counts, where paragraphs come from and where they
 * end, and the paragraphs that run through every version, least changed first (their path and
 * similarity at each step, and how they open).
 */
function summary(result: VersionAlignment, docs: ReadonlyArray<{ display: string; text: string }>): string {
  const n = docs.length;
  const name = (k: number) => docs[k]?.display ?? `v${k + 1}`;
  const lines = [`${docs.map((d) => d.display).join(' → ')}: ${n} versions`];
  result.alignments.forEach((al, k) => {
    const ops = al.stats.ops;
    const counts = OP_WORDS.filter(([op]) => ops[op] > 0).map(([op, w]) => `${w} ${ops[op]}`);
    lines.push(`  ${name(k)} → ${name(k + 1)}  similarity ${al.similarity.toFixed(2)}  ${counts.join(', ')}`);
  });
  lines.push(`Paragraph lineages: ${result.lineages.length}`);
  for (let v = 0; v < n; v++) {
    const born = result.lineages.filter((l) => l.first === v);
    if (born.length === 0) continue;
    const through = born.filter((l) => l.dropped === undefined).length;
    const dropped = new Map<number, number>();
    for (const l of born)
      if (l.dropped !== undefined) dropped.set(l.dropped, (dropped.get(l.dropped) ?? 0) + 1);
    const where = [...dropped]
      .sort((x, y) => x[0] - y[0])
      .map(([d, c]) => `${c} at ${name(d)}`)
      .join(', ');
    const head = v === 0 ? `from ${name(0)}` : `added in ${name(v)}`;
    const rest = v === n - 1 ? '' : ` — ${through} reach ${name(n - 1)}${where ? `, dropped ${where}` : ''}`;
    lines.push(`  ${head}: ${born.length}${rest}`);
  }
  const whole = result.lineages.filter(
    (l) => l.first === 0 && l.dropped === undefined && l.steps.length === n,
  );
  if (whole.length > 0) {
    const score = (l: VersionAlignment['lineages'][number]) =>
      l.steps.reduce((m, s) => Math.min(m, s.similarity), 1);
    const sorted = [...whole].sort((x, y) => score(y) - score(x));
    lines.push(
      `Through every version: ${whole.length}${whole.length > LIST ? ` (the ${LIST} least changed; --format json lists all)` : ''}`,
    );
    for (const l of sorted.slice(0, LIST)) {
      const path = l.steps.map((s) => s.paragraphs.map((p) => `¶${p + 1}`).join('+')).join(' → ');
      const sims = l.steps
        .slice(1)
        .map((s) => s.similarity.toFixed(2))
        .join(' ');
      const r = l.steps[0]!.ranges[0]!;
      const open = docs[0]!.text.slice(r.start, Math.min(r.end, r.start + 24)).replace(/\s+/g, ' ');
      lines.push(`  ${path}  ${sims}  “${open}${r.end - r.start > 24 ? '…' : ''}”`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The lineages with the versions they refer to; per step only the summary of each alignment. */
function json(
  result: VersionAlignment,
  docs: ReadonlyArray<{ display: string; text: string; encoding: string }>,
): string {
  const out = {
    versions: docs.map((d) => ({ name: d.display, length: d.text.length, encoding: d.encoding })),
    steps: result.alignments.map((al, k) => ({
      from: k,
      to: k + 1,
      similarity: al.similarity,
      stats: al.stats,
      ...(al.degraded === undefined ? {} : { degraded: al.degraded }),
    })),
    lineages: result.lineages,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
