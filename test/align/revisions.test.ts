import { describe, expect, it } from 'vitest';
import { align, similarity } from '../../src/align/align.js';
import { diff } from '../../src/align/diff.js';
import { applyChanges } from '../../src/changes/index.js';
import { formatChanges } from '../../src/format/index.js';
import { checkAlignment } from './helpers.js';

// Revision pairs built by hand from the 2024 government work report (session alprobe): what a user
// comparing this year's report with last year's, or two scrapes of one article, meets.

const S = [
  '六是全面加强政府建设，大力提升治理效能。',
  '坚定维护以习近平同志为核心的党中央权威和集中统一领导，当好贯彻党中央决策部署的执行者、行动派、实干家。',
  '深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育。',
  '坚持把政治建设摆在首位，全面提高政府履职能力。',
  '提请全国人大常委会审议法律议案10件，制定修订行政法规25部，实施提升行政执法质量三年行动。',
];
const [s0, s1, s2, s3, s4] = S as [string, string, string, string, string];
const plain = (a: string, b: string) => formatChanges(a, diff(a, b), 'ansi', { color: false });

describe('revision pairs: a sentence moved across a split or merge', () => {
  // A paragraph split in two with a sentence moved into the new paragraph once gave the move's insert
  // half the paragraph break too ("\n\n坚定…" against the delete half's "坚定…"): the halves of one move
  // differed, and ansi / critic showed one insertion spanning the break. The break is its own change.
  it.each([
    [
      'split, the sentence opens the second part',
      s0 + s1 + s2 + s3 + s4,
      `${s0}${s2}\n\n${s1}${s3}${s4}`,
      'split',
      s1,
    ],
    [
      'merge, the sentence had opened the second part',
      `${s0}${s2}\n\n${s1}${s3}${s4}`,
      s0 + s1 + s2 + s3 + s4,
      'merge',
      s2,
    ],
    [
      'split, the sentence moved to the end',
      s0 + s1 + s2 + s3 + s4,
      `${s0}${s2}${s3}\n\n${s4}${s1}`,
      'split',
      s1,
    ],
  ])('%s: both move halves carry exactly the moved sentence', (_n, a, b, op, s) => {
    const al = align(a, b);
    checkAlignment(a, b, al);
    expect(al.blocks.map((x) => x.op)).toEqual([op]);
    const cs = diff(a, b);
    expect(applyChanges(a, cs)).toBe(b);
    const moved = cs.changes.filter((c) => c.moveId !== undefined);
    expect(moved.map((c) => c.op).sort()).toEqual(['delete', 'insert']);
    for (const c of moved) expect(c.before + c.after).toBe(s);
    // the paragraph break is a change of its own, without a move link
    const breaks = cs.changes.filter((c) => c.moveId === undefined);
    expect(breaks.map((c) => c.before + c.after)).toEqual(['\n\n']);
    expect(plain(a, b)).toContain(`{+${s}+}`);
  });

  it('a moved paragraph keeps the line breaks beside it in its halves (unchanged)', () => {
    const a = '甲段落一些文字。\n\n乙段落另外文字。\n\n丙段落更多文字。\n\n丁段落最后文字。';
    const b = '甲段落一些文字。\n\n丙段落更多文字。\n\n乙段落另外文字。\n\n丁段落最后文字。';
    const cs = diff(a, b);
    expect(cs.changes.map((c) => [c.op, c.before + c.after])).toEqual([
      ['delete', '乙段落另外文字。\n\n'],
      ['insert', '乙段落另外文字。\n\n'],
    ]);
  });
});

describe('revision pairs: what the user sees (checked by hand, kept as regressions)', () => {
  it('sentences reordered inside a paragraph: one sentence move, everything else equal', () => {
    const a = `${s0}${s1}${s2}${s3}`;
    const b = `${s0}${s2}${s1}${s3}`;
    const al = align(a, b);
    expect(al.blocks.map((x) => x.op)).toEqual(['modify']);
    expect(al.blocks[0]?.children?.filter((c) => c.op === 'move')).toHaveLength(1);
    expect(al.similarity).toBe(1);
    const out = plain(a, b);
    expect(out.match(/\[-/g)).toHaveLength(1);
    expect(out.match(/\{\+/g)).toHaveLength(1);
  });

  it('numbers updated: whole numbers replaced, in every format', () => {
    const a =
      '——经济总体回升向好。国内生产总值超过126万亿元，增长5.2%。城镇新增就业1244万人，城镇调查失业率平均为5.2%。';
    const b =
      '——经济总体回升向好。国内生产总值超过134万亿元，增长5%。城镇新增就业1256万人，城镇调查失业率平均为5%。';
    const cs = diff(a, b);
    expect(cs.changes.map((c) => `${c.before}→${c.after}`)).toEqual([
      '126→134',
      '5.2→5',
      '1244→1256',
      '5.2→5',
    ]);
    expect(plain(a, b)).toContain('就业[-1244-]{+1256+}万人');
    expect(formatChanges(a, cs, 'critic')).toContain('增长{~~5.2~>5~~}%');
  });

  it('a list renumbered after an item was inserted at the top: one insert, the numbers as token edits', () => {
    const items = ['大力推进现代化产业体系建设。', '深入实施科教兴国战略。', '着力扩大国内需求。'];
    const n = ['一', '二', '三', '四'];
    const a = items.map((x, k) => `（${n[k]}）${x}`).join('\n\n');
    const b = ['坚定不移推进全面从严治党。', ...items].map((x, k) => `（${n[k]}）${x}`).join('\n\n');
    const al = align(a, b);
    expect(al.blocks.map((x) => x.op)).toEqual(['insert', 'modify', 'modify', 'modify']);
    expect(plain(a, b)).toContain('（[-一-]{+二+}）大力推进');
  });

  it('two scrapes: CRLF with full-width indentation against LF without — every paragraph equal', () => {
    const a = `　　${s0}${s1}\r\n\r\n　　${s2}${s3}\r\n`;
    const b = `${s0}${s1}\n${s2}${s3}`;
    const al = align(a, b);
    expect(al.blocks.map((x) => x.op)).toEqual(['equal', 'equal']);
    expect(similarity(a, b)).toBe(1);
    expect(applyChanges(a, diff(a, b))).toBe(b);
  });

  it('a heading turned into the opening of the next paragraph: one merge', () => {
    const a = `二、2024年经济社会发展总体要求和政策取向\n\n${s1}${s2}`;
    const b = `在2024年经济社会发展总体要求和政策取向方面，${s1}${s2}`;
    const al = align(a, b);
    expect(al.blocks.map((x) => x.op)).toEqual(['merge']);
  });

  it('identical but for a BOM and trailing whitespace: equal blocks, similarity 1', () => {
    const a = `${s0}\n\n${s1}\n`;
    const b = `\uFEFF${s0}  \n\n${s1} \n`;
    const al = align(a, b);
    expect(al.blocks.map((x) => x.op)).toEqual(['equal', 'equal']);
    expect(al.similarity).toBe(1);
    expect(applyChanges(a, diff(a, b))).toBe(b);
  });

  // Tokens once compared with the whitespace they own, so a word whose following space became a line
  // break (a paragraph re-wrapped at another width) was a replaced word: `that[-⏎can -]{+ can⏎+}`, and
  // an edit next to such a break took the neighbour along (`temporary pier ` → `floating pier⏎`).
  const EN =
    'Tonight, I am directing the U.S. military to lead an emergency mission to establish a temporary pier in the Mediterranean on the Gaza coast that can receive large ships carrying food, water, medicine and temporary shelters.';
  const wrap = (t: string, w: number) => {
    const lines: string[] = [];
    let line = '';
    for (const word of t.split(' ')) {
      if (line && line.length + 1 + word.length > w) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
    return lines.join('\n');
  };
  const ZH = `${s1}${s2}${s3}`;
  const zhWrapped = (ZH.match(/.{1,30}/gu) as string[]).join('\n');
  it.each([
    ['English re-wrapped (72 → 50 columns)', `${wrap(EN, 72)}\n\n${s0}`, `${wrap(EN, 50)}\n\n${s0}`, []],
    [
      'English re-wrapped, one word changed',
      `${wrap(EN, 72)}\n\n${s0}`,
      `${wrap(EN.replace('temporary pier', 'floating pier'), 50)}\n\n${s0}`,
      ['temporary→floating'],
    ],
    ['Chinese hard-wrapped scrape against one line', `${zhWrapped}\n\n${s0}`, `${ZH}\n\n${s0}`, []],
    [
      'Chinese hard-wrapped, one word changed',
      `${zhWrapped}\n\n${s0}`,
      `${ZH.replace('主题教育', '主题活动')}\n\n${s0}`,
      ['教育→活动'],
    ],
  ])('%s: only the words that changed are changes, the rest is whitespace', (_n, a, b, words) => {
    const al = align(a, b);
    checkAlignment(a, b, al);
    const cs = diff(a, b);
    expect(applyChanges(a, cs)).toBe(b);
    const real = cs.changes.filter((c) => /\S/.test(c.before + c.after)).map((c) => `${c.before}→${c.after}`);
    expect(real).toEqual(words);
  });

  // Left alone (noticed, not fixed):
  // - A hard-wrapped text with no blank line anywhere reads as a line per paragraph, so a re-wrap of it
  //   is paragraphs split and merged at every line, not whitespace edits: which reading is right is
  //   ambiguous without a blank line (the bench's 'line per paragraph' families rely on it).
  // - An English paragraph re-wrapped at another width is `modify` with similarity 1 (its sentences
  //   too; its words are equal token leaves, its moved line breaks whitespace leaves), while indentation or CRLF between paragraphs leaves them `equal`; the ansi/critic output
  //   shows every moved line break ([- -]{+⏎+}), where `git diff --word-diff` shows nothing. The
  //   whitespace edits are real and must stay in the change set (applyChanges), so this would be a
  //   display option (hide whitespace-only edits), not an alignment change.
  //   Done since: formatChanges(…, { ignoreWhitespace: true }) and `jiaokan diff -w` (test/format, test/cli).
  it('ansi with ignoreWhitespace: a re-wrapped paragraph reads as its new text, no markers', () => {
    const x = 'We will rebuild the pier and the roads, and we will recover together.';
    const y = 'We will rebuild the pier and\nthe roads, and we will\nrecover together.';
    expect(formatChanges(x, diff(x, y), 'ansi', { color: false, ignoreWhitespace: true })).toBe(y);
  });
  // - A BOM added at the start showed as `{+\uFEFF+}`: ansi now names such characters in a change of
  //   nothing else (test/format/formats.test.ts). CriticMarkup keeps them raw: it is read back as text.
});
