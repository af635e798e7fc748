// parseDocument: the one text model everything else reads. Every unit is a pair of UTF-16 offsets into
// the caller's original string (end exclusive); nothing is copied or rewritten. Paragraphs and
// sentences are computed eagerly in one linear pass; tokens lazily, per sentence, on request.

import { assertString } from './guard.js';
import { LineIndex, type Location, locate, type Position } from './lines.js';
import { type ParagraphConvention, splitParagraphs } from './paragraphs.js';
import { splitSentences } from './sentences.js';
import { type TokenizeOptions, type TokenSpan, tokenize } from './tokens.js';

export interface ParseOptions extends TokenizeOptions {
  /** Force a paragraph convention instead of detecting it. Default 'auto'. */
  paragraphs?: ParagraphConvention | 'auto';
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

export class Sentence implements Span {
  #tokens: TokenSpan[] | undefined;
  constructor(
    readonly document: Document,
    readonly start: number,
    readonly end: number,
    /** index among all sentences of the document */
    readonly index: number,
  ) {}

  get text(): string {
    return this.document.text.slice(this.start, this.end);
  }

  /** Word tokens of this sentence (Intl.Segmenter on this sentence only; cached). */
  tokens(): TokenSpan[] {
    if (!this.#tokens)
      this.#tokens = tokenize(this.document.text, this.start, this.end, this.document.tokenOptions);
    return this.#tokens;
  }
}

export class Paragraph implements Span {
  constructor(
    readonly document: Document,
    readonly start: number,
    readonly end: number,
    readonly index: number,
    /** what separated it from the previous paragraph */
    readonly breakBefore: 'start' | 'line' | 'blank',
    readonly sentences: readonly Sentence[],
  ) {}

  get text(): string {
    return this.document.text.slice(this.start, this.end);
  }
}

export class Document {
  readonly paragraphs: readonly Paragraph[];
  /** all sentences in document order (the same objects as in the paragraphs) */
  readonly sentences: readonly Sentence[];
  readonly convention: ParagraphConvention;
  readonly tokenOptions: TokenizeOptions;
  #lines: LineIndex | undefined;

  constructor(
    readonly text: string,
    options: ParseOptions = {},
  ) {
    this.tokenOptions = { locale: options.locale, segmenter: options.segmenter };
    const { convention, paragraphs } = splitParagraphs(text, options.paragraphs ?? 'auto');
    this.convention = convention;
    const paras: Paragraph[] = [];
    const all: Sentence[] = [];
    for (const p of paragraphs) {
      const own: Sentence[] = [];
      for (const s of splitSentences(text, p.start, p.end)) {
        const sentence = new Sentence(this, s.start, s.end, all.length);
        own.push(sentence);
        all.push(sentence);
      }
      paras.push(new Paragraph(this, p.start, p.end, paras.length, p.breakBefore, own));
    }
    this.paragraphs = paras;
    this.sentences = all;
  }

  /** Line index, built on first use. */
  get lines(): LineIndex {
    if (!this.#lines) this.#lines = new LineIndex(this.text);
    return this.#lines;
  }

  /** 1-based line/column of an offset. */
  position(offset: number): Position {
    return this.lines.position(offset);
  }

  /** 1-based line/column of both ends of a span. */
  locate(span: Span): Location {
    return locate(this.lines, span.start, span.end);
  }

  /** Index of the paragraph containing `offset`, or -1 when it falls between paragraphs. */
  paragraphAt(offset: number): number {
    let lo = 0;
    let hi = this.paragraphs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const p = this.paragraphs[mid] as Paragraph;
      if (offset < p.start) hi = mid - 1;
      else if (offset >= p.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }
}

/**
 * Parse `text` into paragraphs → sentences → tokens, all as offsets into `text`.
 * Never throws on content (BOM, CRLF, lone CR, NUL, lone surrogates); throws a TypeError on a non-string.
 */
export function parseDocument(text: string, options: ParseOptions = {}): Document {
  assertString(text, 'text');
  return new Document(text, options);
}
