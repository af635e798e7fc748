// Quotations a forum, a social page or a mail thread sets in the text on purpose: a reply quotes the
// post it answers under a quote header (引用 海拉尔老张 的发言：, prairie_reader wrote:) or in > lines.
// repeated-block keeps such copies; the junction rules take neither a header nor a > line for part of
// a cut sentence.

/**
 * A line that introduces a quoted copy of an earlier post: a forum's quote header (引用 海拉尔老张 的发言：,
 * 回复 草原青年 ：, 引用：), an English one (prairie_reader wrote:, On March 5, Li wrote:, Quote from X:,
 * Originally Posted by X). A reply quotes the post it answers on purpose: the copy is its context.
 */
export const QUOTE_HEADER =
  /^(?:(?:引用|回复|回覆|答复)\s*[^\s。！？，,：:][^。！？，,\n]{0,30}?\s*(?:的(?:发言|帖子|回复|评论)|于.{1,30}发表)?\s*[:：]|引用\s*[:：]|.{1,60}\b(?:wrote|writes|said|posted)\s*:|(?:quote|quoting)\b.{0,40}:|originally posted by\b.{1,40})\s*$/i;

/**
 * Whether the copy starting at paragraph i is a quotation: its first line is a Markdown or e-mail quote
 * (> …), or the line before it is a quote header (QUOTE_HEADER).
 */
export function quotedCopy(text: string, start: number): boolean {
  if (text.charCodeAt(start) === 0x3e) return true; // >
  let k = start - 1;
  while (k >= 0 && (text.charCodeAt(k) === 0x0a || text.charCodeAt(k) === 0x0d)) k--;
  if (k < 0) return false;
  // the line before: looked for back 81 code units at most (a header is short), not over the whole text
  let from = k;
  while (from > 0 && k - from <= 80 && text.charCodeAt(from - 1) !== 0x0a) from--;
  if (k + 1 - from > 80) return false;
  const line = text.slice(from, k + 1).trim();
  return QUOTE_HEADER.test(line.startsWith('>') ? line.slice(1).trim() : line);
}

/** Whether the paragraph [start, end) is a quote header line (QUOTE_HEADER). */
export function quoteHeader(text: string, start: number, end: number): boolean {
  return end - start <= 80 && QUOTE_HEADER.test(text.slice(start, end).trim());
}
