// boilerplate: page and site chrome. Three sources of evidence: the built-in patterns (data, in
// boilerplate-patterns.ts), the caller's extra patterns, and paragraphs that a corpus index saw in many
// documents. Paragraph-level matches must cover a whole short paragraph, so body text that merely
// mentions 来源 or 编辑 is never touched; inline markers (（上接第1版）, 【字体: 大 中 小】) are cut out wherever
// they are.

import { HAS_HAN } from '../text/chars.js';
import { BUILTIN_PATTERNS, type BuiltinPattern, foldChrome, LEADING_STAMP } from './boilerplate-patterns.js';
import { quote, type ScanContext } from './context.js';
import { htmlEntities } from './entities.js';
import { htmlTags } from './html-tags.js';
import { blockKey } from './keys.js';
import type { Finding } from './types.js';

/**
 * Chrome that stands in the flow of an article the way a printed page's number does: a site's pager, an
 * ad slot, a photo with its caption, a fold (展开全文). A sentence that stops open right before it goes on after it
 * (junctions.ts), so the cut is a split, not a truncation (…高质量发展扎实 | 上一页 1 2 3 下一页 | 推进…).
 */
const BREAKS_FLOW = new Set(['pager', 'ad-slot', 'photo-credit', 'fold']);

/** What a line must hold for the patterns written for one script (BuiltinPattern.script). */
const HAS_LATIN = /[A-Za-z]/;

/**
 * Which built-in patterns may match in `s` (a line, or the whole text for inline markers): a pattern
 * written for one script only where `s` holds it — an English-only expression is never compiled or run
 * for a Chinese page. Two native scans of `s`.
 */
function scriptFilter(s: string): (bp: BuiltinPattern) => boolean {
  const latin = HAS_LATIN.test(s);
  const han = HAS_HAN.test(s);
  return (bp) => (bp.script !== 'latin' || latin) && (bp.script !== 'han' || han);
}

/** The first pattern that covers the whole line. */
function matching(patterns: readonly BuiltinPattern[], line: string): BuiltinPattern | undefined {
  const fits = scriptFilter(line);
  for (const bp of patterns) if (fits(bp) && wholeMatch(bp.pattern, line)) return bp;
  return undefined;
}

/** Chrome lines are short: longer paragraphs are never tested against paragraph patterns. */
const MAX_CHROME = 200;

/**
 * The text of a chrome line inside Markdown or HTML wrapping: **来源：新华社**, > 责任编辑：王五,
 * <p>来源：新华社</p>, [分享到微博](https://…). Undefined when nothing wraps it. Plain string checks, no
 * expression: the wrappers are few and fixed.
 */
export function unwrap(s: string): string | undefined {
  let t = s;
  if (t.startsWith('>')) t = t.slice(1).trimStart();
  const link = /^\[([^\]]{1,80})\]\(\S{0,500}\)$/.exec(t);
  if (link) t = link[1] as string;
  for (const mark of ['***', '**', '__', '*', '_']) {
    if (t.length > 2 * mark.length && t.startsWith(mark) && t.endsWith(mark)) {
      t = t.slice(mark.length, t.length - mark.length);
      break;
    }
  }
  const tag = /^<(p|span|div|strong|em|b|i|h[1-6])(?:\s[^<>]{0,120})?>([^<>]{1,200})<\/\1>$/i.exec(t);
  if (tag) t = tag[2] as string;
  // HTML the scraper left (2025-03-05 11:20&nbsp;&nbsp;来源：…, <p><span …>责任编辑：…</span></p>): the line
  // as a browser shows it — references decoded, layout tags gone (mojibake reports both).
  if (t.includes('&') || t.includes('<')) t = rendered(t);
  t = t.trim();
  return t === s || t.length === 0 ? undefined : t;
}

function rendered(s: string): string {
  let out = s;
  for (const h of htmlEntities(s).reverse()) out = out.slice(0, h.start) + h.decoded + out.slice(h.end);
  for (const h of htmlTags(out).reverse()) if (h.layout) out = out.slice(0, h.start) + out.slice(h.end);
  return out.replace(/\u00a0/g, ' ');
}

function wholeMatch(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  const m = re.exec(s);
  return m !== null && m.index === 0 && m[0].length === s.length;
}

function countFields(re: RegExp, s: string): { count: number; first: number } {
  re.lastIndex = 0;
  let count = 0;
  let first = -1;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    if (first < 0) first = m.index;
    count++;
    if (m[0].length === 0) re.lastIndex++;
  }
  return { count, first };
}

export function boilerplate(ctx: ScanContext): Finding[] {
  const { text, paragraphs, options } = ctx;
  const out: Finding[] = [];
  const removed = new Uint8Array(paragraphs.length);

  // Corpus chrome is compared under numeral-masked keys, as the corpus counts it (第1版 and 第2版 are
  // the same line), against the paragraph keys scan already computed.
  const corpusKeys = new Set<number>();
  if (options.corpus) {
    const list = options.corpus.boilerplate(
      options.corpusMinDocs === undefined ? {} : { minDocs: options.corpusMinDocs },
    );
    for (const b of list) {
      if (typeof b?.text !== 'string') continue;
      const k = blockKey(b.text, 0, b.text.length);
      if (k.length > 0) corpusKeys.add(k.masked);
    }
  }
  const custom = options.boilerplate.map((p) => ({
    id: p.id ?? 'custom',
    scope: p.scope ?? 'paragraph',
    re:
      typeof p.pattern === 'string'
        ? null
        : new RegExp(
            p.pattern.source,
            p.pattern.flags.includes('g') ? p.pattern.flags : `${p.pattern.flags}g`,
          ),
    exact: typeof p.pattern === 'string' ? p.pattern.trim() : null,
  }));

  const paragraphPatterns = BUILTIN_PATTERNS.filter((p) => p.scope === 'paragraph');
  const fieldPatterns = BUILTIN_PATTERNS.filter((p) => p.scope === 'fields');

  const pageNumber = new Uint8Array(paragraphs.length);
  const flag = (i: number, what: string, confidence: number) => {
    const p = paragraphs[i];
    if (!p) return;
    removed[i] = 1;
    ctx.claimed[i] = 1;
    out.push(
      ctx.finding({
        rule: 'boilerplate',
        confidence,
        start: p.start,
        end: p.end,
        message: `Boilerplate ${what}: ${quote(p.text)}`,
        fix: [{ ...ctx.removal(i, i), text: '' }],
      }),
    );
  };

  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.end - p.start > MAX_CHROME) continue;
    // Full-width forms and traditional characters are folded for matching (１２８条评论, 責任編輯：).
    const raw = foldChrome(p.text);
    // The same line wrapped in Markdown or HTML is tested without the wrapping, by every check below.
    let bp = matching(paragraphPatterns, raw);
    const inner = bp ? undefined : unwrap(raw);
    const s = inner ?? raw;
    if (!bp && inner !== undefined) bp = matching(paragraphPatterns, s);
    let hit: string | null = bp ? bp.what : null;
    if (bp?.id === 'page-number') pageNumber[i] = 1;
    if (bp && BREAKS_FLOW.has(bp.id)) ctx.pageBreaks[i] = 1;
    if (!hit && s.indexOf('。') < 0) {
      for (const fp of fieldPatterns) {
        // Two fields open the line (发布时间:… 来源:…), or a publication stamp opens it and one or more
        // fields follow (2024年03月05日 08:30 来源：人民网).
        const stamp = LEADING_STAMP.exec(s);
        const rest = stamp ? s.slice(stamp[0].length) : s;
        const { count, first } = countFields(fp.pattern, rest);
        if (count >= (stamp && stamp[0].length < s.length ? 1 : 2) && first <= 1) {
          hit = fp.what;
          break;
        }
      }
    }
    if (!hit && custom.length > 0) {
      // The caller's patterns see the line as written, not folded.
      const u = raw === p.text ? s : (unwrap(p.text) ?? p.text);
      for (const c of custom) {
        if (c.scope !== 'paragraph') continue;
        if ((c.exact !== null && c.exact === u) || (c.re && wholeMatch(c.re, u))) {
          hit = `(pattern ${c.id})`;
          break;
        }
      }
    }
    if (!hit && /[【[]/.test(s)) {
      // A line made only of inline widgets (【打印本页】【关闭窗口】) goes as a whole.
      let rest = s;
      for (const bp of BUILTIN_PATTERNS) if (bp.scope === 'inline') rest = rest.replace(bp.pattern, '');
      if (rest.trim().length === 0) hit = 'widget bar';
    }
    if (hit) {
      flag(i, hit, 0.9);
      continue;
    }
    if (corpusKeys.size > 0 && corpusKeys.has(ctx.keys[i]!.masked)) {
      flag(i, 'paragraph seen in many corpus documents', 0.85);
    }
  }

  runningHeads(ctx, pageNumber, removed, flag);

  // Inline markers: each expression runs once over the whole text (every one opens on a bracket, which
  // the expression engine finds fast); one written for a script the text does not hold, not at all.
  const fits = scriptFilter(text);
  const inline: Array<{ re: RegExp; what: string }> = BUILTIN_PATTERNS.filter(
    (p) => p.scope === 'inline' && fits(p),
  ).map((p) => ({ re: p.pattern, what: p.what }));
  for (const c of custom)
    if (c.scope === 'inline' && c.re) inline.push({ re: c.re, what: `(pattern ${c.id})` });
  for (const { re, what } of inline) {
    const hits: Array<[number, string]> = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex++;
      else hits.push([m.index, m[0]]);
    }
    let prevEnd = -1;
    for (const [start, match] of hits) {
      const end = start + match.length;
      if (start < prevEnd) continue;
      prevEnd = end;
      const i = ctx.doc.paragraphAt(start);
      if (i >= 0 && removed[i]) continue;
      const p = i >= 0 ? paragraphs[i] : undefined;
      if (p && p.start === start && p.end === end) {
        flag(i, what, 0.95);
        continue;
      }
      // Remove the marker and the spaces right after it, so no gap is left behind — or, when it ends its
      // line (…by June. (Reporting by …)), the spaces before it, so no line ends in a space.
      let cut = end;
      while (cut < text.length && (text.charCodeAt(cut) === 0x20 || text.charCodeAt(cut) === 0x3000)) cut++;
      if (p && cut > p.end) cut = p.end;
      let from = start;
      if (p && cut === p.end)
        while (from > p.start && (text.charCodeAt(from - 1) === 0x20 || text.charCodeAt(from - 1) === 0x3000))
          from--;
      out.push(
        ctx.finding({
          rule: 'boilerplate',
          confidence: 0.9,
          start,
          end,
          message: `Boilerplate ${what}: ${quote(match)}`,
          fix: [{ start: from, end: cut, text: '' }],
        }),
      );
    }
  }
  return out;
}

/** A running head or foot is short: a title, a chapter name, a line of the cover. */
const MAX_RUNNING_HEAD = 40;
/**
 * A running head and its page number on one line: the number after a bar or a wide gap, or before one;
 * the number may be written as a page (Annual Report 2023    Page 3 of 12: after the word, one space will do).
 */
const INLINE_PAGE_AFTER =
  /^(?<head>\S.*?)(?:(?:\s*[|｜•·]\s*|\s{2,}|\t)(?:page\s+)?|\s+page\s+)(?<n>[0-9]{1,4})(?:\s+of\s+[0-9]{1,4})?$/iu;
const INLINE_PAGE_BEFORE =
  /^(?:page\s+)?(?<n>[0-9]{1,4})(?:\s+of\s+[0-9]{1,4})?(?:\s*[|｜•·]\s*|\s{2,}|\t)(?<head>\S.*)$/iu;
/**
 * Whether numbers found at paragraphs i (in text order) count pages: each one or two more than the one
 * before (a blank page, a plate between), at least `minGap` paragraphs after it (a page holds text).
 */
function risingPages(pages: readonly { i: number; n: number }[], minGap: number): boolean {
  for (let k = 1; k < pages.length; k++) {
    const step = pages[k]!.n - pages[k - 1]!.n;
    if (step < 1 || step > 2 || pages[k]!.i - pages[k - 1]!.i < minGap) return false;
  }
  return true;
}
/** A line that is only a whole number (a page number, or a table cell, or a list's number). */
const BARE_NUMBER = /^\s*[0-9]{1,4}\s*$/;

/**
 * Running heads and feet of a PDF extraction: the same short line next to two or more page numbers
 * (— 2 — / 政府工作报告 / … / — 3 — / 政府工作报告). Only the copies that touch a page number go, so the
 * title the head repeats stays where it opens the document. A bare number (2 / 政府工作报告) counts as a
 * page number only so: next to the same short line as another bare number, the numbers rising by one or
 * two in the order of the text — a table's column of figures or a list's numbers stay.
 */
function runningHeads(
  ctx: ScanContext,
  pageNumber: Uint8Array,
  removed: Uint8Array,
  flag: (i: number, what: string, confidence: number) => void,
): void {
  const { paragraphs } = ctx;
  const headKey = (j: number): string | undefined => {
    const p = paragraphs[j];
    if (!p || removed[j] || p.end - p.start > MAX_RUNNING_HEAD || BARE_NUMBER.test(p.text)) return undefined;
    const key = p.text.trim();
    return key.length === 0 ? undefined : key;
  };
  // Bare numbers beside the same short line, rising by one or two: page numbers.
  const bare = new Map<string, number[]>();
  for (let i = 0; i < paragraphs.length; i++) {
    if (removed[i] || !BARE_NUMBER.test(paragraphs[i]!.text)) continue;
    for (const key of new Set([headKey(i - 1), headKey(i + 1)])) {
      if (key === undefined) continue;
      const list = bare.get(key) ?? [];
      if (list[list.length - 1] !== i) list.push(i);
      bare.set(key, list);
    }
  }
  for (const list of bare.values()) {
    if (
      list.length < 2 ||
      !risingPages(
        list.map((i) => ({ i, n: Number(paragraphs[i]!.text) })),
        3,
      )
    )
      continue;
    // The series goes on where a page has no head beside its number (the last page, a blank one).
    const value = (i: number) => Number(paragraphs[i]!.text);
    for (let i = list[list.length - 1]! + 3; i < paragraphs.length; i++) {
      const last = list[list.length - 1]!;
      if (i - last < 3 || removed[i] || !BARE_NUMBER.test(paragraphs[i]!.text)) continue;
      const step = value(i) - value(last);
      if (step >= 1 && step <= 2) list.push(i);
    }
    for (let i = list[0]! - 3; i >= 0; i--) {
      const first = list[0]!;
      if (first - i < 3 || removed[i] || !BARE_NUMBER.test(paragraphs[i]!.text)) continue;
      const step = value(first) - value(i);
      if (step >= 1 && step <= 2) list.unshift(i);
    }
    for (const i of list) {
      if (removed[i]) continue;
      flag(i, 'page number', 0.85);
      pageNumber[i] = 1;
    }
  }
  // A running head that carries its page number on its own line, set off by a bar or a wide gap
  // (State of the Union Address 2024 | 3, 政府工作报告　　5): the same text on two lines or more, the
  // numbers rising by one or two in the order of the text. (Chapter 1 / Chapter 2 have no bar or gap.)
  const inline = new Map<string, { i: number; n: number }[]>();
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (removed[i] || p.end - p.start > MAX_CHROME) continue;
    // a wide gap between head and number counts as one space (a PDF sets them at the two margins)
    const line = p.text.trim();
    if (line.replace(/\s{2,}/g, ' ').length > MAX_RUNNING_HEAD + 16) continue;
    const m = INLINE_PAGE_AFTER.exec(line) ?? INLINE_PAGE_BEFORE.exec(line);
    if (!m) continue;
    const head = (m.groups!.head ?? '').trim();
    if (!/\p{L}/u.test(head)) continue;
    const list = inline.get(head) ?? [];
    list.push({ i, n: Number(m.groups!.n) });
    inline.set(head, list);
  }
  for (const list of inline.values()) {
    if (list.length < 2 || !risingPages(list, 2)) continue;
    for (const { i } of list) {
      flag(i, 'running head', 0.85);
      ctx.pageBreaks[i] = 1;
    }
  }
  const byText = new Map<string, Set<number>>();
  for (let i = 0; i < paragraphs.length; i++) {
    if (!pageNumber[i]) continue;
    for (const j of [i - 1, i + 1]) {
      const key = headKey(j);
      if (key === undefined) continue;
      const set = byText.get(key) ?? new Set<number>();
      set.add(j);
      byText.set(key, set);
    }
  }
  // The document's title, where it opens the text: a running head repeats it, so one copy beside a
  // single page number is a running head too (政府工作报告 | … | — 2 — | 政府工作报告 | 产业蓬勃发展…).
  let first = 0;
  while (first < paragraphs.length && (removed[first] || paragraphs[first]!.text.trim() === '')) first++;
  const title = headKey(first);
  for (const [key, set] of byText) {
    if (set.size < 2 && (key !== title || set.has(first))) continue;
    for (const j of [...set].sort((a, b) => a - b)) {
      if (removed[j]) continue;
      flag(j, 'running head', 0.85);
      ctx.pageBreaks[j] = 1;
    }
  }
  for (let i = 0; i < paragraphs.length; i++) if (pageNumber[i]) ctx.pageBreaks[i] = 1;
}
