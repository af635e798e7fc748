// jiaokan report <files|dirs…> --out report.html: one self-contained page for a corpus: per-file findings
// highlighted in the text, near-duplicate clusters, boilerplate.
import path from 'node:path';
import type { Finding } from '../detect/types.js';
import { type ReportFile, renderCorpusReport } from '../report/corpus.js';
import { COMMON, number, parse } from './args.js';
import { type Context, EXIT_ERROR, EXIT_OK, UsageError } from './context.js';
import { collectInputs, load, writeAtomic } from './io.js';
import { progress } from './progress.js';
import { parseRuleFlags } from './rules.js';

export const help = `Usage: jiaokan report [options] <files|folders…> --out report.html

One HTML page for a corpus: the findings of every file, highlighted in its text
with their rule and message; near-duplicate clusters; boilerplate passages.
The page is self-contained (no script, no external request).

Options:
  -o, --out <file>     the HTML file to write (atomically); without it the page
                       goes to stdout, unless stdout is a terminal
  --title <text>       page title (default: "jiaokan report")
  --threshold <0..1>   near-duplicate similarity (default: 0.8)
  --min-docs <n>       files a passage must appear in to count as boilerplate (default: 3)
  --rule <id>=<level>  set a rule to off, info, warning or error (repeatable)
  --encoding <name>    force the input encoding (default: detect)
  --ext <list>         extensions read from folders (default: txt,text,md,markdown)
  -q, --quiet, --no-color, --debug, -h, --help

Exit: 0 ok; 2 usage, read, decode or write error.
`;

export const options = {
  out: { type: 'string', short: 'o' },
  title: { type: 'string' },
  threshold: { type: 'string' },
  'min-docs': { type: 'string' },
  rule: { type: 'string', multiple: true },
  encoding: { type: 'string' },
  ext: { type: 'string' },
  ...COMMON,
} as const;

export async function run(argv: string[], ctx: Context): Promise<number> {
  const { values, positionals } = parse(argv, options);
  if (values.help) {
    ctx.stdout.write(help);
    return EXIT_OK;
  }
  if (!values.out && ctx.stdout.isTTY) throw new UsageError('report writes HTML: give --out <file.html>');
  const threshold = number(values.threshold, '--threshold', { min: 0, max: 1 }) ?? 0.8;
  const minDocsFlag = number(values['min-docs'], '--min-docs', { min: 2, integer: true });
  const rules = parseRuleFlags(values.rule);
  const inputs = await collectInputs(positionals, ctx, values.ext?.split(','));

  const corpus = ctx.engine.createCorpus({ threshold });
  const files: ReportFile[] = [];
  const errors: Array<{ path: string; message: string }> = [];
  const bar = progress(ctx.stderr, inputs.length, { quiet: values.quiet });
  for (const input of inputs) {
    bar.tick(input.display);
    try {
      const file = await load(input, ctx, values.encoding);
      const findings: Finding[] = ctx.engine.scan(
        file.text,
        Object.keys(rules).length ? { rules } : undefined,
      );
      corpus.add(input.display, file.text);
      files.push({ path: input.display, text: file.text, findings, encoding: file.encoding });
    } catch (error) {
      errors.push({ path: input.display, message: (error as Error).message });
      ctx.stderr.write(`jiaokan: ${(error as Error).message}\n`);
    }
  }
  bar.stop();
  const minDocs = minDocsFlag ?? Math.max(2, Math.min(3, files.length));
  const html = renderCorpusReport({
    title: values.title,
    files,
    clusters: corpus.clusters(),
    boilerplate: files.length >= 2 ? corpus.boilerplate({ minDocs }) : [],
    errors,
  });
  if (values.out) {
    const target = path.resolve(ctx.cwd, values.out);
    await writeAtomic(target, html);
    if (!values.quiet) {
      const n = files.reduce((k, f) => k + f.findings.length, 0);
      ctx.stderr.write(`jiaokan: wrote ${values.out} (${files.length} files, ${n} findings)\n`);
    }
  } else ctx.stdout.write(html);
  return errors.length ? EXIT_ERROR : EXIT_OK;
}
