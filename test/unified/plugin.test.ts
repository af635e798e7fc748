// The adapter from findings to vfile messages. `createPlugin` takes the scan function, so these tests
// feed it findings with known fields and check every field lands where unified users expect it.
import remarkParse from 'remark-parse';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { reporter } from 'vfile-reporter';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/detect/types.js';
import { LineIndex } from '../../src/text/index.js';
import { createPlugin, DOCS_URL, type Options } from '../../src/unified/plugin.js';

const text = '# Title\n\nSame paragraph here.\n\nSame paragraph here.\n\nwe we went home.\n';

function span(
  quote: string,
  from = 0,
): Pick<Finding, 'start' | 'end' | 'line' | 'column' | 'endLine' | 'endColumn'> {
  const start = text.indexOf(quote, from);
  const lines = new LineIndex(text);
  const a = lines.position(start);
  const b = lines.position(start + quote.length);
  return {
    start,
    end: start + quote.length,
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
  };
}

const second = text.lastIndexOf('Same paragraph here.');
const FINDINGS: Finding[] = [
  {
    rule: 'repeated-block',
    severity: 'warning',
    confidence: 0.95,
    ...span('Same paragraph here.', second),
    message: 'Paragraph repeats the one at 3:1',
    actual: 'Same paragraph here.',
    expected: '',
    related: [{ ...span('Same paragraph here.'), note: 'First copy' }],
    fix: [{ start: second, end: second + 22, text: '' }],
  },
  {
    rule: 'doubled-phrase',
    severity: 'error',
    confidence: 0.9,
    ...span('we we'),
    message: 'Doubled word “we”',
    actual: 'we we',
    expected: 'we',
  },
  {
    rule: 'boilerplate',
    severity: 'info',
    confidence: 0.5,
    ...span('# Title'),
    message: 'Heading chrome',
    actual: '# Title',
  },
];

let lastOptions: Record<string, unknown> | undefined;
const plugin = createPlugin((value, options) => {
  expect(value).toBe(text);
  lastOptions = options;
  // like scan, honour 'off' rules
  const rules = (options?.rules ?? {}) as Record<string, string>;
  return FINDINGS.filter((f) => rules[f.rule] !== 'off');
});

async function lint(parser: 'retext' | 'remark', options?: Options) {
  const file = new VFile({ path: 'doc.md', value: text });
  // two separate chains: each parser gives the processor its own tree type
  if (parser === 'retext') {
    const p = unified().use(retextEnglish).use(plugin, options);
    await p.run(p.parse(file), file);
  } else {
    const p = unified().use(remarkParse).use(plugin, options);
    await p.run(p.parse(file), file);
  }
  return file;
}

describe('jiaokan/unified', () => {
  it.each(['retext', 'remark'] as const)('reports findings as vfile messages under %s', async (parser) => {
    const file = await lint(parser);
    expect(file.messages).toHaveLength(3);
    const [repeated, doubled, info] = file.messages as [VFileMessage, VFileMessage, VFileMessage];
    expect(repeated.source).toBe('jiaokan');
    expect(repeated.ruleId).toBe('repeated-block');
    expect(repeated.reason).toBe('Paragraph repeats the one at 3:1');
    expect(repeated.place).toEqual({
      start: { line: 5, column: 1, offset: second },
      end: { line: 5, column: 21, offset: second + 20 },
    });
    expect(repeated.actual).toBe('Same paragraph here.');
    expect(repeated.expected).toEqual(['']);
    expect(repeated.url).toBe(`${DOCS_URL}#repeated-block`);
    expect(repeated.fatal).toBe(false);
    // the first copy is the cause, as remark-lint-no-duplicate-headings reports it
    expect(repeated.cause).toBeInstanceOf(VFileMessage);
    const cause = repeated.cause as VFileMessage;
    expect(cause.reason).toBe('First copy');
    expect(cause.place).toEqual({
      start: { line: 3, column: 1, offset: 9 },
      end: { line: 3, column: 21, offset: 29 },
    });

    expect(doubled.fatal).toBe(true);
    expect(doubled.cause).toBeUndefined();
    expect(doubled.expected).toEqual(['we']);
    expect(info.fatal).toBeUndefined();
  });

  it('per-rule severity like unified-lint-rule: off, warn, error and 0/1/2', async () => {
    const file = await lint('retext', {
      rules: { 'repeated-block': 'error', 'doubled-phrase': 1, boilerplate: 'off' },
    });
    expect(file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([
      ['repeated-block', true],
      ['doubled-phrase', false],
    ]);
    expect(lastOptions).toEqual({
      rules: { 'repeated-block': 'error', 'doubled-phrase': 'warning', boilerplate: 'off' },
    });
    const off = await lint('retext', {
      rules: { 'repeated-block': 0, 'doubled-phrase': false, boilerplate: 2 },
    });
    // the boilerplate finding is info (low confidence): a level does not promote it
    expect(off.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['boilerplate', undefined]]);
  });

  it('passes other scan options through', async () => {
    await lint('remark', { scan: { minBlockChars: 30 } });
    expect(lastOptions).toEqual({ minBlockChars: 30 });
  });

  it.each([
    [{ rules: { nope: 'off' } }, /unknown rule "nope"/],
    [{ rules: { mojibake: 'loud' } }, /invalid severity "loud"/],
    [{ rules: { mojibake: 3 } }, /invalid severity 3/],
  ])('rejects bad options: %j', async (options, pattern) => {
    await expect(lint('retext', options as unknown as Options)).rejects.toThrow(pattern);
  });

  it('accepts null and undefined options', async () => {
    expect((await lint('retext', null as unknown as Options)).messages).toHaveLength(3);
  });

  it('vfile-reporter prints the messages, with the cause', async () => {
    const out = reporter([await lint('retext')], { color: false });
    expect(out).toMatch(/5:1-5:21 +warning Paragraph repeats the one at 3:1 repeated-block jiaokan/);
    expect(out).toMatch(/\[cause\]:\n\s+3:1-3:21 +info +First copy/);
    expect(out).toContain('3 messages (✖ 1 error, ⚠ 1 warning)');
  });
});
