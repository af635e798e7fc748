// jiaokan versions <v1> <v2> …: the lineage of paragraphs across several versions of a document.
import path from 'node:path';
import { COMMON, oneOf, parse } from './args.js';
import { type Context, EXIT_OK, UsageError, warnDegraded } from './context.js';
import { loadOne } from './diff.js';
import { writeAtomic } from './io.js';

export const help = `Usage: jiaokan versions [options] <v1> <v2> [v3…]

Align successive versions (oldest first) and follow each paragraph through
them: kept, revised, moved, split, merged, added, dropped.

Options:
  -f, --format <fmt>   json (versions, similarity of each step, paragraph lineages)
                       or html (a table: one column per version, one row per
                       paragraph); default json, or from --out's extension
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
  let format = oneOf(values.format, '--format', ['json', 'html'] as const);
  if (!format) format = values.out && /\.html?$/i.test(values.out) ? 'html' : 'json';
  const docs = [];
  for (const arg of positionals) docs.push(await loadOne(arg, ctx, values.encoding));
  const names = docs.map((d) => d.display);
  const texts = docs.map((d) => d.text);
  const result = ctx.engine.alignVersions(texts) as VersionsResult;
  result.alignments.forEach((al, k) => {
    warnDegraded(ctx, `${names[k]} → ${names[k + 1]}`, al.degraded);
  });
  const output = format === 'html' ? ctx.engine.formatLineage(result, texts, { names }) : json(result, docs);
  if (values.out) await writeAtomic(path.resolve(ctx.cwd, values.out), output);
  else ctx.stdout.write(output);
  return EXIT_OK;
}

interface VersionsResult {
  alignments: Array<{ similarity: number; stats?: unknown; degraded?: unknown }>;
  lineages: unknown[];
}

/** The lineages with the versions they refer to; per step only the summary of each alignment. */
function json(
  result: VersionsResult,
  docs: ReadonlyArray<{ display: string; text: string; encoding: string }>,
): string {
  const out = {
    versions: docs.map((d) => ({ name: d.display, length: d.text.length, encoding: d.encoding })),
    steps: result.alignments.map((al, k) => ({
      from: k,
      to: k + 1,
      similarity: al.similarity,
      ...(al.stats === undefined ? {} : { stats: al.stats }),
      ...(al.degraded === undefined ? {} : { degraded: al.degraded }),
    })),
    lineages: result.lineages,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
