// Enumerations cut in two: a head that stops on 、 and a later paragraph whose first item echoes the
// head's last item (same first or last ideograph) and goes on with the list.
import { describe, expect, it } from 'vitest';
import { enumerationEcho } from '../../src/detect/enumerations.js';
import { expectPairedOnlyWithItsRest } from './helpers.js';

describe('enumerationEcho', () => {
  it.each<[string, string, boolean]>([
    ['集中整治乱收费、乱罚款、', '乱检查、乱查封，坚决防止违规', true], // same first ideograph
    ['加强经济建设、政治建设、文化建设、', '社会建设、生态文明建设，促进', true], // same last
    ['有力应对疫情、', '灾情等不利影响，确保不发生规模性返贫', true], // then 等
    ['开发利用网络化、数字化、', '智能化等技术', true],
    ['完善科技金融、', '绿色金融和普惠金融', true], // then 和
    ['深化集体产权、', '集体林权改革。', false], // the list does not go on
    ['开展绿色智能家电、', '绿色建材下乡', false], // no echo: 开…电 against 绿…乡
    ['加强充电桩、', '加强社会保障。', false], // one verb opens both, the rest's clause ends on 。
    ['集中整治乱收费、乱罚款，', '乱检查、乱查封', false], // the head stops on a comma
    ['乱罚款、', '乱检查、', true],
    ['、', '乱检查、', false],
    ['推进政府职能转变和简政放权改革、', '改革开放、', false], // the head's last item is too long
  ])('%s | %s → %s', (head, rest, want) => {
    const text = `${head}\n\n${rest}`;
    expect(enumerationEcho(text, 0, head.length, head.length + 2, text.length)).toBe(want);
  });
});

describe('displaced-fragment of an enumeration', () => {
  // A report paragraph cut after an item of a list, its rest moved `d` paragraphs down: after 、 no word
  // runs across the break; the echo of the items pairs the rest with its head. With the rest deleted the
  // head pairs with nothing.
  it.each([
    ['2025.txt', '集中整治乱收费、乱罚款、', '乱检查、乱查封', 2],
    ['2015.txt', '政治建设、文化建设、', '社会建设、生态文明建设', 4],
    ['2023.txt', '有力应对疫情、', '灾情等不利影响', 2],
    ['2024.txt', '航空发动机、', '燃气轮机、第四代核电机组', 4],
  ])('pairs the rest of a list with its head (%s …%s)', (file, head, rest, d) => {
    expectPairedOnlyWithItsRest(file, head, rest, d);
  });
});
