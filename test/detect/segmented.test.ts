// Text set one sentence per line (a translation-memory export of the 2020 government work report, its
// first 80 lines): the segmenter cut long sentences after commas on purpose; those are no junctions.
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/index.js';
import { fixture } from '../helpers.js';
import { cleaned, found } from './helpers.js';

const TMX = fixture('corpus/gov-work-report-variants/2020-official-sentences-80-lines.txt');
const JUNCTIONS = ['split-paragraph', 'truncated-paragraph', 'displaced-fragment'] as const;
const junctions = (text: string) =>
  scan(text).filter((f) => (JUNCTIONS as readonly string[]).includes(f.rule) && f.severity !== 'info');

describe('text segmented one sentence per line', () => {
  it('leaves the segments cut after a comma as they are', () => {
    expect(TMX.split('\n').filter((l) => l.endsWith('，')).length).toBeGreaterThanOrEqual(8);
    expect(junctions(TMX)).toEqual([]);
    expect(cleaned(TMX)).toBe(TMX);
  });

  it('still joins a line cut inside a word', () => {
    const whole = '现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。';
    expect(TMX).toContain(`\n${whole}\n`);
    const cut = TMX.replace(whole, `${whole.slice(0, 22)}\n${whole.slice(22)}`);
    const f = found(cut, 'split-paragraph');
    expect(f).toHaveLength(1);
    expect(cleaned(cut)).toBe(TMX);
  });

  it.each([
    // one-sentence paragraphs with a cut or two after a comma: too few comma ends for a segmented text
    ['a page of one-sentence paragraphs with one comma cut', 1],
    ['a page of one-sentence paragraphs with two comma cuts', 2],
  ])('%s is still joined', (_n, cuts) => {
    // the 2024 report's sentences, one a line: a text of single-sentence paragraphs
    const lines = fixture('corpus/gov-work-report/2024.txt')
      .split(/(?<=。)|\n+/)
      .map((l) => l.trim())
      .filter((l) => l.length > 20 && l.endsWith('。'))
      .slice(10, 46);
    // cut long sentences after their last comma (a head of 25 characters or more reads as running text)
    const broken = [...lines];
    let made = 0;
    for (let k = 3; made < cuts && k < broken.length; k++) {
      const s = broken[k]!;
      const at = s.lastIndexOf('，') + 1;
      if (at < 30) continue;
      broken.splice(k, 1, s.slice(0, at), s.slice(at));
      made++;
      k += 8;
    }
    expect(made).toBe(cuts);
    const text = broken.join('\n');
    expect(found(text, 'split-paragraph').length).toBe(cuts);
  });
});
