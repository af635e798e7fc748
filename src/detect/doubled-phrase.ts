// doubled-phrase: a word or phrase written twice in a row inside a line (宣讲宣讲). The tandem repeats
// come from one linear pass (tandem.ts). Most of the work is keeping legitimate doubling alive:
//   AA / AABB reduplication (常常, 久久为功, 实实在在)      → period 1: never reported
//   verb and adjective ABAB (研究研究, 雪白雪白)            → info, low confidence, never removed
//   numbers (1111, 一个一个), ……, ——, ！！              → never reported
//   one function character or clause mark twice (的的, ，，) → reported (single-doubles.ts)
//   parallel lists (落子细、落子实、落子效)                 → not tandem repeats at all
//   English "that that", "had had"                       → info
//   V着V着 (走着走着) and a word said twice as a whole clause of speech (“加油加油！”) → info
//   English "The the" opening a sentence                → reported (the tandem pass compares exactly)
// Everything else doubled is a scraping or editing error: the second copy is removed.

import { HAS_HAN, isHan, isLatinLetter, isSpace } from '../text/chars.js';
import { quote, type ScanContext } from './context.js';
import { nameEchoes } from './name-echo.js';
import { proseLookup } from './prose-stats.js';
import { singleDouble } from './single-doubles.js';
import { spacedDoubles } from './spaced-doubles.js';
import { tandems } from './tandem.js';
import type { Finding } from './types.js';
import { wordBoundariesAt } from './words.js';

/** Two-character words that Chinese legitimately doubles as ABAB (verbs "do a bit", intensified adjectives, sounds). */
const ABAB = new Set(
  (
    '研究 讨论 商量 学习 考虑 了解 休息 打扫 收拾 锻炼 活动 准备 介绍 检查 整理 帮助 认识 交流 体验 琢磨 比较 熟悉 ' +
    '放松 思考 练习 打听 调查 关心 照顾 清理 修理 尝试 试验 表扬 庆祝 欣赏 享受 感受 观察 分析 总结 回忆 商议 合计 ' +
    '打算 溜达 暖和 凉快 高兴 舒服 热闹 轻松 明白 锻练 打扮 打听 考察 切磋 研讨 沟通 梳理 盘算 掂量 估量 比划 ' +
    '雪白 通红 冰凉 笔直 漆黑 碧绿 火红 蜡黄 滚烫 冰冷 喷香 锃亮 瓦蓝 乌黑 煞白 溜圆 粉红 鲜红 金黄 ' +
    '哗啦 叮咚 扑通 咕咚 滴答 嘀嗒 轰隆 噼啪 叮当 呼啦 扑腾 咕噜 哗拉 叽喳 嘻哈 哈哈 嘿嘿 呵呵'
  ).split(' '),
);

/**
 * Adverbs that ask for a verb's "do it a bit" ABAB form right after them: 好好宣传宣传, 再研究研究,
 * 一起讨论讨论. Official prose that doubles a word by mistake (分层分类宣讲宣讲, 加强教育教育)
 * has a noun phrase or another verb there instead, so any two-character verb after one is taken as
 * intended — the ABAB list above cannot name every verb. Single characters that also end common words
 * (先: 首先, 来: 未来, 多: 更多, 去: 过去) are left out; 再 is kept, except in 一再 and 不再.
 */
const TENTATIVE = ['好好', '一起', '稍微', '一块儿', '再'];

function afterTentative(text: string, at: number): boolean {
  for (const w of TENTATIVE) {
    if (at < w.length || !text.startsWith(w, at - w.length)) continue;
    // 再 alone only as the adverb: not the end of 一再, 不再 (一再强调强调 is a doubled word)
    if (w === '再' && at >= 2 && '一不'.includes(text[at - 2] as string)) continue;
    return true;
  }
  return false;
}

/** English words that are correctly written twice ("that that", "had had"). */
const LATIN_OK = new Set([
  'that',
  'had',
  'bye',
  'so',
  'no',
  'very',
  'really',
  'many',
  'knock',
  'ha',
  'blah',
  // reduplicatives English writes with a space (mahi mahi, chop chop, aye aye)
  'mahi',
  'chop',
  'aye',
  'pom',
  'tsk',
  'tut',
  'bling',
  'night',
]);

/**
 * English words that are now and then correctly written twice (what it is is…, what they do do…) but far
 * more often by mistake: reported, below clean()'s default threshold, so they are flagged, not removed.
 */
const LATIN_RARELY_OK = new Set(['is', 'do']);

/**
 * Short English words a scraper or a typist doubles (The The economy, In In 2024): doubled and
 * capitalized at the start of a sentence they are an error; any other capitalized word doubled there
 * is a name (Walla Walla, Sing Sing, Baden Baden).
 */
const LATIN_FUNCTION = new Set(
  (
    'the a an and or but nor in on at of to for with by from as into onto over under after before about ' +
    'it its this these those we you he she they i our your their his her my me us them there here then ' +
    'when what who which where why how if than also just only not will would can could should may might ' +
    'must shall be been are was were has have does did all any some each every more most other such'
  ).split(' '),
);

/** Characters that open each member of a parallel pair (共治共保, 大排查大化解, 不作为不敢为, 边干边学). */
const PARALLEL_MARKERS =
  '共大不创自互有无全一非半边又越可多同相亦且或时即再新真若似如任各每齐双单敢善会能要重强优精细实严高小老';

const NUMERALS = '0123456789０１２３４５６７８９〇零一二三四五六七八九十百千万亿两几';

/** Classifiers, which a numeral takes and the pair is said twice (一个一个, 一步一步, 一对一对, 两个两个). */
const CLASSIFIERS =
  '个步对把次件条张片层批家所位名年天点项座股口句页行排串滴颗粒棵朵根支只头匹双套本封首段场回遍趟代辈轮届期级种类样处笔份台辆架艘间栋块枚面幅部门道声下';

/** Interjections and speech words whose AA is said again (谢谢谢谢, 哈哈哈哈, 对对对对, 好好好好). */
const SPOKEN_AA = '谢哈嘿呵嘻啦对好是快来走行嗯啊哦噢呀';

/** Words that open on 一 without being a numeral and its classifier: never said twice as 一个一个 is. */
const YI_WORDS = new Set([
  '一些',
  '一定',
  '一直',
  '一起',
  '一切',
  '一体',
  '一致',
  '一旦',
  '一律',
  '一贯',
  '一流',
  '一系',
]);

/** Characters of the mojibake signatures (锟斤拷, 烫烫烫, 屯屯屯): their doubling is the mojibake rule's. */
const MOJIBAKE_SIGNS = '锟斤拷烫屯';

/** Spaces and the zero-width characters some sites sprinkle through a page. */
const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff]/g;

/** Clause boundary: punctuation, space, or the start of the text. */
function isBoundary(c: number): boolean {
  return !(isHan(c) || isLatinLetter(c) || (c >= 0x30 && c <= 0x39));
}

/** Characters of a unit that carry content (not spaces, punctuation or digits). */
function contentOf(unit: string): string {
  let s = '';
  for (const ch of unit) {
    const c = ch.charCodeAt(0);
    if (isHan(c) || isLatinLetter(c) || (c >= 0xd800 && c <= 0xdfff)) s += ch;
    // an apostrophe inside an English word (Let’s, nation’s) belongs to the word
    else if ((c === 0x2019 || c === 0x27) && s.length > 0 && isLatinLetter(s.charCodeAt(s.length - 1)))
      s += ch;
  }
  return s;
}

/**
 * Words a name doubles (Bora Bora, Walla Walla, New York New York): each a capital and small letters.
 * An acronym (CEOs CEOs), a word with an apostrophe (Let’s Let’s), I, or a small word among them
 * (States is States is) is no name: a doubling.
 */
function nameWords(unit: string): boolean {
  return unit
    .trim()
    .split(/\s+/)
    .every((w) => NAME_WORD.test(w));
}
const NAME_WORD = /^[A-ZÀ-Þ][a-zß-ÿ]+$/;

/**
 * Whether a unit of name words written twice is a name that doubles a word (Bora Bora, Walla Walla,
 * New York New York). Opening a sentence or a line, any name but a function word doubled there (The
 * The economy); inside a sentence, a whole name only: right after another name word (Research Projects
 * Agency Projects Agency, United States States) it is the tail of a longer name said twice — a doubling,
 * as no name repeats its tail.
 */
function doubledName(text: string, start: number, unit: string, alone: AloneCheck): boolean {
  const name = unit.trim();
  // A name the text also writes once (George Floyd's… elsewhere, America alone) is no doubled name
  if (!nameWords(name) || alone(name)) return false;
  let k = start - 1;
  while (k >= 0 && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k--;
  const c = k < 0 ? 0x0a : text.charCodeAt(k);
  if (c === 0x0a || c === 0x0d || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a)
    return name.split(/\s+/).some((w) => !LATIN_FUNCTION.has(w.toLowerCase()));
  return !nameWordBefore(text, k + 1);
}

type AloneCheck = (name: string) => boolean;

/** Distinct names looked up in one text: each lookup is a pass over the text (an adversary's thousands of doubled names would make it quadratic); past this many, a name doubled is taken as a name. */
const ALONE_LOOKUPS = 32;

/**
 * Whether the text writes `name` once somewhere — a whole word (or words) not beside another copy of
 * itself. A doubled name (Walla Walla, New York New York) is written doubled every time; a name doubled
 * by a scraper or a typist is written once everywhere else.
 */
function aloneChecker(text: string): AloneCheck {
  const memo = new Map<string, boolean>();
  return (name) => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    if (memo.size >= ALONE_LOOKUPS) return false;
    let alone = false;
    const n = name.length;
    for (let at = text.indexOf(name); at !== -1 && !alone; at = text.indexOf(name, at + 1)) {
      if (isLatinLetter(text.charCodeAt(at - 1)) || isLatinLetter(text.charCodeAt(at + n))) continue;
      const pairedAfter = text.startsWith(` ${name}`, at + n);
      const pairedBefore = at > n && text.startsWith(`${name} `, at - n - 1);
      alone = !pairedAfter && !pairedBefore;
    }
    memo.set(name, alone);
    return alone;
  };
}

/** Whether a capitalized word other than a function word (The, In) ends at `end`. */
function nameWordBefore(text: string, end: number): boolean {
  let from = end;
  while (from > 0 && isLatinLetter(text.charCodeAt(from - 1))) from--;
  const word = text.slice(from, end);
  return word.length > 0 && nameWords(word) && !LATIN_FUNCTION.has(word.toLowerCase());
}

/** Whether the unit's last code unit is a separator and no other one is (支持力度，). */
function endsOnOnlySeparator(unit: string): boolean {
  const n = unit.length;
  if (!isBoundary(unit.charCodeAt(n - 1)) || unit.charCodeAt(n - 1) === 0x20) return false;
  for (let k = 0; k < n - 1; k++) if (isBoundary(unit.charCodeAt(k))) return false;
  return true;
}

/**
 * Whether the unit is said a third time right after the pair, behind one connective (实践实践再实践,
 * 修改修改又修改): rhetoric that says a word three times, not a doubling.
 */
function thirdAfterConnective(text: string, k: number, unit: string): boolean {
  return '再又还更'.includes(text.charAt(k)) && text.startsWith(unit, k + 1);
}

/** Whether `word` is written once more at `k` (after at most one space), as a whole word. */
function thirdCopy(text: string, k: number, word: string): boolean {
  const at = text.charCodeAt(k) === 0x20 ? k + 1 : k;
  if (text.slice(at, at + word.length).toLowerCase() !== word) return false;
  return !isLatinLetter(text.charCodeAt(at + word.length));
}

/** Marks that end a clause right after a word said twice as a clause of its own (加油加油！, 快点快点，). */
const CLAUSE_END = '，,。！!？?…～~”」';

/** How far back an open quotation mark is looked for (bounded: the scan stays linear). */
const QUOTE_REACH = 200;

/** Whether `at` lies inside a “…” or 「…」 quotation opened earlier in its line. */
function inQuote(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - QUOTE_REACH; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x201c || c === 0x300c) return true; // “ 「
    if (c === 0x201d || c === 0x300d || c === 0x0a) return false; // ” 」 or the line's start
  }
  return false;
}

/**
 * A short word said twice as a whole clause of speech — inside a quotation or exclaimed (“加油加油！”,
 * “对不起对不起，我来晚了”, 快点快点！): people repeat a word so when they speak. A scraper's doubling
 * sits among other words of its clause (分层分类宣讲宣讲工作), and a connective doubled at a clause's start
 * outside speech (同时同时，) is still reported.
 */
function spokenClause(text: string, start: number, unit: string, before: number, after: number): boolean {
  if (unit.length > 3 || !isBoundary(before) || !CLAUSE_END.includes(String.fromCharCode(after)))
    return false;
  return after === 0xff01 || after === 0x21 || inQuote(text, start);
}

/**
 * Whether the four equal characters at `start` are an AA written twice where the text runs on: 谢谢谢谢,
 * 哈哈哈哈, 对对对对 (speech), a quotation, or a clause's end are someone talking.
 */
function doubledAA(text: string, start: number): boolean {
  const a = text.charAt(start);
  return (
    isHan(a.charCodeAt(0)) &&
    !SPOKEN_AA.includes(a) &&
    !MOJIBAKE_SIGNS.includes(a) &&
    isHan(text.charCodeAt(start + 4)) &&
    !inQuote(text, start)
  );
}

/** V着V着 (走着走着, 说着说着, 研究着研究着): "while doing it, …" — a construction, never a slip. */
function progressiveDouble(unit: string): boolean {
  return unit.length >= 2 && unit.length <= 3 && unit.endsWith('着');
}

/**
 * English function words doubled with a capital on the first copy only, opening a sentence (The the
 * committee, In in 2024): the tandem pass compares code units exactly, so it never sees these. Returns
 * where the first copy starts and the word's length (one space between the copies).
 */
function capitalDoubles(text: string): Array<{ start: number; length: number }> {
  const out: Array<{ start: number; length: number }> = [];
  for (const m of text.matchAll(/(^|[.!?]["”’)]?\s+|\n)([A-Z][a-z]{0,5}) ([a-z]{1,6})\b/g)) {
    const first = m[2] as string;
    if (first.toLowerCase() !== m[3] || !LATIN_FUNCTION.has(m[3] as string)) continue;
    out.push({ start: (m.index as number) + (m[1] as string).length, length: first.length });
  }
  return out;
}

/**
 * Whether the two copies are whole sentences of their paragraph, one after the other: a sentence
 * written twice in a row is repeated-block's (a repeated sentence, with its first copy as related).
 */
function wholeSentences(ctx: ScanContext, start: number, unit: number): boolean {
  if (!ctx.enabled('repeated-block')) return false;
  // a Latin copy is found with the space before it (" It is a record." twice)
  let lead = 0;
  while (lead < unit && isSpace(ctx.text.charCodeAt(start + lead))) lead++;
  const ss = ctx.paragraphs[ctx.doc.paragraphAt(start)]!.sentences;
  // binary search for a sentence starting at the copy (a long paragraph has many tandems: no scan per tandem)
  const at = start + lead;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  const s = ss[lo];
  const next = ss[lo + 1];
  if (!s || !next || s.start !== at) return false;
  return s.end === start + unit && next.start === s.end + lead && next.end === start + 2 * unit;
}

/** Segmenter calls one scan may make for one-character doublings (each ~10 µs; real text has a few). */
const SEGMENTER_CHECKS = 2000;

/** A copy of `unit` code units written twice at `start` (的的, ，，, 牢牢牢牢): the second copy goes. */
function secondCopy(
  ctx: ScanContext,
  start: number,
  unit: number,
  confidence: number,
  what: string,
): Finding {
  const copy = ctx.text.slice(start, start + unit);
  return ctx.finding({
    rule: 'doubled-phrase',
    info: false,
    confidence,
    start,
    end: start + 2 * unit,
    message: `${what}: ${quote(copy)} is written twice in a row`,
    expected: copy,
    fix: [{ start: start + unit, end: start + 2 * unit, text: '' }],
  });
}

export function doubledPhrase(ctx: ScanContext): Finding[] {
  const { text } = ctx;
  const prose = ctx.options.proseStats ? proseLookup(ctx.options.proseStats) : undefined;
  const out: Finding[] = [];
  const alone = aloneChecker(text);
  let segmenterChecks = SEGMENTER_CHECKS;
  const spendSegmenter = (): boolean => {
    if (segmenterChecks-- > 0) return true;
    ctx.degraded ??= {
      reason: 'budget',
      rule: 'doubled-phrase',
      detail: `one-character doublings stopped being judged after ${SEGMENTER_CHECKS} segmenter checks (是是 every few characters); later ones are not reported`,
    };
    return false;
  };
  for (const t of tandems(ctx)) {
    // Inside a repeated copy, a loop pass or chrome that clean() removes whole: the first copy reports it.
    if (ctx.claimed[ctx.doc.paragraphAt(t.start)] === 1) continue;
    // AAAA is found as A four times: an adverb's AA written twice (牢牢牢牢把握) unless it is speech
    if (t.unit === 1 && t.copies === 4 && doubledAA(text, t.start)) {
      out.push(secondCopy(ctx, t.start, 2, 0.72, 'Doubled phrase'));
      continue;
    }
    if (t.copies !== 2) continue;
    if (t.unit === 1) {
      const single = singleDouble(text, t.start, spendSegmenter);
      const what = single?.kind === 'mark' ? 'Doubled punctuation' : 'Doubled phrase';
      if (single) out.push(secondCopy(ctx, t.start, 1, single.confidence, what));
      continue;
    }
    if (wholeSentences(ctx, t.start, t.unit)) continue;
    const unit = text.slice(t.start, t.start + t.unit);
    const content = contentOf(unit);
    if (content.length === 0) continue; // 1111, ……, ——
    if ([...content].every((ch) => MOJIBAKE_SIGNS.includes(ch))) continue;
    if ([...content].every((ch) => NUMERALS.includes(ch))) continue;
    // Zero-width characters (U+200B–U+200D, U+2060, U+FEFF) are invisible, not punctuation: some sites
    // sprinkle them through the text, so 有效解决​有效解决 is a doubling like 有效解决有效解决.
    const hasPunct = content.length < unit.replace(INVISIBLE, '').length;
    if (hasPunct && content.length <= 2) continue; // 快，快，
    const before = t.start > 0 ? text.charCodeAt(t.start - 1) : 0x20;
    const after = t.start + 2 * t.unit < text.length ? text.charCodeAt(t.start + 2 * t.unit) : 0x20;
    // A unit holding a separator must be a whole clause (我们要，我们要，), not a slice of a parallel
    // list (乱作为、不作为、不敢为 contains 作为、不 twice). The one exception: the end of a clause
    // written again as a clause of its own (…的支持力度，支持力度，确保…) — three or more characters, and the
    // unit's only separator is its last character, so no parallel list is cut in the middle.
    const clauseEnd = hasPunct && content.length >= 3 && endsOnOnlySeparator(unit);
    if (hasPunct && !clauseEnd && (!isBoundary(before) || !isBoundary(unit.charCodeAt(unit.length - 1))))
      continue;
    let info = false;
    let confidence = 0.85;
    if (/[A-Za-z\u00c0-\u024f]/.test(content) && !HAS_HAN.test(content)) {
      // Latin: the copies must be whole words.
      const edgeOk =
        (!isLatinLetter(before) || unit.startsWith(' ')) && (!isLatinLetter(after) || unit.endsWith(' '));
      if (!edgeOk || !/\s/.test(unit)) continue;
      const word = unit.trim().toLowerCase();
      if (word.length === 0) continue;
      // A word said three times (go go go!, no no no) is emphasis; quoted or exclaimed sentences said
      // twice (“Do something.” “Do something.”) are speech; a capitalized word doubled inside a
      // sentence is a name (Bora Bora, Walla Walla, New York New York).
      if (
        LATIN_OK.has(word) ||
        /[.!?]["”’)]?$/.test(word) ||
        doubledName(text, t.start, unit, alone) ||
        thirdCopy(text, t.start + 2 * t.unit, word)
      ) {
        info = true;
        confidence = 0.3;
      } else confidence = LATIN_RARELY_OK.has(word) ? 0.6 : 0.75;
    } else if (
      thirdAfterConnective(text, t.start + 2 * t.unit, unit) ||
      (hasPunct && text.startsWith(unit.slice(0, -1), t.start + 2 * t.unit))
    ) {
      // …or a clause said a third time, ending on another mark (共产党好，共产党好，共产党好！): a chant.
      info = true;
      confidence = 0.3;
    } else if (
      content.length === unit.length &&
      (progressiveDouble(unit) || spokenClause(text, t.start, unit, before, after))
    ) {
      info = true;
      confidence = 0.3;
    } else if (content.length === 2 && unit.length === 2) {
      // AA twice is found as A four times (doubledAA), never as this tandem: 谢谢 doubled inside a longer run
      if (unit[0] === unit[1]) continue;
      // 一个一个, 一步一步, 两个两个: a numeral and its classifier. A numeral and anything else (三中三中全会,
      // 统一的一的) is no such pair, nor a word that opens on 一 (一些一些地方, 一起一起).
      if (
        NUMERALS.includes(unit[0] as string) &&
        CLASSIFIERS.includes(unit[1] as string) &&
        !YI_WORDS.has(unit)
      )
        continue;
      if (ABAB.has(unit) || afterTentative(text, t.start)) {
        info = true;
        confidence = 0.3;
      } else confidence = 0.8;
    }
    // A short unit followed by more ideographs can be the shifted view of a 共X共Y parallel: 防治共治共保
    // is 防治 + 共治共保, 产业创业创新 is 产业 + 创业创新, 排查大排查大化解 is …大排查大化解. When the unit
    // ends in such a parallel marker, it is only a note; otherwise it is flagged, at a confidence just over
    // clean()'s default threshold.
    if (!info && content.length === unit.length && t.unit <= 3 && isHan(after)) {
      // …unless the copies are whole words (千家重点耗能|耗能|企业, 。加强|加强|新型): a 共X共Y parallel
      // seen shifted starts inside the word before it (防治 → 治共|治共), so the segmenter finds no
      // boundary at its start. Two-character units only: three-character ones stay ambiguous (排查大).
      const whole = t.unit === 2 && wordBoundariesAt(text, [t.start, t.start + 2, t.start + 4]) === true;
      // Nor when a particle follows (党的二十大二十大和…): no member of a parallel opens on one.
      const particleAfter = '的和与及或了'.includes(String.fromCharCode(after));
      // Nor when the marker closes a word with the character before it (对社会|对社会, 资更多|资更多, 义伟大|
      // 义伟大: 社会, 更多, 伟大 are words — the prose table's attested bigrams), as no marker opening the
      // next member does.
      const wordEnd = t.unit === 3 && prose !== undefined && prose.bigram(unit.slice(1));
      if (
        PARALLEL_MARKERS.includes(unit[unit.length - 1] as string) &&
        !whole &&
        !particleAfter &&
        !wordEnd
      ) {
        info = true;
        confidence = 0.35;
      } else confidence = 0.72;
    }
    const second = t.start + t.unit;
    out.push(
      ctx.finding({
        rule: 'doubled-phrase',
        info,
        confidence,
        start: t.start,
        end: second + t.unit,
        message: info
          ? `Doubled phrase: ${quote(unit + unit)} may be intended reduplication`
          : `Doubled phrase: ${quote(unit)} is written twice in a row`,
        expected: unit,
        fix: info ? undefined : [{ start: second, end: second + t.unit, text: '' }],
      }),
    );
  }
  /** A copy, one separator, the same again (The the, 高质量发展 高质量发展): the separator and the second copy go. */
  const separated = (start: number, length: number, message: string) => {
    if (ctx.claimed[ctx.doc.paragraphAt(start)] === 1) return;
    const separator = start + length;
    const end = separator + 1 + length;
    const copy = text.slice(start, separator);
    out.push(
      ctx.finding({
        rule: 'doubled-phrase',
        info: false,
        confidence: 0.75,
        start,
        end,
        message: `Doubled phrase: ${quote(copy)} is written twice${message}`,
        expected: copy,
        fix: [{ start: separator, end, text: '' }],
      }),
    );
  };
  for (const d of capitalDoubles(text)) separated(d.start, d.length, ' in a row');
  for (const d of spacedDoubles(text)) {
    const unit = text.slice(d.start, d.start + d.unit);
    // AA and ABAB said twice (天天 天天, 研究研究) are reduplication; exclaimed or quoted, speech (加油 加油！)
    if (d.unit === 2 && (unit[0] === unit[1] || ABAB.has(unit))) continue;
    const after = text.charCodeAt(d.separator + 1 + d.unit);
    if (after === 0xff01 || after === 0x21 || inQuote(text, d.start)) continue;
    separated(d.start, d.unit, ', a space or an invisible character between the copies');
  }
  for (const f of nameEchoes(ctx)) out.push(f);
  return out;
}
