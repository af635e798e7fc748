// The library functions the CLI drives, gathered behind one interface so that every command is a thin
// layer over the core (design.md: "interfaces are thin layers") and so that the binding to the real
// functions is one line per function.
import type { ChangeSet } from '../changes/index.js';
import type { Finding } from '../detect/types.js';

export type ChangeFormat = 'ansi' | 'patch' | 'critic' | 'html' | 'json';
export type RuleLevel = 'off' | 'info' | 'warning' | 'error';
export type Options = Record<string, unknown>;

export interface CleanResult {
  text: string;
  changes: ChangeSet;
  findings: Finding[];
}

export interface AddResult {
  id: string;
  exactDuplicateOf?: string;
  nearDuplicates: Array<{ id: string; similarity: number }>;
}

export interface Corpus {
  add(id: string, text: string): AddResult;
  clusters(): Array<{ representative: string; members: string[] }>;
  repeatedSpans(options: { minLength: number }): Array<{
    text: string;
    occurrences: Array<{ id: string; start: number; end: number }>;
  }>;
  boilerplate(options: { minDocs: number }): Array<{ text: string; docs: number | string[] }>;
  has(id: string): boolean;
  text(id: string): string | undefined;
  remove(id: string): boolean;
  save(path: string): unknown;
}

export interface Engine {
  scan(text: string, options?: Options): Finding[];
  clean(text: string, options?: Options): CleanResult;
  diff(a: string, b: string, options?: Options): ChangeSet;
  formatChanges(base: string, changes: ChangeSet, format: ChangeFormat, options?: Options): string;
  alignVersions(texts: string[], options?: Options): unknown;
  /** the lineage as a self-contained HTML page */
  formatLineage(lineage: unknown, texts: string[], options?: Options): string;
  createCorpus(options?: Options): Corpus;
  openCorpus(path: string, options?: Options): Corpus | Promise<Corpus>;
}

/** A core function that has not landed yet: fails loudly (exit 2) rather than pretending. */
function missing(name: string): never {
  throw new Error(`${name} is not available in this build of jiaokan`);
}

export const engine: Engine = {
  scan: () => missing('scan'),
  clean: () => missing('clean'),
  diff: () => missing('diff'),
  formatChanges: () => missing('formatChanges'),
  alignVersions: () => missing('alignVersions'),
  formatLineage: () => missing('formatLineage'),
  createCorpus: () => missing('CorpusIndex'),
  openCorpus: () => missing('CorpusIndex.open'),
};
