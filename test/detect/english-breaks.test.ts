// Paragraph breaks inside English sentences: a sentence cut after its first words (no punctuation yet),
// its rest in lower case next or a few paragraphs on, and the capitals that tell a sentence's first word
// from a name. Text from the 2022 State of the Union address (public domain).
import { describe, expect, it } from 'vitest';
import { cleaned, found } from './helpers.js';

const BODY = [
  'Six days ago, Russia’s Vladimir Putin sought to shake the foundations of the free world thinking he could make it bend to his menacing ways. But he badly miscalculated.',
  'From President Zelenskyy to every Ukrainian, their fearlessness, their courage, their determination, inspires the world.',
  'Groups of citizens blocking tanks with their bodies. Everyone from students to retirees teachers turned soldiers defending their homeland.',
  'Throughout our history we’ve learned this lesson when dictators do not pay a price for their aggression they cause more chaos.',
  'We spent months building a coalition of other freedom-loving nations from Europe and the Americas to Asia and Africa to confront Putin.',
  'I spent countless hours unifying our European allies. We shared with the world in advance what we knew Putin was planning.',
];
const [A, B, C, D, E, F] = BODY as [string, string, string, string, string, string];
/** Words of the cut sentences also used whole elsewhere (the pair attested: "and the", "just "). */
const G = 'And the costs and the threats to America and the world keep rising, just as they did before.';

describe('English paragraph breaks', () => {
  it.each([
    ['a sentence cut after its first words', 'He thought he could roll into Ukraine and'],
    ['a short line that ends on a small word', 'If we want to'],
    ['a line cut after a comma, before a sentence', 'This is the law I signed,'],
    ['four words that end on a determiner', 'Helping veterans afford their'],
    // session 12: short lines English grammar says are cut, though too short for the general test
    ['a short line that stops on a modal verb', 'This temporary pier would'],
    ['a short line that stops on a complementizer', 'Studies show that'],
    ['a short line that stops on a comma', 'Here in the people’s House,'],
    // "stud" is no word of the text, but "students" is: a word cut in two
    ['a short line that stops inside a word', 'Everyone from stud'],
    ['a short line in a speaker’s voice (a contraction)', 'We’ll build a national'],
    ['a short line in a speaker’s voice (a pronoun)', 'I signed a bipartisan'],
    ['a short line that opens a subordinate clause', 'Because of those'],
    // a headline does not stop on a small word: a name cut after its first words
    ['a title-case line that stops on a small word', 'The National Institutes of'],
  ])('reports %s as truncated', (_n, head) => {
    const next = head.endsWith(',') ? 'Just 15 percent of them pay anything at all.' : A;
    const text = [B, C, head, next, D, G].join('\n\n');
    const f = found(text, 'truncated-paragraph');
    expect(f).toHaveLength(1);
    expect(text.slice(0, f[0]!.end).endsWith(head)).toBe(true);
    expect(found(text, 'split-paragraph')).toEqual([]);
  });

  it.each([
    ['a title-case heading', 'United States Capitol'],
    ['a short closing line', 'God bless America'],
    ['a name and title', 'President Volodymyr Zelenskyy'],
    ['a headline in sentence case', 'Dayton plant adds 200 jobs'],
    // headings that speak to the reader open with a question word
    ['a heading that speaks, with a question word', 'What you need to know'],
    ['a heading with a pronoun and a question word', 'How we can help'],
    // "expand" is used once, but the text inflects it (expanded): a word, not a piece of one
    ['a heading whose last word the text inflects', 'Plans to expand'],
  ])('leaves %s alone', (_n, line) => {
    const text = [line, A, B, C].join('\n\n');
    expect(found(text, 'truncated-paragraph')).toEqual([]);
    expect(found(text, 'split-paragraph')).toEqual([]);
  });

  it.each([
    [
      'after a word',
      'He thought he could roll into Ukraine and',
      'the world would roll over. Instead he met a wall of strength.',
    ],
    [
      'after a comma, before a name',
      'Along with the people of Mexico, Honduras,',
      'Guatemala and El Salvador, we stand together.',
    ],
    // session 12: a lower-case rest after a number reads on as after a word
    [
      'after a number',
      'We’ve sent 475 Million vaccine doses to 112',
      'countries, more than any other nation.',
    ],
  ])('joins a sentence split %s', (_n, head, rest) => {
    const text = [B, head, rest, C, G].join('\n\n');
    const f = found(text, 'split-paragraph');
    expect(f).toHaveLength(1);
    expect(cleaned(text)).toContain(`${head} ${rest}`);
  });

  // A rest that opens with a name (a capital the text never writes in lower case) that stands after
  // the head's last word elsewhere in the text continues the phrase across the break; the pronoun I
  // opens sentences whatever the text.
  const NAMES =
    'The United States stands with Ukraine, and I told them that I will keep working with the United States Congress.';
  it.each([
    [
      'a name',
      'Please rise and show that we the United',
      'States of America stand with the people of Ukraine.',
      1,
    ],
    [
      'the pronoun I',
      'We listened to the families and told them that',
      'I will never stop fighting for them.',
      0,
    ],
  ])('joins a break before %s only when the phrase runs on elsewhere', (_n, head, rest, joins) => {
    const text = [B, head, rest, C, NAMES].join('\n\n');
    expect(found(text, 'split-paragraph')).toHaveLength(joins as number);
  });

  it('pairs a lower-case rest with its head paragraphs away and rebuilds the sentence', () => {
    const head = 'He thought he could roll into Ukraine and';
    const rest = 'the world would roll over. Instead he met a wall of strength he never imagined.';
    const text = [A, head, B, C, rest, D, E, F, G].join('\n\n');
    const f = found(text, 'displaced-fragment');
    expect(f).toHaveLength(1);
    expect(f[0]!.actual).toBe(rest);
    expect(text.slice(f[0]!.related![0]!.start, f[0]!.related![0]!.end)).toBe(head);
    const out = cleaned(text);
    expect(out).toContain(`${head} ${rest}`);
    expect(out.split('\n\n')).toHaveLength(8);
  });

  it.each([
    // "table" is written whole in the text, "tab" and "le" are not words of it: one word cut in two
    [
      'inside a word',
      'Nobody should have to put food on the tab',
      'le and wonder how to pay.',
      'the table and',
    ],
    // "in" and "to" are words of the text on their own: two words, however "into" reads
    [
      'between two words that also make one',
      'They put everything in',
      'to the plan for the future.',
      'in to the plan',
    ],
  ])('joins a break %s with the right glue', (_n, head, rest, joined) => {
    const text = [B, head, rest, 'We put food on the table for everyone who came in to eat.', C].join('\n\n');
    expect(found(text, 'split-paragraph')).toHaveLength(1);
    expect(cleaned(text)).toContain(joined);
  });

  it('gives each of two heads cut inside a word the rest that completes its word', () => {
    // Both rests open in lower case, which any head would take; only "tab|le" and "har|d" tell them
    // apart ("table" and "hard" are written whole in the last paragraph).
    const h1 = 'Nobody should have to put food on the tab';
    const r1 = 'le and wonder how to pay the bills at the end of the month.';
    const h2 = 'Our mission is to take on the har';
    const r2 = 'd problems first and never look away from them again.';
    const last = 'We put food on the table and we take on hard problems, together, as we always have.';
    // (r2 stands before h2 here: it cannot be h2's displaced rest, and must not be taken for h1's.)
    const text = [A, h1, B, r2, C, h2, D, r1, E, last].join('\n\n');
    const pairs = found(text, 'displaced-fragment')
      .filter((f) => f.related)
      .map((f) => [f.actual, text.slice(f.related![0]!.start, f.related![0]!.end)]);
    expect(pairs).toEqual([[r1, h1]]);
  });

  it('quotes whole English words in its messages', () => {
    const head = 'Let us end cancer as we know it. It is within our power';
    const text = [B, head, C, G].join('\n\n');
    const [t] = found(text, 'truncated-paragraph');
    expect(t!.message).toContain('“our power”');
    expect(t!.actual).toBe('our power');
    const split = [
      B,
      'Nobody should have to put food on the',
      'tablespoons and bowls are all we need.',
      C,
    ].join('\n\n');
    expect(found(split, 'split-paragraph')[0]!.message).toContain(
      '“on the” continues in the next paragraph “tablespoons”',
    );
  });

  // A lower-case paragraph in English text whose paragraphs open with capitals begins mid-sentence even
  // when its head is gone: flagged on its own, never moved.
  const CAPS = [
    A,
    B,
    C,
    D,
    E,
    F,
    G,
    'Putin’s latest attack on Ukraine was premeditated and unprovoked.',
    'He rejected repeated efforts at diplomacy, and he thought the West would not respond.',
    'We countered Russia’s lies with truth, and now the free world is holding him accountable.',
  ];
  it('flags a lower-case fragment whose head is lost, without a repair', () => {
    const rest = 'the world would roll over. Instead he met a wall of strength he never imagined.';
    const text = [...CAPS.slice(0, 5), rest, ...CAPS.slice(5)].join('\n\n');
    const f = found(text, 'displaced-fragment');
    expect(f).toHaveLength(1);
    expect(f[0]!.actual).toBe(rest);
    expect(f[0]!.related).toBeUndefined();
    expect(cleaned(text)).toBe(text);
  });

  it.each([
    ['a lettered list item', 'a) road repairs and a new library branch for the city.'],
    ['a brand that opens in lower case', 'iPhone sales rose again in the last quarter of the year.'],
    ['a single lower-case word', 'etc.'],
  ])('leaves %s alone', (_n, line) => {
    const text = [...CAPS.slice(0, 5), line, ...CAPS.slice(5)].join('\n\n');
    expect(found(text, 'displaced-fragment')).toEqual([]);
  });

  it('leaves lower-case paragraphs alone where many paragraphs open in lower case', () => {
    const lower = CAPS.map((p) => p.charAt(0).toLowerCase() + p.slice(1));
    const text = [...CAPS.slice(0, 5), ...lower.slice(0, 3), ...CAPS.slice(5)].join('\n\n');
    expect(found(text, 'displaced-fragment')).toEqual([]);
  });

  it('does not take a capitalized sentence for the rest of a comma-ended line', () => {
    // "Just" is written in lower case in G: its capital here opens a sentence.
    const text = [B, 'This is the law I signed,', 'Just 15 percent of them pay anything at all.', G].join(
      '\n\n',
    );
    expect(found(text, 'split-paragraph')).toEqual([]);
    expect(found(text, 'truncated-paragraph')).toHaveLength(1);
  });
});
