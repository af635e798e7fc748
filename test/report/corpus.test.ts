// The corpus report page without a browser: the document text survives highlighting and escaping
// exactly (property), and nothing in a document can open a tag.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/detect/types.js';
import { RULES } from '../../src/detect/types.js';
import { renderCorpusReport } from '../../src/report/corpus.js';
import { LineIndex } from '../../src/text/index.js';

const ENT: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The text shown in the .doc block: tags and footnote anchors removed, entities decoded, lines joined. */
function shownText(html: string): string {
  const doc = html.slice(html.indexOf('<div class="doc">'), html.lastIndexOf('</section>'));
  const lines = [...doc.matchAll(/<span class="tx">([\s\S]*?)<\/span><\/div>/g)].map((m) =>
    (m[1] as string)
      .replace(/<a class="fa"[^>]*>\[\d+\]<\/a>/g, '')
      .replace(/<[^>]+>/g, '')
      .replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENT[e] as string),
  );
  return lines.join('\n');
}

function finding(text: string, start: number, end: number, rule: Finding['rule']): Finding {
  const lines = new LineIndex(text);
  const a = lines.position(start);
  const b = lines.position(end);
  return {
    rule,
    severity: 'warning',
    confidence: 1,
    start,
    end,
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
    message: `m<${rule}>`,
    actual: text.slice(start, end),
    related: start > 0 ? [{ start: 0, end: Math.min(start, 3), note: 'first <copy>' }] : undefined,
  };
}

const chars = fc.constantFrom('<', '>', '&', '"', "'", 'a', '中', '文', '\n', ' ', '。', 's', 'c', '/', '😀');

describe('renderCorpusReport', () => {
  it('property: the document text is shown exactly, whatever the findings', () => {
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 80 }).map((a) => a.join('')),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...RULES)), { maxLength: 6 }),
        (text, spans) => {
          const findings = spans.map(([x, y, rule]) => {
            const s = text.length ? x % (text.length + 1) : 0;
            const e = text.length ? y % (text.length + 1) : 0;
            return finding(text, Math.min(s, e), Math.max(s, e), rule);
          });
          const html = renderCorpusReport({ files: [{ path: 'x<y>.txt', text, findings }] });
          expect(shownText(html)).toBe(text);
          // only our own tags: nothing from the text or the messages opens one
          expect(html).not.toMatch(/<(script|img|iframe|object|svg)/i);
          expect(html.match(/<a class="fa"/g)?.length ?? 0).toBe(findings.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('CRLF and lone CR line breaks are lines too', () => {
    const text = 'one\r\ntwo\rthree\n';
    const html = renderCorpusReport({ files: [{ path: 'a.txt', text, findings: [] }] });
    expect(html.match(/class="ln"/g)).toHaveLength(4);
  });

  it('files, clusters and boilerplate are listed; single-member clusters are not', () => {
    const html = renderCorpusReport({
      files: [
        { path: 'a.txt', text: 'x', findings: [] },
        { path: 'b.txt', text: 'x', findings: [] },
      ],
      clusters: [
        { representative: 'a.txt', members: ['a.txt', 'b.txt'] },
        { representative: 'c.txt', members: ['c.txt'] },
      ],
      boilerplate: [{ text: '返回首页', docs: 5 }],
      errors: [{ path: 'bad.txt', message: 'cannot decode' }],
    });
    expect(html).toContain('<b>1</b> near-duplicate clusters');
    expect(html).toContain('<strong><a href="#file-1">a.txt</a></strong>, <a href="#file-2">b.txt</a>');
    expect(html).toContain('in 5 files');
    expect(html).toContain('bad.txt: cannot decode');
  });

  it('a 200-page document renders in well under a second', () => {
    let text = '';
    while (text.length < 360_000) text += '第一句话。第二句话！\n\n<b>标签</b> & more text here.\n\n';
    const findings = [];
    for (let s = 0; s + 10 < text.length; s += 900) findings.push(finding(text, s, s + 10, 'doubled-phrase'));
    const t0 = performance.now();
    const html = renderCorpusReport({ files: [{ path: 'big.txt', text, findings }] });
    const ms = performance.now() - t0;
    expect(html.length).toBeGreaterThan(text.length);
    expect(ms).toBeLessThan(2000);
  });
});
