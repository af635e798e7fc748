import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { cleaned, found, noted, PROSE } from './helpers.js';

const [A, B] = PROSE as [string, string];
const asGbk = (s: string) => iconv.decode(Buffer.from(s, 'utf8'), 'gbk');
const countFffd = (s: string) => s.split('\ufffd').length - 1;
const asLatin1 = (s: string) => iconv.decode(Buffer.from(s, 'utf8'), 'win1252');

describe('mojibake', () => {
  it.each([
    ['锟斤拷', `${A}锟斤拷锟斤拷${B}`],
    ['烫烫烫', `${A}烫烫烫烫${B}`],
    ['屯屯屯', `${A}屯屯屯屯${B}`],
    ['a run of U+FFFD', `${A}\ufffd\ufffd\ufffd${B}`],
    ['a lone surrogate', `${A}\ud800${B}`],
  ])('finds %s (no repair possible: flagged, kept)', (_n, text) => {
    const f = found(text, 'mojibake');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('error');
    expect(cleaned(text)).toBe(text);
  });

  it.each([
    ['spaces', `${A}&nbsp;&nbsp;${B}`, `${A}\u00a0\u00a0${B}`],
    [
      'an ampersand and quotes',
      '推动产学研&amp;用深度融合，&ldquo;放管服&rdquo;改革。',
      '推动产学研&用深度融合，“放管服”改革。',
    ],
    ['numeric references', '&#x4E2D;&#22269;制造', '中国制造'],
  ])('decodes HTML character references left in the text: %s', (_n, text, expected) => {
    const f = found(text, 'mojibake');
    expect(f.length).toBeGreaterThan(0);
    expect(cleaned(text)).toBe(expected);
  });

  it.each([
    ['an ampersand in a name', 'AT&T and R&D spending rose; Q&A follows.'],
    ['an unknown name', '见附件&abcdefg;说明。'],
    ['a reference without its semicolon', '价格&amp 数量'],
    ['a control character reference', '数据&#0;缺失'],
  ])('leaves %s alone', (_n, text) => {
    expect(found(text, 'mojibake')).toEqual([]);
    expect(cleaned(text)).toBe(text);
  });

  it('repairs UTF-8 read as GBK with a trial re-encoding', () => {
    const good = '你好世界，这是一个测试。全省加快建成中部地区崛起重要战略支点';
    const text = `${A}\n\n${asGbk(good)}\n\n${B}`;
    const f = found(text, 'mojibake');
    expect(f).toHaveLength(1);
    expect(f[0]!.expected).toBeDefined();
    expect(f[0]!.expected).toContain('全省加快建成中部地区崛起重要战略');
    expect(cleaned(text)).toContain('全省加快建成中部地区崛起重要战略');
  });

  // English through a Chinese decoder: a punctuation mark (E2 80 xx) and the ASCII byte after it make
  // two GBK characters (’s → 鈥檚); the repair is exact (the mark and that one character) or none.
  it.each([
    ['an apostrophe', 'That’s why the American people want us to act.'],
    ['an em dash before a letter', 'If we want to go forward—not backward—we must protect rights.'],
  ])('repairs %s of English text read as GBK', (_n, sound) => {
    const first = sound.search(/[’—”…]/);
    const text = sound.slice(0, first) + asGbk(sound.slice(first, first + 4)) + sound.slice(first + 4);
    expect(text).not.toBe(sound);
    const f = found(text, 'mojibake');
    expect(f.length).toBeGreaterThan(0);
    expect(cleaned(text)).toBe(sound);
  });

  // Before a comma, space or digit the mark's last byte pairs with nothing (鈥�): which mark it was is lost.
  it.each([
    ['a closing quote before a comma', 'He said “Light will win over darkness”, and meant it.', '”'],
    ['an ellipsis before a space', 'We waited… and waited for the vote.', '…'],
  ])('flags %s of English text read as GBK, its last byte lost, without a repair', (_n, sound, mark) => {
    const at = sound.indexOf(mark);
    const text = sound.slice(0, at) + asGbk(sound.slice(at, at + 2)) + sound.slice(at + 2);
    expect(text.slice(at, at + 2)).toBe('鈥\ufffd');
    const f = found(text, 'mojibake');
    expect(f).toHaveLength(1);
    expect([f[0]!.start, f[0]!.end]).toEqual([at, at + 2]);
    expect(f[0]!.expected).toBeUndefined();
    expect(cleaned(text)).toBe(text);
  });

  it('leaves 鈥 before a Chinese character alone (its bytes make no punctuation mark)', () => {
    const text = `${A}鈥的${B}`;
    expect(found(text, 'mojibake')).toEqual([]);
  });

  it('repairs a garbled clause inside a sound paragraph', () => {
    const clause = '深化行政管理体制改革，大力推进服务型政府建设';
    const text = `${A}我们要${asGbk(clause)}，为各类市场主体创造公平的发展环境。`;
    const f = found(text, 'mojibake');
    expect(f).toHaveLength(1);
    expect(cleaned(text)).toContain('行政管理体制改革');
  });

  it.each([
    ['会议', '国务院常务会议今天召开，', '研究部署了稳就业的相关措施。'],
    ['部署', '国务院常务会议今天召开，会议研究', '了稳就业的相关措施。'],
    ['世界', '他走遍了', '的每一个角落。'],
  ])('repairs one garbled word (%s) inside a sound sentence', (word, before, after) => {
    const text = `${before}${asGbk(word)}${after}`;
    const f = found(text, 'mojibake');
    expect(f).toHaveLength(1);
    expect(f[0]!.expected).toBe(word);
    expect(cleaned(text)).toBe(`${before}${word}${after}`);
  });

  it('takes the broken last character of a short garbled word in (下一段 → 涓嬩竴娈�: one lost character)', () => {
    // 段 is E6 AE B5: GBK read E6 AE as 娈 and B5, with the line break after it, as U+FFFD
    const garbled = asGbk('下一段');
    expect(garbled).toBe('涓嬩竴娈\ufffd');
    const text = `${A}\n${garbled}\n${B}`;
    const f = noted(text, 'mojibake');
    expect(f).toHaveLength(1);
    expect(f[0]!.actual).toBe(garbled);
    expect(cleaned(text)).toBe(`${A}\n下一\ufffd\n${B}`);
  });

  it.each([
    ['traditional characters', '國務院常務會議今天召開，會議研究部署了穩就業的相關措施。'],
    ['rare characters that GBK places where UTF-8 leads fall', '他说：“浣花溪畔，鍥而不舍，锲而不舍。”'],
  ])('does not repair %s', (_n, text) => {
    expect(found(text, 'mojibake')).toEqual([]);
  });

  it.each([
    ['café', 'The café was open.'],
    ['curly quotes', 'He said “hello” to me.'],
    ['Zürich – Genève', 'From Zürich – Genève by train.'],
  ])('repairs Latin-1 mojibake of %s', (_n, good) => {
    const text = asLatin1(good);
    expect(text).not.toBe(good);
    expect(found(text, 'mojibake').length).toBeGreaterThan(0);
    expect(cleaned(text)).toBe(good);
  });

  it('repairs a closing quote whose undefined cp1252 byte 0x9D was dropped (â€ alone)', () => {
    const text = 'It’s a “goodâ€ idea.';
    expect(found(text, 'mojibake')).toHaveLength(1);
    expect(cleaned(text)).toBe('It’s a “good” idea.');
  });

  it('repairs UTF-8 read as GBK whose last byte was lost without touching the text after it', () => {
    // 。 is E3 80 82; GBK pairs E3 80, then 82 has no partner and became U+FFFD
    const garbled = asGbk('中国经济保持稳定增长，就业形势总体稳定。');
    expect(garbled.endsWith('\ufffd')).toBe(true);
    const text = `会议指出，${garbled}会议强调，要抓好落实。`;
    expect(cleaned(text)).toBe(
      '会议指出，中国经济保持稳定增长，就业形势总体稳定\ufffd会议强调，要抓好落实。',
    );
  });

  // A garbled paragraph whose bytes the first decoder partly lost (U+FFFD inside it) and whose digits
  // stayed ASCII (probe mojibake-para.txt): one repair, every lost byte one U+FFFD, nothing left garbled.
  it.each([
    ['digits between garbled words', '旅游接待人数达到607万人次，是2010年的2.4倍。', '达到607万人次'],
    [
      'bytes lost inside the stretch',
      '旅游业持续发展。五年来，我区旅游产业取得长足发展。2015年旅游收入达到69亿元，是2010年的2.6倍。',
      '我区旅游产业取得长足发展',
    ],
    [
      // the lost byte is the last of 。 (E3 80 82), read back from the paragraph (lost-marks.ts)
      'a lost byte after its last character',
      '冬季旅游市场持续升温，成功举办了国际雪雕大赛、中俄蒙国际冬泳邀请赛等系列冰雪活动。',
      '系列冰雪活动。',
    ],
  ])('repairs a GBK-misread paragraph with %s', (_n, good, part) => {
    const garbled = asGbk(good);
    const text = `${A}\n\n　　${garbled}\n\n${B}`;
    const out = cleaned(text);
    expect(out).toContain(part);
    expect(out.startsWith(`${A}\n\n　　`)).toBe(true);
    expect(out.endsWith(`\n\n${B}`)).toBe(true);
    const body = out.slice(A.length + 4, out.length - B.length - 2);
    // as many U+FFFD as the first decoder wrote, no garble (€ is the GBK reading of a lost 0x80 byte)
    expect(countFffd(body)).toBeLessThanOrEqual(countFffd(garbled));
    expect(body).not.toMatch(/[€鏃呮父涓囦汉娆鍊嶃]/);
  });

  // The stretch is narrowed as well as widened at its edges, and a sound character it takes in must not
  // come out as a Latin letter (强 is GBK C7 BF, UTF-8 for ǿ).
  it.each([
    [
      'beside a traditional character that is a suspect too (須 is GBK ED 9A)',
      '別重大火災爆炸等事故，人',
      '員傷亡和財產損失慘重，教訓極其深刻，',
      '必須認真汲取。',
    ],
    [
      'before a sound character the widened span could take in (强 would come out as ǿ)',
      '加大对',
      '跨区域重大基础设施建设和经济协作的支持，加',
      '强生态保护和',
    ],
  ])('repairs a GBK-misread stretch %s', (_n, before, good, after) => {
    const out = cleaned(`${before}${asGbk(good)}${after}`);
    expect(out).toBe(`${before}${good}${after}`);
  });

  it('repairs Chinese read as cp1252 when no byte was lost', () => {
    // 中国 is E4 B8 AD E5 9B BD: every byte has a cp1252 character
    const text = `${A}${asLatin1('中国')}${B}`;
    expect(text).toContain('ä¸­å›½');
    expect(found(text, 'mojibake')[0]!.confidence).toBeGreaterThanOrEqual(0.7);
    expect(cleaned(text)).toBe(`${A}中国${B}`);
  });

  it('offers but never applies a repair that guesses a lost byte (经 or 绍 or 绝)', () => {
    // 经 is E7 BB 8F; cp1252 has no 8F, so the decoder wrote U+FFFD: 8D (绍), 8F (经) and 9D (绝) all fit
    const text = `${A}${asLatin1('经济')}${B}`;
    expect(text).toContain('ç»\ufffd');
    const [f] = found(text, 'mojibake');
    expect(f!.confidence).toBeLessThan(0.7);
    expect(f!.message).toMatch(/lost byte guessed/);
    expect(f!.expected).toMatch(/^.济$/);
    expect(cleaned(text)).toBe(text);
  });

  it('offers the lost byte its neighbours make known bigrams with (经济, not 绍济 or 绝济)', () => {
    // one side only (济): still a guess, never applied, but the offer reads right
    const text = `${A}${asLatin1('经济')}${B}`;
    const [f] = found(text, 'mojibake');
    expect(f!.expected).toBe('经济');
    expect(f!.confidence).toBeLessThan(0.7);
  });

  it('applies the lost byte both neighbours vouch for (定不能, not 定丁能)', () => {
    // 不 is E4 B8 8D and 丁 E4 B8 81, both common: 定不 and 不能 are known bigrams, 定丁 and 丁能 not
    const text = `${A}${asLatin1('一定不能松懈')}${B}`;
    expect(text).toContain('\ufffd');
    const f = found(text, 'mojibake');
    expect(f).toHaveLength(1);
    expect(f[0]!.expected).toBe('一定不能松懈');
    expect(f[0]!.confidence).toBeGreaterThanOrEqual(0.7);
    expect(cleaned(text)).toBe(`${A}一定不能松懈${B}`);
  });

  it('takes a lost byte right after the lead as one repair (å�š is 坚), not a repair and a lost character', () => {
    const text = `${A}${asLatin1('坚定不移')}${B}`;
    expect(text).toContain('å\ufffdš');
    const f = noted(text, 'mojibake');
    expect(f).toHaveLength(1);
    expect(f[0]!.expected).toBe('坚定不移');
  });

  it('chooses two lost bytes of one character together (提 is E6 8F 90)', () => {
    const text = `${A}${asLatin1('有效提升')}${B}`;
    expect(text).toContain('\ufffd\ufffd');
    const [f] = noted(text, 'mojibake');
    expect(f!.expected).toBe('有效提升');
  });

  it('prefers the word-like bigram to one merely seen, with its neighbour’s lost byte chosen too (合理, not 又理)', () => {
    const text = `${A}${asLatin1('实现合理增长')}${B}`;
    const [f] = noted(text, 'mojibake');
    expect(f!.expected).toBe('实现合理增长');
  });

  it('takes the lost byte that completes a common character (革, not 適)', () => {
    // 革 is E9 9D A9: of the undefined bytes 81 gives 適 (not GB2312) and 9D 革; the others break
    const text = `${A}${asLatin1('改革')}${B}`;
    const [f] = found(text, 'mojibake');
    expect(f!.expected).toBe('改革');
    expect(f!.confidence).toBeGreaterThanOrEqual(0.7);
    expect(cleaned(text)).toBe(`${A}改革${B}`);
  });

  it('removes stray control characters', () => {
    const text = `${A}\u0007${B}\u0085`;
    expect(found(text, 'mojibake')).toHaveLength(2);
    expect(cleaned(text)).toBe(`${A}${B}`);
  });

  it.each([
    ['ordinary Chinese', PROSE.join('\n\n')],
    ['rare characters in names and places', '嵇康、阮籍、琅琊、鄱阳湖、婺源、邗江、郯城、黟县都在其中。'],
    ['accented Latin', 'Señor Müller visited São Paulo and Zürich; naïve café résumé.'],
    ['tabs and form feeds', `${A}\t${B}\f${A}`],
    ['emoji and astral ideographs', '今天天气很好😀，𠀀𠀁是扩展区汉字。'],
    ['a word with 烫', '热水很烫，烫伤了手。'],
    // Prose about encodings names the signatures between quotes: a mention, noted at most.
    ['a quoted 锟斤拷 in prose about encodings', '把UTF-8文本按GBK解码会出现“锟斤拷”这样的乱码。'],
    ['a quoted 烫烫烫', '未初始化的内存在调试器里显示为「烫烫烫」。'],
    ['Â and Ã at the start of capitalised words', 'Âge and Ãgua are words; so are ÂME and SÃO PAULO.'],
    ['an all-caps word ending in Â or Ã', 'ROMÂ and IRMÃ are written in capitals here.'],
  ])('finds nothing in %s', (_n, text) => {
    expect(found(text, 'mojibake')).toEqual([]);
  });

  // The no-break byte A0 of Â\u00a0 (a no-break space) or Ã\u00a0 (à) turned into a plain space by a
  // scraper's whitespace clean-up: the Latin-1 run is broken, so only the lead shows.
  it.each([
    ['Â before a space', 'The price isÂ 100 dollars today.', 'The price is 100 dollars today.'],
    ['Â after a full stop', 'Hello.Â  World is here.', 'Hello.  World is here.'],
    ['Â between Chinese words', '北京Â 上海都在下雪。', '北京 上海都在下雪。'],
    ['Ã + two spaces after a small letter', 'It was dÃ©jÃ  vu.', 'It was déjà vu.'],
    ['Ã + one space', 'voilÃ tout le monde.', 'voilà tout le monde.'],
  ])('repairs %s', (_n, text, good) => {
    expect(found(text, 'mojibake').length).toBeGreaterThan(0);
    expect(cleaned(text)).toBe(good);
  });
});

// Session 12: a GBK page served as Latin-1 or Windows-1252 (gbk-as-latin1.ts).
describe('mojibake: GBK read as Latin-1', () => {
  const gbkAs = (s: string, enc: 'latin1' | 'win1252') => iconv.decode(iconv.encode(s, 'gbk'), enc);
  const LINE = '国务院总理李强在政府工作报告中指出，今年发展主要预期目标是国内生产总值增长5%左右。';
  it.each([
    ['read as Latin-1', gbkAs(LINE, 'latin1'), LINE],
    ['read as Windows-1252', gbkAs(LINE, 'win1252'), LINE],
    // “ ” — 《 》 are GBK A1xx too: a clause holding them reads back as Chinese (session 15)
    [
      'a clause with quotation marks inside a sound sentence',
      `大力优化营商环境，${gbkAs('深化“放管服”改革，优化政务', 'latin1')}服务。`,
      '大力优化营商环境，深化“放管服”改革，优化政务服务。',
    ],
    ['a dash and a title', gbkAs('——《政府工作报告》', 'latin1'), '——《政府工作报告》'],
    [
      'a title in a line of ASCII',
      `Title: ${gbkAs('政府工作报告', 'latin1')} (2024)`,
      'Title: 政府工作报告 (2024)',
    ],
  ])('repairs a stretch %s', (_n, garbled, repaired) => {
    const text = `${A}\n\n${garbled}\n\n${B}`;
    const f = found(text, 'mojibake');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('GBK read as Latin-1');
    expect(cleaned(text)).toBe(`${A}\n\n${repaired}\n\n${B}`);
  });

  it.each([
    ['French', 'Les élèves ont étudié à côté de l’école, près du théâtre.'],
    ['German', 'Die Größe der Fläche überrascht; schöne Grüße aus Köln.'],
    ['curly quotes round ASCII in Chinese', '发展“5G+”“AI+”等新业态。'],
    ['a price in pounds and a degree sign', 'It costs £25 and water boils at 100°C; ½ of it.'],
  ])('leaves %s alone', (_n, line) => {
    const text = `${A}\n\n${line}\n\n${B}`;
    expect(found(text, 'mojibake')).toEqual([]);
  });
});

// Session 13: Chinese read in the other Chinese code page (cjk-codepages.ts).
describe('mojibake: Big5 and GBK read as each other', () => {
  const as = (s: string, from: 'big5' | 'gbk', readAs: 'big5' | 'gbk') =>
    new TextDecoder(readAs).decode(iconv.encode(s, from));
  const SIMP =
    '国务院总理李强在政府工作报告中指出，今年发展主要预期目标是国内生产总值增长5%左右；城镇新增就业1200万人以上。';
  const TRAD =
    '國務院總理李強在政府工作報告中指出，今年發展主要預期目標是國內生產總值增長5%左右；城鎮新增就業1200萬人以上。';
  it.each([
    ['a Big5 paragraph read as GBK', as(TRAD, 'big5', 'gbk'), TRAD, 'Big5 read as GBK'],
    ['a GBK paragraph read as Big5', as(SIMP, 'gbk', 'big5'), SIMP, 'GBK read as Big5'],
  ])('repairs %s', (_n, garbled, repaired, what) => {
    const text = `${A}\n\n${garbled}\n\n${B}`;
    const f = found(text, 'mojibake');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain(what);
    expect(cleaned(text)).toBe(`${A}\n\n${repaired}\n\n${B}`);
  });

  it('repairs every paragraph of a whole Big5 page read as GBK', () => {
    const page = `${TRAD}\n\n經濟運行總體回升向好，高質量發展扎實推進。`;
    const garbled = as(page, 'big5', 'gbk');
    expect(cleaned(garbled)).toBe(page);
  });

  it('keeps U+FFFD where the wrong decoder dropped a pair, and repairs the rest', () => {
    // each pair of the GBK text is one character read as Big5: drop the 10th, as a decoder does with
    // a pair it cannot read, and the rest still decodes in step on either side
    const garbled = as(SIMP, 'gbk', 'big5');
    expect(garbled).toHaveLength(SIMP.length);
    const dropped = `${garbled.slice(0, 10)}\ufffd${garbled.slice(11)}`;
    const f = found(`${A}\n\n${dropped}\n\n${B}`, 'mojibake');
    expect(f).toHaveLength(1);
    expect(f[0]!.expected).toBe(`${SIMP.slice(0, 10)}\ufffd${SIMP.slice(11)}`);
  });

  it.each([
    ['traditional Chinese', TRAD],
    ['simplified Chinese', SIMP],
    ['Japanese', '東京都は日本の首都です。ひらがなとカタカナを使います。'],
    ['a Japanese word in Chinese', '这家店的招牌写着“ラーメン”，生意一直很好，顾客络绎不绝。'],
    ['Greek and Russian', 'Ελληνικά και русский язык в одном предложении.'],
    ['a box-drawing table', '┌──┬──┐\n│项目│金额│\n└──┴──┘'],
  ])('leaves %s alone', (_n, line) => {
    const text = `${A}\n\n${line}\n\n${B}`;
    expect(found(text, 'mojibake')).toEqual([]);
  });
});

// Session 15: the mark whose last byte a GBK decoder dropped at a line's end (lost-marks.ts), and a Big5
// line read as GBK whose misreading lands on many common ideographs.
describe('mojibake: the last mark of a UTF-8 line read as GBK', () => {
  it.each([
    ['a full stop', '政府工作报告指出，要着力扩大国内需求，推动经济实现质的有效提升和量的合理增长。'],
    ['a closing corner bracket', '他说：「要着力扩大国内需求，推动经济实现质的有效提升」'],
    ['a closing title mark', '全体代表认真学习讨论了《政府工作报告》'],
    ['a closing quotation mark', '他说：“要着力扩大国内需求，推动经济实现质的有效提升”'],
    ['the second of an ellipsis', '他说要着力扩大国内需求，推动经济实现质的有效提升……'],
    ['the second of a dash', '要着力扩大国内需求，推动经济实现质的有效提升——'],
  ])('reads back %s', (_n, line) => {
    const garbled = asGbk(line);
    expect(garbled.endsWith('\ufffd')).toBe(true);
    expect(cleaned(`${A}\n\n${garbled}\n\n${B}`)).toBe(`${A}\n\n${line}\n\n${B}`);
    expect(cleaned(garbled)).toBe(line);
  });

  it('leaves a lost ’ ” — … a U+FFFD when nothing in the paragraph tells which it was', () => {
    const line = '他说要着力扩大国内需求，推动经济实现质的有效提升’';
    const out = cleaned(`${A}\n\n${asGbk(line)}\n\n${B}`);
    expect(out).toBe(`${A}\n\n${line.slice(0, -1)}\ufffd\n\n${B}`);
  });
});

describe('mojibake: a Big5 line read as GBK that lands on common ideographs', () => {
  it('is repaired', () => {
    const line = '政府工作報告指出，要著力擴大國內需求，推動經濟實現質的有效提升和量的合理增長。';
    const garbled = new TextDecoder('gbk').decode(iconv.encode(line, 'big5'));
    expect(cleaned(`${A}\n\n${garbled}\n\n${B}`)).toBe(`${A}\n\n${line}\n\n${B}`);
  });
});

// Session 15: UTF-8 read as a Cyrillic, Central European, Greek or Mac page (single-byte-pages.ts).
describe('mojibake: UTF-8 read as another single-byte code page', () => {
  const LINE = '政府工作报告指出，要着力扩大国内需求，推动经济实现质的有效提升和量的合理增长。';
  const readAs = (s: string, label: string) => new TextDecoder(label).decode(new TextEncoder().encode(s));
  it.each([
    ['windows-1251', 'Windows-1251'],
    ['koi8-r', 'KOI8-R'],
    ['ibm866', 'IBM866'],
    ['macintosh', 'Mac Roman'],
    ['windows-1250', 'Windows-1250'],
    // 0x80–0x9F are C1 controls in ISO-8859-2: taken for stray controls first, they are the stretch's bytes
    ['iso-8859-2', 'ISO-8859-2'],
  ])('repairs a line read as %s', (label, name) => {
    const garbled = readAs(LINE, label);
    const text = `${A}\n\n${garbled}\n\n${B}`;
    const f = found(text, 'mojibake');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain(name);
    expect(cleaned(text)).toBe(`${A}\n\n${LINE}\n\n${B}`);
  });

  it('repairs a Windows-1251 line whose byte 0x98 became a C1 control (阅 is E9 98 85)', () => {
    const line = '认真阅读政府工作报告全文。';
    const garbled = readAs(line, 'windows-1251');
    expect(garbled).toContain('\u0098');
    expect(cleaned(`${A}\n\n${garbled}\n\n${B}`)).toBe(`${A}\n\n${line}\n\n${B}`);
  });

  it.each([
    ['Russian', 'Съешь же ещё этих мягких французских булок, да выпей чаю.'],
    ['Greek', 'Η Αθήνα είναι η πρωτεύουσα της Ελλάδας και η μεγαλύτερη πόλη της χώρας.'],
    ['Polish', 'Zażółć gęślą jaźń — to polskie zdanie zawiera wszystkie litery.'],
    ['Czech', 'Příliš žluťoučký kůň úpěl ďábelské ódy.'],
    ['box drawing and math', '┌──┬──┐ │ a │ b │ └──┴──┘ π ≈ 3.14159, ∑ x² ≤ ∞'],
  ])('leaves sound %s alone', (_n, line) => {
    expect(found(`${A}\n\n${line}\n\n${B}`, 'mojibake')).toEqual([]);
  });
});

describe('mojibake: Russian UTF-8 read as Latin-1 is no GBK', () => {
  it('never repairs it into Chinese, even with continuation bytes dropped', () => {
    // М is D0 9C: a decoder that drops the C1 control leaves Ð alone (ÐÐ¾Ñ…); read as GBK the bytes
    // made Chinese nonsense (行狙泻胁邪)
    const dropped = 'Text: ÐÐ¾ÑÐºÐ²Ð° end.';
    for (const f of found(dropped, 'mojibake')) expect(f.expected ?? '').not.toMatch(/[\u4e00-\u9fff]/);
    const whole = `Text: ${iconv.decode(Buffer.from('Москва — столица России', 'utf8'), 'latin1')} end.`;
    expect(cleaned(whole)).toBe('Text: Москва — столица России end.');
  });
});

// Session 15: UTF-8 read as a double-byte page that lost bytes (lossy-runs.ts): one finding for the
// stretch, no fix, instead of dozens of U+FFFD and control findings whose fixes deleted the controls.
describe('mojibake: a stretch garbled with bytes lost', () => {
  const LINE = '政府工作报告指出，要着力扩大国内需求，推动经济实现质的有效提升和量的合理增长。';
  const readAs = (s: string, label: string) => new TextDecoder(label).decode(new TextEncoder().encode(s));
  it.each([['euc-kr'], ['euc-jp'], ['big5'], ['shift_jis']])(
    'reports UTF-8 read as %s as garbled, and keeps it',
    (label) => {
      const garbled = readAs(LINE, label);
      const text = `${A}\n\n${garbled}\n\n${B}`;
      const f = found(text, 'mojibake');
      const whole = f.filter((x) => /lost bytes/.test(x.message));
      expect(whole.length).toBeGreaterThanOrEqual(1);
      expect(whole.every((x) => x.fix === undefined)).toBe(true);
      // far fewer findings than bad characters, and no control deleted from the garble
      expect(f.length).toBeLessThanOrEqual(3);
      expect(cleaned(text)).toBe(text);
    },
  );

  it('leaves sound Chinese with a few lost characters to the U+FFFD findings', () => {
    const text = `${A}\n\n政府工作报告指出，要着力扩大国\ufffd需求，推动经济实现质的有\ufffd提升和量的合理\ufffd长。\n\n${B}`;
    const f = found(text, 'mojibake');
    expect(f).toHaveLength(3);
    expect(f.every((x) => /replacement character/.test(x.message))).toBe(true);
  });
});
