// Probe pages, session 12: English news pages as scrapers leave them, written by hand in the style of
// wire copy (the events and the quotes are the pages' own). Each row says which non-info findings a
// page must get, which text clean() must keep and which it must take out; every page must clean
// losslessly (apply, invert) and idempotently.
import { describe, it } from 'vitest';
import { checkProbe, type Probe } from './probe-harness.js';

const PROBES: Record<string, Probe> = {
  // A wire story page: a headline with a comma over its byline, a time stamp, an ad slot and a related
  // link inside the story, a photo caption ending in its agency credit, the credits in brackets and the
  // agency's trust line under it. Only the chrome goes; the headline is no cut sentence.
  'english-wire.txt': {
    found: { boilerplate: 7 },
    kept: [
      'Fed holds rates steady as inflation cools, signals cuts ahead\n\nWASHINGTON (Reuters)',
      'remained elevated.\n\nPolicymakers now see',
      'since July.',
    ],
    gone: [
      'By Howard',
      'PM EDT',
      'Advertisement',
      'Related:',
      'REUTERS/Evelyn',
      '(Reporting by',
      'Our Standards',
    ],
  },
  // A news agency's English page: a headline without a full stop over a tool bar, a doubled word in a
  // quotation, a sentence cut by an ad slot (a page break: it is joined across the slot), a quotation
  // over two paragraphs (the second reopens with “), an English page-jump marker inside a line, mixed
  // Chinese, and the site's comment, section and footer chrome.
  'english-xinhua.txt': {
    found: { boilerplate: 6, 'doubled-phrase': 1, 'split-paragraph': 1 },
    kept: [
      'Two sessions open in Beijing today\n\nBEIJING',
      'keep the economy stable',
      'a move away from property and infrastructure',
      '“However, external risks remain,” he added.',
      '(in Chinese: 政府工作报告全文)',
    ],
    gone: [
      'Share | Print',
      'Advertisement',
      '(Continued on page 5)',
      'Be the first',
      'Most Read',
      'Privacy Policy',
    ],
  },
};

describe('probe pages (session 12)', () => {
  it.each(Object.entries(PROBES))('%s', (file, probe) => checkProbe(file, probe));
});
