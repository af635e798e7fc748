// The text's own English grammar (latin-flow.ts): word classes, how they follow one another here, and
// the tie between two heads competing for two lower-case rests that only grammar tells apart. Text
// adapted from the 2022 State of the Union address (public domain).
import { describe, expect, it } from 'vitest';
import { ScanContext } from '../../src/detect/context.js';
import { breakFlow, flowScore, wordClass } from '../../src/detect/latin-flow.js';
import { resolveOptions } from '../../src/detect/options.js';
import { found } from './helpers.js';

describe('wordClass', () => {
  it.each([
    ['the', 'the'],
    ['With', 'with'],
    ['they’re', "they're"],
    ['Pittsburgh', 'Cap'],
    ['building', '-ing'],
    ['violated', '-ed'],
    ['electric', '-ic'],
    ['families', '-es'],
    ['jobs', '-s'],
    ['ring', 'w'], // too short for its suffix to say anything
    ['700', '#'],
    [',', ','],
  ])('%s → %s', (word, cls) => {
    expect(wordClass(word)).toBe(cls);
  });
});

const BODY = [
  'Six days ago, Russia’s Vladimir Putin sought to shake the foundations of the free world.',
  'We spent months building a coalition of other freedom-loving nations from Europe and the Americas.',
  'I spent countless hours unifying our European allies. We shared with the world what we knew.',
  'Tomorrow will be better for workers. Today was hard for families, and the winter was long.',
  'We will meet with leaders, with workers, with families and with anyone who wants to help.',
  'The plan was simple, the work was hard, and the outcome was a stronger country for all of us.',
  'Last year was the best year for jobs in our history, and this year was better still.',
];
const ctxOf = (text: string) => new ScanContext(text, resolveOptions({}));

describe('flowScore', () => {
  const ctx = ctxOf(BODY.join('\n\n'));
  it.each([
    // "was" follows adverbs and nouns here, never a preposition
    ['yesterday', 'was', 'with', 'was'],
    // "with" is followed by nouns (plural -s, -es) here
    ['with', 'families', 'with', 'was'],
  ])('%s | %s reads on better than %s | %s', (a, b, c, d) => {
    expect(flowScore(ctx, a, b)).toBeGreaterThan(flowScore(ctx, c, d));
  });

  it('reads the words across a break, a comma included', () => {
    const text = 'We met with leaders, with workers.\n\nand then';
    const c = ctxOf(text);
    const comma = text.indexOf(',') + 1;
    expect(breakFlow(c, comma, text.indexOf('and'))).toBe(flowScore(c, ',', 'and'));
    expect(breakFlow(c, text.indexOf('.\n'), text.indexOf('and'))).toBe(flowScore(c, 'workers', 'and'));
    // a sentence's first word is classed as the sentence-initial words were counted
    const y = ctxOf(`${BODY.join('\n\n')}\n\nHe is here. Yesterday\n\nwas`);
    expect(breakFlow(y, y.text.lastIndexOf('\n\nwas'), y.text.length - 3)).toBe(
      flowScore(y, 'yesterday', 'was'),
    );
    // no word before the break: no evidence
    expect(breakFlow(c, 0, text.indexOf('and'))).toBe(0);
  });
});

describe('two heads, two lower-case rests', () => {
  it('gives each rest the head whose last word it follows by the text’s grammar', () => {
    // Both rests open in lower case after a word (the same evidence for either head); the nearer head
    // of the first rest is the wrong one: "with | was" never occurs here, "Yesterday | was" does.
    const h1 = 'Joshua is here with us tonight. Yesterday';
    const r1 = 'was his birthday, and we sang for him.';
    const h2 = 'For Joshua, and for the young people with';
    const r2 = 'diabetes, let us cap the cost of insulin.';
    const [A, B, C, D, E, F, G] = BODY as [string, string, string, string, string, string, string];
    const text = [A, h1, B, h2, C, r1, D, r2, E, F, G].join('\n\n');
    const pairs = found(text, 'displaced-fragment')
      .filter((f) => f.related)
      .map((f) => [f.actual, text.slice(f.related![0]!.start, f.related![0]!.end)]);
    expect(pairs).toEqual([
      [r1, h1],
      [r2, h2],
    ]);
  });
});

describe('a name cut between two capitalized words', () => {
  // "Families" and "Care" are written in lower case too (families, care): alone, their capital would
  // mark a sentence's first word.
  const OTHER = [
    'Families across the country need help with the cost of care for children and parents.',
    'We will lower costs for working families, and we will make care affordable for everyone.',
    'Millions of families count on it, and the care they get is better than it has ever been.',
  ];
  const NAMED = 'The American Families Plan and the Affordable Care Act will help them.';
  it.each([
    ['the American', 'Families Plan puts money into the pockets of millions of families.', true],
    ['Millions of people get their coverage on the Affordable', 'Care Act and save on premiums.', true],
    // the two never stand together elsewhere
    ['Millions of people get their coverage on the Affordable', 'Families Plan and save.', false],
    // a small word before the capital: a sentence's first word may follow it
    ['This will help the', 'Families Plan puts money into the pockets of millions of families.', false],
  ])('%s | %s: joined %s', (head, rest, joined) => {
    const full = head.startsWith('the') ? `Tonight I am introducing ${head}` : head;
    const text = [OTHER[0], NAMED, full, rest, OTHER[1], OTHER[2]].join('\n\n');
    expect(found(text, 'split-paragraph')).toHaveLength(joined ? 1 : 0);
  });
});
