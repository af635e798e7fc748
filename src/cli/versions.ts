// jiaokan versions <v1> <v2> …: the lineage of paragraphs across several versions of a document.
import path from 'node:path';
import { COMMON, oneOf, parse } from './args.js';
import { type Context, EXIT_OK, UsageError } from './context.js';
import { loadOne } from './diff.js';
import { writeAtomic } from './io.js';

export const help = `Usage: jiaokan versions [options] <v1> <v2> [v3…]

Align successive versions (oldest first) and follow each paragraph through
them: kept, revised, moved, split, merged, added, dropped.

Options:
  -f, --format <fmt>   json or html (default: json; from --out's extension if given)
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
  const lineage = ctx.engine.alignVersions(texts, { names });
  const output =
    format === 'html'
      ? ctx.engine.formatLineage(lineage, texts, { names })
      : `${JSON.stringify(lineage, null, 2)}\n`;
  if (values.out) await writeAtomic(path.resolve(ctx.cwd, values.out), output);
  else ctx.stdout.write(output);
  return EXIT_OK;
}
