// The library functions the CLI drives, gathered behind one interface so that every command is a thin
// layer over the core (design.md: "interfaces are thin layers") and so that the binding to the real
// functions is one line per function.
import type { ChangeSet } from '../changes/index.js';
import {
  alignVersions,
  type ChangeFormat,
  type CleanResult,
  CorpusIndex,
  clean,
  diff,
  formatChanges,
  type ScanResult,
  scan,
  type VersionAlignment,
} from '../index.js';
import { renderLineage } from '../report/lineage.js';

export type { BlockOp, ChangeFormat, CleanResult, VersionAlignment } from '../index.js';
export type RuleLevel = 'off' | 'info' | 'warning' | 'error';
export type Options = Record<string, unknown>;

export interface AddResult {
  id: string;
  exactDuplicateOf?: string;
  nearDuplicates: Array<{ id: string; similarity: number }>;
  degraded?: { reason: string; level: string };
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
  scan(text: string, options?: Options): ScanResult;
  clean(text: string, options?: Options): CleanResult;
  diff(a: string, b: string, options?: Options): ChangeSet;
  formatChanges(base: string, changes: ChangeSet, format: ChangeFormat, options?: Options): string;
  alignVersions(texts: string[], options?: Options): VersionAlignment;
  /** the lineage as a self-contained HTML page */
  formatLineage(lineage: VersionAlignment, texts: string[], options?: Options): string;
  createCorpus(options?: Options): Corpus;
  openCorpus(path: string, options?: Options): Corpus | Promise<Corpus>;
}

export const engine: Engine = {
  scan: (text, options) => scan(text, options),
  clean: (text, options) => clean(text, options),
  diff: (a, b, options) => diff(a, b, options),
  formatChanges: (base, changes, format, options) => formatChanges(base, changes, format, options),
  alignVersions: (texts, options) => alignVersions(texts, options),
  formatLineage: (lineage, texts, options) => renderLineage(lineage, texts, options),
  createCorpus: (options) => new CorpusIndex(options),
  openCorpus: (path, options) => CorpusIndex.open(path, options),
};
