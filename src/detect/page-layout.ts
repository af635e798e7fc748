// How a page sets off its titles and headings from its running text: a story's dateline and lead label,
// a headline under a column label, Markdown headings, the page's title over its chrome or its dateline,
// an English headline under the page's chrome or at the top of the text, numbered section headings.
// The junction rules (junctions.ts) and truncated-paragraph read these: a title or heading that stops
// without a full stop is not a sentence cut short.

import type { Paragraph } from '../text/index.js';
import type { ScanContext } from './context.js';
import {
  bodyLike,
  endsOnSmallWord,
  endsOpen,
  headingLike,
  latinSpeaker,
  sectionNumbered,
} from './junction-shape.js';

/** A Markdown ATX heading (### 人民日报社论：…) is a whole unit however it ends: never the head of a cut. */
export const MARKDOWN_HEADING = /^#{1,6}[ \t]/;

/**
 * A dateline that opens a news story: 新华社北京3月5日电　…, 本报讯（记者…）…, 中新网3月5日电 …, a site's lead
 * (央视网消息（新闻联播）：…, **央视网消息**：…), and an English
 * wire's city in capitals before a dash (BEIJING — …, HONG KONG, March 5 (Xinhua) -- …). Looser than
 * LEAD_LABEL on purpose: a lead cut right after or inside its label (**央视网消息**（新闻联 | …) still sets
 * off the title over it (with LEAD_LABEL instead, short-article held-out split 0.860 → 0.849).
 */
export const DATELINE_OPEN =
  /^(?:.{0,8}新华社|本报讯|.{1,16}[讯电][(（\s]|.{1,16}消息\**\s*[(（:：]|[A-Z][A-Z .'-]{2,30}(?:,\s*[A-Z][a-z]+\.?\s*[0-9]{1,2})?\s*(?:\([^)\n]{1,30}\)\s*)?(?:—|–|--|-)\s)/;

/**
 * A headline under a column label (观察｜“人工智能+”来了,AI如何赋能千行百业, 两会·声音｜代表委员热议，…): a
 * short label (no punctuation but ·) and a bar open a line with no sentence end. Where a page sets a
 * headline so, the line is a title wherever it stands, not a sentence cut after its comma.
 */
const COLUMN_LABEL = /^[\u4e00-\u9fff·]{2,8}\s?[｜|]\s?\S/;
export function labelledHeadline(text: string, p: Paragraph): boolean {
  if (p.end - p.start > 60) return false;
  const s = text.slice(p.start, p.end);
  return COLUMN_LABEL.test(s) && !/[。！？!?]/.test(s);
}

/**
 * A news story's lead opens with its source label and a colon or a bracketed note after it
 * (**央视网消息**（新闻联播）：…, 中新网消息：…, 本报讯（记者 李明）…): what follows is the story's
 * first sentence, running text however short and bare. The label must be followed by text at once
 * (a dateline alone on its line, or with a byline after a space, is not a lead).
 */
export const LEAD_LABEL =
  /^(?:\*\*)?[^\s，。：:*（(]{1,12}(?:消息|讯|电)(?:\*\*)?(?:[（(][^（）()\n]{1,24}[）)][：:]?|[：:])(?=\S)/;

/**
 * A Markdown page marks its headings: ATX headings (### …) and lines set in bold as a whole
 * (**南方五省区新能源发电量单日首破10亿千瓦时**).
 */
const MARKED_LINE = /^(?:#{1,6}[ \t]|\*\*[^*\n]+\*\*$)/;

/**
 * Whether the document marks its headings (Markdown): at least three marked lines, and at least three
 * times as many as the unmarked lines that stop open without body punctuation (a few of those are the
 * cut sentences themselves). Where it does, an unmarked line that stops open is not a heading of the
 * page but the first words of a cut sentence (为期40天的全国春运昨天（ | **南方五省区…**): it is
 * reported as truncated when the next paragraph does not continue it — only the report, as for
 * {@link numberedHeadings}' lines; the split decision keeps a short head's threshold (weighing such
 * lines as body text made false joins across a page's own breaks).
 */
export function markedHeadings(text: string, paragraphs: readonly Paragraph[], claimed: Uint8Array): boolean {
  let marked = 0;
  let unmarked = 0;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const P = paragraphs[pi]!;
    if (claimed[pi]) continue;
    const line = text.slice(P.start, Math.min(P.end, P.start + 200));
    if (MARKED_LINE.test(P.end - P.start <= 200 ? line : line.slice(0, 8))) marked++;
    else if (endsOpen(text, P) && !bodyLike(text, P) && !LEAD_LABEL.test(line)) unmarked++;
  }
  return marked >= 3 && marked >= 3 * unmarked;
}

/**
 * The page's title: its first paragraph that is not chrome, with no sentence end inside, when the page
 * sets it off from the story — a metadata or tool line right under it (来源：…, Source: Xinhua | …,
 * Share | Print | Close) or a story that opens with a dateline. A headline with a comma
 * (政府工作报告：针对企业生产经营困难加剧，加大纾困支持力度) is then never a cut sentence. -1 if none.
 */
export function pageTitle(text: string, paragraphs: readonly Paragraph[], claimed: Uint8Array): number {
  let i = 0;
  while (i < paragraphs.length && claimed[i]) i++;
  const P = paragraphs[i];
  if (P === undefined || P.end - P.start > 60 || /[。！？!?]/.test(text.slice(P.start, P.end))) return -1;
  if (claimed[i + 1]) return i;
  const next = paragraphs[i + 1];
  return next !== undefined && DATELINE_OPEN.test(text.slice(next.start, next.start + 24)) ? i : -1;
}

/**
 * An English headline set under the page's chrome (r/China_Economy | Posted by u/… 5 hr. ago | China
 * sets 2025 growth target of around 5 percent, keeps…): among the page's first paragraphs, the first
 * one that stays right after one that clean() removes, in Latin script from a capital, with no
 * sentence end anywhere (English headlines have none), over a paragraph that has one. -1 if none.
 */
export function chromeHeadline(text: string, paragraphs: readonly Paragraph[], claimed: Uint8Array): number {
  for (let i = 1; i < Math.min(paragraphs.length - 1, 8); i++) {
    if (claimed[i] || !claimed[i - 1]) continue;
    const P = paragraphs[i]!;
    const s = text.slice(P.start, P.end);
    if (s.length > 150 || !/^[A-Z][^\n]*\s/.test(s) || /[.!?。！？]/.test(s) || /[\u4e00-\u9fff]/.test(s))
      return -1;
    let k = i + 1;
    while (k < paragraphs.length && claimed[k]) k++;
    const T = paragraphs[k];
    return T && /[.!?。！？]/.test(text.slice(T.start, T.end)) ? i : -1;
  }
  return -1;
}

/**
 * Whether the document numbers its headings: after its first body paragraph, at least three heading-like
 * lines (short, no full stop) open with a section number (一、 （二） 3.), and at least three
 * times as many as those that stop open without one (a few of those are the cut sentences themselves).
 * A line with a comma inside is running text, not an unnumbered heading, and is not counted (counted,
 * two cut lines with commas in a report of a few numbered headings hid all its cuts: congress split
 * tuned 0.802/0.863 → 0.814/0.864, truncated held out 0.908/0.930 → 0.915/0.930; gov full run
 * truncated tuned 0.966/0.957 → 0.966/0.954, held out 0.944/0.941 → 0.951/0.941; Hailar, news unchanged).
 * `from` is that first body paragraph, -1 when the document does not number its headings.
 */
export function numberedHeadings(
  text: string,
  paragraphs: readonly Paragraph[],
  claimed: Uint8Array,
): { from: number } {
  let first = -1;
  for (let pi = 0; pi < paragraphs.length && first < 0; pi++)
    if (!claimed[pi] && bodyLike(text, paragraphs[pi]!)) first = pi;
  if (first < 0) return { from: -1 };
  let numbered = 0;
  let unnumbered = 0;
  for (let pi = first + 1; pi < paragraphs.length; pi++) {
    const P = paragraphs[pi]!;
    if (claimed[pi] || !headingLike(text, P)) continue;
    if (sectionNumbered(text, P)) numbered++;
    else if (endsOpen(text, P) && !bodyLike(text, P)) unnumbered++;
  }
  return { from: numbered >= 3 && numbered >= 3 * unnumbered ? first : -1 };
}

/** A headline is short: a first paragraph longer than this is taken for running text. */
const MAX_TITLE = 80;
/** …unless the page sets it off (chrome under it, a dateline opening the story): then up to this. */
const MAX_SET_OFF_TITLE = 120;

/**
 * The document's English headline: its first paragraph after any chrome, in Latin script, with no
 * sentence punctuation, not stopping on a word that needs another after it (…of the, …their) and not in
 * a speaker's voice (We will…), with text after it. A scraped English article opens so (Two sessions
 * open in Beijing today) and no full stop tells it from a cut sentence; the running-English test that
 * finds cut lines elsewhere would take it for one. A headline the page sets off — chrome right under it
 * (a byline, a stamp) or a story that opens with a dateline (WASHINGTON (Reuters) -) — may be longer and
 * have a comma (Fed holds rates steady as inflation cools, signals cuts ahead); one that is not, neither.
 * Chinese titles are set off by junctions.ts (pageTitle), where a first line that stops on a comma is a
 * real cut often enough. -1 when none.
 */
export function englishHeadline(ctx: ScanContext): number {
  const { text, paragraphs } = ctx;
  let i = 0;
  while (i < paragraphs.length && (ctx.claimed[i] || ctx.pageBreaks[i])) i++;
  const p = paragraphs[i];
  if (!p || i + 1 >= paragraphs.length || p.end - p.start > MAX_SET_OFF_TITLE) return -1;
  const line = text.slice(p.start, p.end);
  if (!/^[A-Z0-9“"‘']/.test(line) || /[\u3000-\u9fff.!?;:]/.test(line)) return -1;
  if (endsOnSmallWord(text, p) || latinSpeaker(text, p)) return -1;
  let next = i + 1;
  while (next < paragraphs.length && ctx.claimed[next]) next++;
  const q = paragraphs[next];
  const setOff = next > i + 1 || (q !== undefined && DATELINE_OPEN.test(text.slice(q.start, q.start + 48)));
  if (setOff) return i;
  return p.end - p.start <= MAX_TITLE && !line.includes(',') ? i : -1;
}
