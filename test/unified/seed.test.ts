// The plugin with the real scan() on seed 002, under two parsers, printed by vfile-reporter.
import remarkParse from 'remark-parse';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { reporter } from 'vfile-reporter';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/detect/scan.js';
import jiaokan from '../../src/unified/index.js';
import { fixture, SEEDS } from '../helpers.js';

const text = fixture(SEEDS[2]);

async function run(parser: 'retext' | 'remark') {
  const file = new VFile({ path: 'seed-002.txt', value: text });
  if (parser === 'retext') {
    const p = unified().use(retextEnglish).use(jiaokan);
    await p.run(p.parse(file), file);
  } else {
    const p = unified().use(remarkParse).use(jiaokan);
    await p.run(p.parse(file), file);
  }
  return file;
}

describe('jiaokan/unified on seed 002', () => {
  it.each(['retext', 'remark'] as const)(
    'one message per scan finding under %s, placed on the same text',
    async (parser) => {
      const findings = scan(text);
      const file = await run(parser);
      expect(file.messages).toHaveLength(findings.length);
      const messages = [...file.messages].sort(
        (x, y) =>
          (x.place as { start: { offset: number } }).start.offset -
          (y.place as { start: { offset: number } }).start.offset,
      );
      const sorted = [...findings].sort((x, y) => x.start - y.start);
      messages.forEach((m: VFileMessage, i) => {
        const f = sorted[i]!;
        expect(m.ruleId).toBe(f.rule);
        expect(m.actual).toBe(text.slice(f.start, f.end));
        expect(m.fatal).toBe(f.severity === 'error' ? true : f.severity === 'warning' ? false : undefined);
      });
      const repeated = file.messages.filter(
        (m) => m.ruleId === 'repeated-block' || m.ruleId === 'repetition-loop',
      );
      expect(repeated.length).toBeGreaterThan(0);
      for (const m of repeated) expect((m.cause as VFileMessage).place).toBeDefined();
    },
  );

  it('vfile-reporter shows the repeated blocks with their first copy as the cause', async () => {
    const out = reporter([await run('retext')], { color: false });
    expect(out).toMatch(/^seed-002\.txt\n/);
    expect(out).toMatch(/33:1-35:259 +error +Repeated block/);
    expect(out).toMatch(/\[cause\]:\n +19:1-21:259 +info +first copy/);
  });
});
