// `--reference <file|folder>`: texts of the same kind (last year's reports, other pages of the site)
// that attest joins across a paragraph break (options.reference in scan/clean). The strongest single
// lever on the junction rules (README, Repair: quality). A file never serves as its own reference.
import { type Context, UsageError } from './context.js';
import { collectInputs, type InputFile, load } from './io.js';

export interface Reference {
  /** the reference texts for one input: all of them but the input itself */
  for(input: InputFile): string[];
}

export async function loadReference(
  args: readonly string[] | undefined,
  ctx: Context,
  encoding: string | undefined,
  extensions?: readonly string[],
): Promise<Reference | undefined> {
  if (!args || args.length === 0) return undefined;
  if (args.includes('-')) throw new UsageError('--reference reads files or folders, not stdin');
  const files = await collectInputs(args, ctx, extensions);
  const texts: Array<{ abs: string | undefined; text: string }> = [];
  for (const file of files) texts.push({ abs: file.abs, text: (await load(file, ctx, encoding)).text });
  return {
    for: (input) => texts.filter((t) => t.abs === undefined || t.abs !== input.abs).map((t) => t.text),
  };
}
