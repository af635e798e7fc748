export { isCJK, isSpace } from './chars.js';
export { Document, Paragraph, type ParseOptions, parseDocument, Sentence, type Span } from './document.js';
export { assertString } from './guard.js';
export { type Hash64, hash53, hash64, hashHex } from './hash.js';
export { LineIndex, type Location, locate, type Position } from './lines.js';
export {
  maskedKey,
  type Normalized,
  type NormalizeOptions,
  normalize,
  normalizeWithMap,
} from './normalize.js';
export { type ParagraphConvention, splitParagraphs } from './paragraphs.js';
export { splitSentences } from './sentences.js';
export { type TokenizeOptions, type TokenSpan, tokenize } from './tokens.js';
