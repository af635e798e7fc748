// What every rule reads: the text parsed ONCE, the block keys computed once, the resolved options, and
// helpers that turn spans into findings (line/column, actual text, severity from the options).

import { isLatinLetter } from '../text/chars.js';
import { type Document, type Paragraph, parseDocument } from '../text/document.js';
import { type BlockKey, blockKey } from './keys.js';
import type { ResolvedOptions } from './options.js';
import type { Finding, Fix, RelatedSpan, RuleId } from './types.js';

export interface FindingInit {
  rule: RuleId;
  /** the rule's own judgement that this is only worth a note (never applied by clean) */
  info?: boolean;
  confidence: number;
  start: number;
  end: number;
  message: string;
  expected?: string;
  related?: RelatedSpan[];
  fix?: Fix[];
}

/** Why a scan may have missed something: a rule's work budget ran out on this input. */
export interface ScanDegraded {
  reason: 'budget';
  rule: RuleId;
  /** what was cut short, for people */
  detail: string;
}

export class ScanContext {
  readonly doc: Document;
  readonly paragraphs: readonly Paragraph[];
  #keys: BlockKey[] | undefined;
  /** paragraphs already explained by an earlier rule (loop passes), which later rules leave alone */
  readonly claimed: Uint8Array;
  /**
   * Paragraphs the chrome rule took for a printed page's furniture (a page number, a running head): a
   * sentence that stops open right before them goes on after them (junctions.ts).
   */
  readonly pageBreaks: Uint8Array;
  /** set by a rule whose work budget ran out: its findings are valid but may be incomplete */
  degraded: ScanDegraded | undefined;
  /**
   * Spans the mojibake rule reported, as start/end pairs in text order: their characters are garble
   * (â€” holds a ”), not quotes or brackets for unbalanced-pair to count.
   */
  readonly garbled: number[] = [];

  constructor(
    readonly text: string,
    readonly options: ResolvedOptions,
  ) {
    this.doc = parseDocument(text);
    this.paragraphs = this.doc.paragraphs;
    this.claimed = new Uint8Array(this.paragraphs.length);
    this.pageBreaks = new Uint8Array(this.paragraphs.length);
  }

  /** Normalized keys of every paragraph, computed on first use and shared by all rules. */
  get keys(): BlockKey[] {
    if (!this.#keys) this.#keys = this.paragraphs.map((p) => blockKey(this.text, p.start, p.end));
    return this.#keys;
  }

  enabled(rule: RuleId): boolean {
    return this.options.rules[rule] !== 'off';
  }

  finding(init: FindingInit): Finding {
    // Spans never split a surrogate pair: widen to the whole code point.
    const t = this.text;
    if (
      init.start > 0 &&
      (t.charCodeAt(init.start) & 0xfc00) === 0xdc00 &&
      (t.charCodeAt(init.start - 1) & 0xfc00) === 0xd800
    )
      init = { ...init, start: init.start - 1 };
    if (
      init.end < t.length &&
      (t.charCodeAt(init.end) & 0xfc00) === 0xdc00 &&
      (t.charCodeAt(init.end - 1) & 0xfc00) === 0xd800
    )
      init = { ...init, end: init.end + 1 };
    const setting = this.options.rules[init.rule];
    const severity = init.info || setting === 'off' ? 'info' : setting;
    const loc = this.doc.locate(init);
    const f: Finding = {
      rule: init.rule,
      severity,
      confidence: Math.round(Math.max(0, Math.min(1, init.confidence)) * 1000) / 1000,
      start: init.start,
      end: init.end,
      line: loc.line,
      column: loc.column,
      endLine: loc.endLine,
      endColumn: loc.endColumn,
      message: init.message,
      actual: this.text.slice(init.start, init.end),
    };
    if (init.expected !== undefined) f.expected = init.expected;
    if (init.related && init.related.length > 0) f.related = init.related;
    if (init.fix && init.fix.length > 0) f.fix = init.fix;
    return f;
  }

  /**
   * The range to delete to remove paragraphs i..j with the break before them (so the text around
   * closes up with its own separator); for the first paragraph, the break after it goes instead.
   */
  removal(i: number, j: number): { start: number; end: number } {
    const ps = this.paragraphs;
    const last = ps[j] as Paragraph;
    if (i > 0) return { start: (ps[i - 1] as Paragraph).end, end: last.end };
    const next = ps[j + 1];
    return { start: (ps[i] as Paragraph).start, end: next ? next.start : last.end };
  }
}

/** A short quote of a span for messages. */
/**
 * `at` moved back to the start of the Latin word it falls inside (at most `reach` code units), so that
 * a quoted ending reads "our power", not "ur power"; unchanged between ideographs.
 */
export function wordStartBefore(text: string, at: number, floor: number, reach = 12): number {
  let k = at;
  while (
    k > floor &&
    at - k < reach &&
    isLatinLetter(text.charCodeAt(k - 1)) &&
    isLatinLetter(text.charCodeAt(k))
  )
    k--;
  return isLatinLetter(text.charCodeAt(k - 1)) && isLatinLetter(text.charCodeAt(k)) ? at : k;
}

/** `at` moved forward to the end of the Latin word it falls inside (at most `reach` code units). */
export function wordEndAfter(text: string, at: number, ceiling: number, reach = 12): number {
  let k = at;
  while (
    k < ceiling &&
    k - at < reach &&
    isLatinLetter(text.charCodeAt(k - 1)) &&
    isLatinLetter(text.charCodeAt(k))
  )
    k++;
  return isLatinLetter(text.charCodeAt(k - 1)) && isLatinLetter(text.charCodeAt(k)) ? at : k;
}

export function quote(text: string, max = 24): string {
  const t = (text.length > max * 4 ? text.slice(0, max * 4) : text).replace(/\s+/g, ' ').trim();
  if (t.length <= max) return `“${t}”`;
  let cut = max;
  const c = t.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return `“${t.slice(0, cut)}…”`;
}
