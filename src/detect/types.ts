// Findings are plain objects shaped like vfile messages (design.md), so the unified plugin is a thin
// adapter. Offsets are UTF-16 indices into the scanned string; line/column are 1-based.

export const RULES = [
  'repeated-block',
  'repetition-loop',
  'doubled-phrase',
  'split-paragraph',
  'truncated-paragraph',
  'displaced-fragment',
  'boilerplate',
  'mojibake',
  'unbalanced-pair',
] as const;

export type RuleId = (typeof RULES)[number];

export type Severity = 'error' | 'warning' | 'info';

export interface RelatedSpan {
  start: number;
  end: number;
  note: string;
}

export interface Fix {
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** 0..1: how sure the detector is; clean() skips findings below the configured threshold */
  confidence: number;
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** one English line naming what was found */
  message: string;
  /** the original text of the span */
  actual: string;
  /** what the span should read, when the detector knows */
  expected?: string;
  /** other spans involved, e.g. the first copy of a repeated block */
  related?: RelatedSpan[];
  /** the edits clean() applies for this finding (offsets into the scanned text) */
  fix?: Fix[];
}
