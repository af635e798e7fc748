// Junction rules on scraped news pages (Markdown: ### titles, **bold** subheadings, a source label
// opening each story's lead). Short texts written for these tests, in the shape of such pages.
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers.js';
import { found, PROSE } from './helpers.js';

const [A, B, C, D] = PROSE as [string, string, string, string];

/** A Markdown news page: a title, two stories with a lead each, a bold subheading. */
const page = (lead: string, body: string, tail = C): string =>
  [
    '# 《晚间新闻》（20250310）',
    '### 全国春季农业生产全面展开',
    lead,
    A,
    '### 多地加快推进重大项目建设',
    body,
    '**一季度重点工程进展顺利**',
    tail,
    D,
  ].join('\n\n');

describe('truncated-paragraph on news pages', () => {
  it.each([
    [
      "a story's lead cut before any punctuation",
      page('**新闻网消息**（晚间新闻）：全国春季农业生产工作会议10日上午在湖北武汉召', B),
      '湖北武汉召',
    ],
    ["a story's lead cut right after its label", page('**新闻网消息**（晚间新闻）：春季农', B), '：春季农'],
    [
      'an unmarked line of a Markdown page, cut before a bold subheading',
      page('**新闻网消息**（晚间新闻）：春季农业生产全面展开。', '记者今天（3月10日）从国家发展改革委了解到'),
      '委了解到',
    ],
    [
      'an unmarked line with a comma, too short for a body paragraph',
      page('**新闻网消息**（晚间新闻）：春季农业生产全面展开。', '在谈到今年的项目建设时，国家发展'),
      '国家发展',
    ],
  ])('finds %s', (_n, text, end) => {
    const f = found(text, 'truncated-paragraph');
    expect(f).toHaveLength(1);
    expect(f[0]!.actual.endsWith(end)).toBe(true);
  });

  it.each([
    ['a complete Markdown page', page('**新闻网消息**（晚间新闻）：春季农业生产全面展开。', B)],
    // A dateline alone on its line, or with a byline after a space, opens a story but says nothing of a cut.
    ['a dateline alone on its line', `${A}\n\n新华社北京3月10日电\n\n${B}\n\n${C}`],
    ['a dateline with a byline', `${A}\n\n新华社北京3月10日电 记者王小明\n\n${B}\n\n${C}`],
    // Without marked headings a short line that stops open is a heading as ever.
    [
      'plain headlines of a page without Markdown',
      `全国春季农业生产全面展开\n\n${A}\n\n多地加快推进重大项目建设\n\n${B}\n\n${C}`,
    ],
    // A page that marks its headings still has lines with Latin text or spaces that stop open: chrome.
    [
      'an update stamp on a Markdown page',
      `${page('**新闻网消息**（晚间新闻）：春季农业生产全面展开。', B)}\n\n更新时间：2025-03-11T01:37:28.457Z`,
    ],
  ])('leaves %s alone', (_n, text) => {
    expect(found(text, 'truncated-paragraph')).toHaveLength(0);
  });
});

describe('a short first clause after a cut head', () => {
  // The first 40 paragraphs of a report as they are, and rewritten as news items write: most sentences
  // set their scene with a short clause (当天， 会上， …).
  const report = fixture('corpus/gov-work-report/2024.txt').split('\n\n').slice(0, 40);
  const scenes = ['当天', '会上', '据悉', '随后', '同一天'];
  let k = 0;
  const newsy = report.map((p) =>
    p.replace(/。(?=[\u4e00-\u9fff])/g, () => `。${scenes[k++ % scenes.length]}，`),
  );
  /**
   * Paragraph 12 cut after …历史性超过火电, its rest lost, and a paragraph that opens 放眼全国， after it
   * (a short clause that is no time frame: 两天后， now opens a sentence wherever it stands).
   */
  const cut = (paras: string[]): string => {
    const p = paras[12]!;
    const i = p.indexOf('火电，') + 2;
    const out = [...paras];
    out.splice(12, 1, p.slice(0, i), `放眼全国，${p.slice(i + 1)}`);
    return out.join('\n\n');
  };
  it.each([
    // where sentences seldom open so, the short clause is the rest of the cut sentence
    ['a report', 'split-paragraph', report],
    // where a sixth of them or more do, it is as likely the next sentence: the head stays truncated
    ['news-like text', 'truncated-paragraph', newsy],
  ])('in %s, is read as %s', (_n, rule, paras) => {
    const text = cut(paras);
    const f = [...found(text, 'split-paragraph'), ...found(text, 'truncated-paragraph')];
    expect(f.map((x) => x.rule)).toEqual([rule]);
    expect(text.slice(f[0]!.start, f[0]!.end)).toContain('电');
  });
});

describe('a paragraph that opens with the day it speaks of', () => {
  // A long cut head over a paragraph whose first clause names a day (当晚， 次日， …): a sentence of its
  // own, as after 目前， — the head is truncated, not split.
  const head = '全国人大代表今天上午分组审议政府工作报告，代表们围绕推动高质量发展踊跃发言，大家一致认为';
  it.each(['当晚', '次日', '昨天', '同一天', '近日'])('%s， after a cut head', (day) => {
    const text = [A, B, head, `${day}，代表们继续分组审议政府工作报告。`, C, D].join('\n\n');
    expect(found(text, 'split-paragraph')).toHaveLength(0);
    expect(found(text, 'truncated-paragraph')).toHaveLength(1);
  });
});

describe('a short article whose next paragraph opens with a scene frame', () => {
  // A single article gives the statistics a dozen sentences: a first clause that frames the scene
  // (两会期间， 春节过后， 连日来， 入春以来，) opens a sentence whatever they say; a cut inside the frame
  // leaves a shorter clause (两|会期间，) and stays a split.
  const title = '国务院办公厅认真办理代表建议';
  const head =
    '**央视网消息**（新闻联播）：记者从国务院办公厅获悉，今年国务院部门认真听取代表委员的意见建议，汇聚众智众力';
  const tail = '有关负责人表示，将进一步完善工作机制，提高办理质量，推动更多意见建议转化为政策举措。';
  it.each(['两会期间', '春节过后', '连日来', '入春以来'])('%s， after a cut head', (frame) => {
    const text = [
      title,
      head,
      `${frame}，国务院办公厅共收到代表委员意见建议三千多条，已全部交有关部门研究办理。`,
      tail,
    ].join('\n\n');
    expect(found(text, 'split-paragraph')).toHaveLength(0);
    expect(found(text, 'truncated-paragraph')).toHaveLength(1);
  });
  it('a cut inside the frame is still a split', () => {
    const text = [
      title,
      '**央视网消息**（新闻联播）：记者从国务院办公厅获悉，今年全国两',
      '会期间，国务院办公厅和国务院各部门共收到代表委员意见建议三千多条，已全部交有关部门研究办理。',
      tail,
    ].join('\n\n');
    expect(found(text, 'split-paragraph')).toHaveLength(1);
  });
});

describe('a name of letters and ideographs cut in two', () => {
  // …风云五号C | … | 星正式投入… : the rest of the name (C星) is written whole elsewhere in the text.
  const head = '经过近一个月的在轨调试，气象部门今天宣布，风云五号C';
  const rest = '星正式投入业务运行，观测精度明显提高。';
  it.each([
    ['written whole elsewhere', '气象卫星风云五号C星已完成在轨测试，各项指标达到设计要求。', 1],
    ['written nowhere else', '气象卫星已完成在轨测试，各项指标达到设计要求。', 0],
  ])('pairs its displaced rest when the name is %s', (_n, context, pairs) => {
    const text = [A, context, head, B, C, rest, D].join('\n\n');
    const f = found(text, 'displaced-fragment').filter((x) => x.related?.length);
    expect(f).toHaveLength(pairs);
    expect(found(text, 'truncated-paragraph')).toHaveLength(1);
  });
});

describe('a rest after the link that closes a news item', () => {
  // The sentence's rest came out after the item's [查看原文](…) link: moved out of its item, a displaced
  // fragment put back before the link — not a paragraph split in place. Cut where the two halves show a
  // word across the break (农业|生产) so that the pair is confident either way.
  const head = '全国春季农业生产工作会议10日在湖北武汉召开，会议强调，要抓好春季农业';
  const rest = '生产，确保粮食播种面积稳定在十七亿七千万亩以上。';
  const link = '[查看原文](https://tv.cctv.com/2025/03/10/VIDE1.shtml)';
  it.each([
    ['after a link line', 'displaced-fragment', [A, head, link, rest, B, C, D]],
    ['with nothing between', 'split-paragraph', [A, head, rest, B, C, D]],
  ])('%s: %s', (_n, rule, paras) => {
    const text = paras.join('\n\n');
    const other = rule === 'split-paragraph' ? 'displaced-fragment' : 'split-paragraph';
    const f = found(text, rule as 'split-paragraph' | 'displaced-fragment');
    expect(f).toHaveLength(1);
    expect(found(text, other)).toEqual([]);
    if (rule === 'displaced-fragment') {
      expect(f[0]!.actual).toBe(rest);
      expect(text.slice(f[0]!.related![0]!.start, f[0]!.related![0]!.end)).toBe(head);
    }
  });
});

describe('a paragraph that opens with a time of day', () => {
  // News narrates an event a step a paragraph (8时02分， … 10时30分， …): a first clause that is a clock
  // time opens a sentence, as 当晚， does — after a cut head the head is truncated, not split.
  const head = '神舟飞船的航天员今天完成了第二次出舱活动，两名航天员密切协同，先后完成了舱外设备安装和';
  it.each(['8时02分', '上午10时30分', '13时许', '当地时间5日晚'])('%s， after a cut head', (time) => {
    const text = [A, B, head, `${time}，航天员安全返回空间站问天实验舱。`, C, D].join('\n\n');
    expect(found(text, 'split-paragraph')).toHaveLength(0);
    expect(found(text, 'truncated-paragraph')).toHaveLength(1);
  });
});

describe('a date cut in two at a paragraph break', () => {
  // A paragraph that opens with a date starts a new block — unless the head stops on the month the
  // rest's day completes (…国防部3月 | 1日称…): then the date, and the sentence, run on (date-cuts.ts).
  const rest = '1日称，在过去一周俄军使用精确制导武器对乌军目标实施了打击。';
  it.each([
    ['on the month', '新闻联播消息：外交部发言人今天表示，俄罗斯国防部3月', 'split-paragraph'],
    ['on a word', '新闻联播消息：外交部发言人今天表示，俄罗斯国防部在', 'truncated-paragraph'],
  ])('a head that stops %s: %s', (_n, head, rule) => {
    const text = [A, B, head, rest, C, D].join('\n\n');
    const f = [...found(text, 'split-paragraph'), ...found(text, 'truncated-paragraph')];
    expect(f.map((x) => x.rule)).toEqual([rule]);
  });
});

describe('a paragraph that opens with a time counted from the story', () => {
  // 一年前， 两天后， 3个月来，: a time frame spelled with a number opens a sentence as 当晚， does.
  const head = '全国人大代表今天上午分组审议政府工作报告，代表们围绕推动高质量发展踊跃发言，大家一致认为';
  it.each(['一年前', '两天后', '3个月来', '十年以来'])('%s， after a cut head', (time) => {
    const text = [A, B, head, `${time}，代表们提出的建议已经全部办复。`, C, D].join('\n\n');
    expect(found(text, 'split-paragraph')).toHaveLength(0);
    expect(found(text, 'truncated-paragraph')).toHaveLength(1);
  });
});

describe('a fragment moved in a short news item', () => {
  // Every paragraph of a short item speaks of one story and shares its names, so the paragraph a
  // fragment landed after shares more words with it than the short head does: no sign there that the
  // fragment is a whole paragraph at home (junctions.ts atHome), and a well-attested join stands.
  const head = '王沪宁表示，2023年是全面贯彻落实中共二十大精神的开局之年。以习近平';
  const rest =
    '同志为核心的中共中央团结带领全党全国各族人民，坚持稳中求进工作总基调，接续奋斗、砥砺前行，全面深化改革开放，高质量发展扎实推进，经济社会发展主要预期目标圆满完成。';
  it.each([
    [
      'a report of the year',
      '王沪宁总结了过去一年来人民政协工作。他说，在以习近平同志为核心的中共中央坚强领导下，政协全国委员会及其常务委员会坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻中共二十大和二十届二中全会精神，各项工作取得新成效。',
    ],
    [
      'the tasks ahead',
      '王沪宁表示，人民政协要在以习近平同志为核心的中共中央领导下，坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻中共二十大精神，为实现全年经济社会发展目标任务汇聚智慧和力量。',
    ],
  ])('its rest after a paragraph on %s', (_n, neighbour) => {
    const text = [
      '全国政协十四届二次会议在京开幕',
      '**央视网消息**（新闻联播）：中国人民政治协商会议第十四届全国委员会第二次会议4日下午在人民大会堂开幕。2000多名全国政协委员将紧紧围绕中共中央决策部署，积极建言资政，广泛凝聚共识。',
      '三月的北京，春回大地。人民大会堂大礼堂灯光璀璨，气氛隆重热烈。',
      head,
      neighbour,
      rest,
      '中共中央、全国人大常委会、国务院有关部门负责同志应邀列席开幕会。外国驻华使节、海外华侨等应邀参加开幕会。',
    ].join('\n\n');
    const f = found(text, 'displaced-fragment');
    expect(f.map((x) => x.actual.slice(0, 6))).toEqual([rest.slice(0, 6)]);
    expect(text.slice(f[0]!.related![0]!.start, f[0]!.related![0]!.end).endsWith('以习近平')).toBe(true);
  });
});

describe('a rest that opens on the particle 的', () => {
  // No sentence opens with 的 (的确 aside): in a news item too short for its own counts to say so, a
  // paragraph that does is the rest of a sentence cut before it, and pairs with its head.
  it.each([
    [
      '的事业中',
      '习近平指出，中方高度评价巴方在维护国家主权和民族独立方面作出的努力，相信在总统的领导下，巴方一定能够在国家发展进步',
      '的事业中取得新的更大成就。中方愿同巴方一道，推动两国关系不断向前发展。',
    ],
    [
      '的手中',
      '全国人大代表、省农业科学院研究员张明在审议时说，今年将继续深入田间地头，把更多新品种新技术送到农民',
      '的手中，让科技成果真正落地生根。他表示，粮食安全是国之大者。',
    ],
    [
      '的便利程度',
      '记者从市交通运输局了解到，全市今年将新建改建农村公路一千二百公里，进一步完善城乡交通网络，提升群众出行',
      '的便利程度和安全水平。目前各项工程已陆续开工。',
    ],
  ])('pairs the rest that opens %s… with its head', (_n, head, rest) => {
    const text = [
      '国家主席习近平会见外国领导人',
      '**央视网消息**（新闻联播）：国家主席习近平今天下午在人民大会堂会见来华进行国事访问的外国领导人。',
      head,
      '双方一致同意，加强经贸、人文等领域交流合作，共同维护多边主义和国际公平正义。',
      rest,
      '会见前，习近平在人民大会堂北大厅为来访领导人举行欢迎仪式。王毅等参加上述活动。',
    ].join('\n\n');
    const f = found(text, 'displaced-fragment');
    expect(f.map((x) => x.actual.slice(0, 4))).toEqual([rest.slice(0, 4)]);
    expect(f[0]!.related![0]!.end).toBe(text.indexOf(head) + head.length);
  });

  it('的确 opens a sentence', () => {
    const head = '记者从市交通运输局了解到，全市今年将新建改建农村公路一千二百公里，进一步完善城乡交通网络';
    const text = [A, head, B, '的确，农村公路建设关系群众出行，也关系乡村振兴。', C].join('\n\n');
    expect(found(text, 'displaced-fragment')).toEqual([]);
  });
});
