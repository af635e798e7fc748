/// <reference lib="dom" />
// The corpus report page in a real browser: structure, links, escaping, long documents.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/detect/types.js';
import { renderCorpusReport } from '../../src/report/corpus.js';
import { LineIndex } from '../../src/text/index.js';
import { CLI } from '../cli/helpers.js';
import { fixture, SEEDS } from '../helpers.js';
import { type Browser, launch, SHOTS } from './chromium.js';

let browser: Browser;
let dir = '';

beforeAll(async () => {
  browser = await launch();
  dir = path.join(SHOTS, 'report');
  mkdirSync(dir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** A finding on the first occurrence of `quote` (test data for the page, not a detector). */
function at(
  text: string,
  quote: string,
  rule: Finding['rule'],
  message: string,
  relatedQuote?: string,
): Finding {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`quote not found: ${quote}`);
  const end = start + quote.length;
  const lines = new LineIndex(text);
  const a = lines.position(start);
  const b = lines.position(end);
  const related =
    relatedQuote === undefined
      ? undefined
      : [
          {
            start: text.indexOf(relatedQuote),
            end: text.indexOf(relatedQuote) + relatedQuote.length,
            note: 'first copy',
          },
        ];
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
    message,
    actual: quote,
    related,
  };
}

async function open(name: string, html: string) {
  const file = path.join(dir, `${name}.html`);
  writeFileSync(file, html);
  const t0 = Date.now();
  await browser.page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { file, ms: Date.now() - t0 };
}

describe('corpus report page', () => {
  const hostile = [
    '<script>window.__pwned = "script"</script>',
    '',
    '正文第一段<img src=x onerror="window.__pwned = \'img\'">结束。',
    '',
    '<a href="javascript:window.__pwned=1">点我</a> & “引号” \'单引号\'',
    '',
    '正文第一段<img src=x onerror="window.__pwned = \'img\'">结束。',
    '',
  ].join('\n');
  const seed = fixture(SEEDS[2]);

  it('has the sections, the legend and highlighted findings', async () => {
    const html = renderCorpusReport({
      title: 'Seeds <b>report</b>',
      files: [
        {
          path: 'seed-002.txt',
          text: seed,
          encoding: 'utf-8',
          findings: [
            at(seed, '长江日报记者', 'boilerplate', 'Byline of the newspaper'),
            at(
              seed,
              '武汉要在支点建设中当好龙头,走在',
              'truncated-paragraph',
              'Paragraph stops mid-sentence',
            ),
          ],
        },
        {
          path: 'hostile <x>.txt',
          text: hostile,
          findings: [
            at(hostile, '<script>window.__pwned = "script"</script>', 'mojibake', 'Markup <script> in text'),
            {
              ...at(
                hostile,
                '正文第一段<img src=x onerror="window.__pwned = \'img\'">结束。',
                'repeated-block',
                'Paragraph repeats <img>',
              ),
              start: hostile.lastIndexOf('正文第一段'),
              end:
                hostile.lastIndexOf('正文第一段') +
                '正文第一段<img src=x onerror="window.__pwned = \'img\'">结束。'.length,
              line: 7,
              endLine: 7,
              related: [
                {
                  start: hostile.indexOf('正文第一段'),
                  end: hostile.indexOf('结束。') + 3,
                  note: 'first copy',
                },
              ],
            },
          ],
        },
      ],
      clusters: [{ representative: 'seed-002.txt', members: ['seed-002.txt', 'hostile <x>.txt'] }],
      boilerplate: [{ text: '■长江日报记者 <i>x</i>', docs: ['seed-002.txt', 'hostile <x>.txt'] }],
    });
    await open('small', html);
    const page = browser.page;
    expect(await page.title()).toBe('Seeds <b>report</b>');
    expect(await page.locator('h1').textContent()).toBe('Seeds <b>report</b>');
    for (const id of ['#files', '#clusters', '#boilerplate', '#file-1', '#file-2']) {
      expect(await page.locator(id).count(), id).toBe(1);
    }
    expect(await page.locator('.legend li').count()).toBe(10);
    expect(await page.locator('#files tbody tr').count()).toBe(2);
    // every finding is highlighted in its rule's colour, with rule and message in the tooltip
    const marks = page.locator('#file-1 mark.r-boilerplate');
    expect(await marks.count()).toBeGreaterThan(0);
    expect(await marks.first().textContent()).toBe('长江日报记者');
    expect(await marks.first().getAttribute('title')).toBe('boilerplate: Byline of the newspaper');
    expect(await page.locator('#file-2 mark.related').count()).toBeGreaterThan(0);
    expect(await page.locator('#file-2 mark.r-repeated-block').first().getAttribute('title')).toContain(
      'repeated-block: Paragraph repeats <img>',
    );

    // hostile text is shown as text and runs nothing
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(
      await page.locator('#file-2 .doc img, #file-2 .doc script, #file-2 .doc a[href^="javascript"]').count(),
    ).toBe(0);
    expect(await page.locator('#file-2 .doc').textContent()).toContain(
      '<script>window.__pwned = "script"</script>',
    );
    expect(await page.locator('#file-2 .doc').textContent()).toContain('onerror="window.__pwned');
    expect(await page.locator('.bp').textContent()).toBe('■长江日报记者 <i>x</i>');
    expect(browser.external).toEqual([]);
    expect(browser.errors).toEqual([]);

    await page.screenshot({ path: path.join(dir, 'report-top.png') });
    await page.locator('#file-1 .doc').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(dir, 'report-doc.png') });
  });

  it('links go from the list to the text and back, and cluster members to their file', async () => {
    const page = browser.page;
    await page.click('#file-2 table.findings a[href="#file-2-f2"]');
    await expect.poll(() => new URL(page.url()).hash).toBe('#file-2-f2');
    await expect.poll(() => page.locator('#file-2-f2').isVisible()).toBe(true);
    await expect.poll(() => inViewport(page, '#file-2-f2')).toBe(true);
    await page.click('#file-2-f2');
    await expect.poll(() => new URL(page.url()).hash).toBe('#file-2-l2');
    await expect.poll(() => inViewport(page, '#file-2-l2')).toBe(true);
    await page.click('#clusters a[href="#file-2"]');
    await expect.poll(() => new URL(page.url()).hash).toBe('#file-2');
    await expect.poll(() => inViewport(page, '#file-2 h2')).toBe(true);
  });

  it('renders a 200-page document without freezing', async () => {
    // 200 pages of about 1,800 characters: the seeds repeated, with a finding every ~10 lines
    let big = '';
    while (big.length < 360_000) big += `${seed}\n\n`;
    const lines = new LineIndex(big);
    const findings: Finding[] = [];
    for (let l = 0; l < lines.lineStarts.length - 1; l += 10) {
      const start = lines.lineStarts[l] as number;
      const end = Math.min(start + 8, (lines.lineStarts[l + 1] as number) - 1);
      if (end <= start) continue;
      const a = lines.position(start);
      const b = lines.position(end);
      findings.push({
        rule: 'doubled-phrase',
        severity: 'info',
        confidence: 1,
        start,
        end,
        line: a.line,
        column: a.column,
        endLine: b.line,
        endColumn: b.column,
        message: `finding ${findings.length + 1}`,
        actual: big.slice(start, end),
      });
    }
    const t0 = performance.now();
    const html = renderCorpusReport({ files: [{ path: 'big.txt', text: big, findings }] });
    const renderMs = performance.now() - t0;
    const { ms } = await open('big', html);
    const page = browser.page;
    // jump to the last finding: the browser must lay out what it skipped so far
    const last = `#file-1-f${findings.length}`;
    const t1 = Date.now();
    await page.click(`table.findings a[href="${last}"]`);
    await expect.poll(() => inViewport(page, last)).toBe(true);
    const jumpMs = Date.now() - t1;
    const t2 = Date.now();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const scrollMs = Date.now() - t2;
    console.log(
      `report, ${big.length} chars, ${lines.lineStarts.length} lines, ${findings.length} findings: ` +
        `html ${(html.length / 1e6).toFixed(1)} MB built in ${renderMs.toFixed(0)} ms, load ${ms} ms, ` +
        `jump to last finding ${jumpMs} ms, scroll to end ${scrollMs} ms`,
    );
    await page.screenshot({ path: path.join(dir, 'report-big.png') });
    // line numbers keep counting across the chunks the browser renders lazily
    const lastLine = page.locator('.ln').last();
    expect(await lastLine.evaluate((el) => getComputedStyle(el, '::before').content)).toBe(
      `"${lines.lineStarts.length}"`,
    );
    expect(ms).toBeLessThan(5000);
    expect(jumpMs).toBeLessThan(3000);
    expect(scrollMs).toBeLessThan(3000);
  });
});

describe('jiaokan report, as the CLI writes it', () => {
  it('real findings of the seeds highlighted in their text, hostile text inert', async () => {
    const work = path.join(dir, 'cli');
    mkdirSync(work, { recursive: true });
    for (const s of SEEDS) writeFileSync(path.join(work, s), fixture(s));
    writeFileSync(
      path.join(work, 'evil.txt'),
      '<script>window.__pwned=1</script>\n\n<img src=x onerror="window.__pwned=2">\n',
    );
    const out = path.join(dir, 'cli-report.html');
    execFileSync(process.execPath, [CLI, 'report', work, '--out', out, '--quiet'], { encoding: 'utf8' });
    const json = execFileSync(process.execPath, [CLI, 'scan', '--json', path.join(work, SEEDS[2])], {
      encoding: 'utf8',
    });
    const findings = json.trim().split('\n').length;
    await browser.page.goto(pathToFileURL(out).href, { waitUntil: 'load' });
    const page = browser.page;
    expect(await page.locator('section.file').count()).toBe(SEEDS.length + 1);
    // seed 002 is the third file: its table lists every finding, each one marked in the text
    const section = page.locator('section.file').nth(2);
    expect(await section.locator('h2').textContent()).toContain(SEEDS[2]);
    expect(await section.locator('table.findings tbody tr').count()).toBe(findings);
    expect(await section.locator('a.fa').count()).toBe(findings);
    expect(await section.locator('mark.r-repetition-loop').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(browser.external).toEqual([]);
    await section.locator('mark.r-repetition-loop').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(dir, 'cli-report-loop.png') });
  });
});

async function inViewport(page: Browser['page'], selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  });
}
