// jiaokan dedupe <files|dirs…>: near-duplicate clusters and repeated spans over a corpus; with --index the
// persistent index is opened (or created), extended with the inputs and saved.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { COMMON, colorFlag, number, parse } from './args.js';
import { paint, wantsColor } from './color.js';
import { type Context, EXIT_ERROR, EXIT_OK, fileFailed, warnDegraded } from './context.js';
import type { AddResult, Corpus } from './engine.js';
import { collectInputs, load } from './io.js';
import { progress } from './progress.js';

export const help = `Usage: jiaokan dedupe [options] <files|folders…>

Find exact and near-duplicate documents (clusters) and passages repeated across
documents.

Options:
  --threshold <0..1>   similarity at which two documents are near-duplicates (default: 0.8)
  --min-span <n>       shortest repeated span reported, in characters (default: 50)
  --index <path>       open (or create) a persistent index, add the inputs, save it
  --json               one JSON object on stdout: { files, clusters, repeatedSpans }
  --encoding <name>    force the input encoding (default: detect)
  --ext <list>         extensions read from folders (default: txt,text,md,markdown)
  -q, --quiet, --no-color, --debug, -h, --help

Exit: 0 ok; 2 usage, read, decode or index error.
`;

export const options = {
  threshold: { type: 'string' },
  'min-span': { type: 'string' },
  index: { type: 'string' },
  json: { type: 'boolean' },
  encoding: { type: 'string' },
  ext: { type: 'string' },
  ...COMMON,
} as const;

const SNIPPET = 60;

export async function run(argv: string[], ctx: Context): Promise<number> {
  const { values, positionals } = parse(argv, options);
  if (values.help) {
    ctx.stdout.write(help);
    return EXIT_OK;
  }
  const threshold = number(values.threshold, '--threshold', { min: 0, max: 1 }) ?? 0.8;
  const minLength = number(values['min-span'], '--min-span', { min: 1, integer: true }) ?? 50;
  const inputs = await collectInputs(positionals, ctx, values.ext?.split(','));
  const indexPath = values.index === undefined ? undefined : path.resolve(ctx.cwd, values.index);
  // an existing index keeps the parameters it was built with; --threshold must then agree with them
  const corpus: Corpus =
    indexPath && existsSync(indexPath)
      ? await ctx.engine.openCorpus(indexPath, values.threshold === undefined ? undefined : { threshold })
      : ctx.engine.createCorpus({ threshold });

  const bar = progress(ctx.stderr, inputs.length, { quiet: values.quiet || values.json });
  const added: AddResult[] = [];
  let unchanged = 0;
  let failed = false;
  for (const input of inputs) {
    bar.tick(input.display);
    try {
      const file = await load(input, ctx, values.encoding);
      // a persistent index already holding this file: skip it when unchanged, replace it when edited
      if (corpus.has(input.display)) {
        if (corpus.text(input.display) === file.text) {
          unchanged++;
          continue;
        }
        corpus.remove(input.display);
      }
      const result = corpus.add(input.display, file.text);
      warnDegraded(ctx, input.display, result.degraded);
      added.push(result);
    } catch (error) {
      failed = true;
      fileFailed(ctx, error, values.debug);
    }
  }
  bar.stop();
  if (indexPath) {
    await corpus.save(indexPath);
    if (!values.quiet) {
      ctx.stderr.write(
        `jiaokan: index ${values.index}: ${added.length} added${unchanged ? `, ${unchanged} unchanged` : ''}\n`,
      );
    }
  }

  const clusters = corpus.clusters().filter((c) => c.members.length > 1);
  const spans = corpus.repeatedSpans({ minLength });
  if (values.json) {
    ctx.stdout.write(`${JSON.stringify({ files: added, clusters, repeatedSpans: spans })}\n`);
    return failed ? EXIT_ERROR : EXIT_OK;
  }
  const p = paint(wantsColor(ctx.stdout, ctx.env, colorFlag(values)));
  const lines: string[] = [];
  const exact = added.filter((a) => a.exactDuplicateOf !== undefined);
  lines.push(p.bold(`${added.length} files, ${clusters.length} clusters, ${exact.length} exact duplicates`));
  clusters.forEach((c, i) => {
    lines.push('', p.bold(`cluster ${i + 1} (${c.members.length} files)`));
    const near = new Map<string, number>();
    for (const a of added) for (const n of a.nearDuplicates) near.set(`${a.id}\u0000${n.id}`, n.similarity);
    for (const m of c.members) {
      if (m === c.representative) {
        lines.push(`  ${m} ${p.dim('(representative)')}`);
        continue;
      }
      const s = near.get(`${m}\u0000${c.representative}`) ?? near.get(`${c.representative}\u0000${m}`);
      const dup = added.find((a) => a.id === m)?.exactDuplicateOf;
      lines.push(
        `  ${m} ${p.dim(dup ? `(exact duplicate of ${dup})` : s !== undefined ? `(${s.toFixed(2)})` : '')}`,
      );
    }
  });
  if (spans.length) {
    lines.push('', p.bold(`${spans.length} repeated spans of ${minLength}+ characters`));
    for (const s of spans.slice(0, 20)) {
      const docs = [...new Set(s.occurrences.map((o) => o.id))];
      const names = docs.slice(0, 3).join(', ') + (docs.length > 3 ? `, +${docs.length - 3}` : '');
      lines.push(`  ${s.occurrences.length}× in ${names}`, `    ${p.dim(snippet(s.text))}`);
    }
    if (spans.length > 20) lines.push(p.dim(`  … ${spans.length - 20} more (--json for all)`));
  }
  ctx.stdout.write(`${lines.join('\n')}\n`);
  return failed ? EXIT_ERROR : EXIT_OK;
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > SNIPPET ? `${flat.slice(0, SNIPPET)}…` : flat;
}
