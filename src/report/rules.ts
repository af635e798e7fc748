// One line per rule for legends and tooltips (the README's Messages section says more).
import type { RuleId } from '../detect/types.js';

export const RULE_SUMMARY: Record<RuleId, string> = {
  'repeated-block': 'a paragraph or block that repeats an earlier one',
  'repetition-loop': 'the same phrase looping many times (scraper or generator loop)',
  'doubled-phrase': 'a word or phrase written twice in a row',
  'split-paragraph': 'a paragraph cut in two by page layout',
  'truncated-paragraph': 'a paragraph that stops mid-sentence',
  'displaced-fragment': 'a fragment that belongs elsewhere (page header, footnote, caption)',
  boilerplate: 'site chrome: navigation, share buttons, copyright lines',
  mojibake: 'text decoded with the wrong encoding',
  'unbalanced-pair': 'an opening bracket or quote without its partner',
};

/** Colours for highlights, chosen to stay legible on white and to differ between neighbours. */
export const RULE_COLOR: Record<RuleId, string> = {
  'repeated-block': '#ffd8a8',
  'repetition-loop': '#ffa8a8',
  'doubled-phrase': '#ffec99',
  'split-paragraph': '#a5d8ff',
  'truncated-paragraph': '#d0bfff',
  'displaced-fragment': '#b2f2bb',
  boilerplate: '#dee2e6',
  mojibake: '#fcc2d7',
  'unbalanced-pair': '#99e9f2',
};
