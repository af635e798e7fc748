/// <reference lib="dom" />
// The side-by-side page of formatChanges(…, 'html'), in a real browser: structure, moves linked both
// ways (clicked), escaping, and a 200-page document.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diff } from '../../src/align/index.js';
import { formatChanges } from '../../src/format/index.js';
import { type Browser, launch, SHOTS } from './chromium.js';

const ROOT = path.join(import.meta.dirname, '../..');
const read = (p: string) => readFileSync(path.join(ROOT, p), 'utf8');

let browser: Browser;
const dir = path.join(SHOTS, 'diff');

beforeAll(async () => {
  browser = await launch();
  mkdirSync(dir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function open(name: string, html: string): Promise<number> {
  const file = path.join(dir, `${name}.html`);
  writeFileSync(file, html);
  const t0 = Date.now();
  await browser.page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return Date.now() - t0;
}

async function inViewport(selector: string): Promise<boolean> {
  return browser.page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight;
    });
}

describe('diff page', () => {
  it('two annual reports: rows per block, changes inline, every in-page link lands', async () => {
    const a = read('examples/reports/hailar-2013.txt');
    const b = read('examples/reports/hailar-2014.txt');
    await open('reports', formatChanges(a, diff(a, b), 'html', { aName: '2013.txt', bName: '2014.txt' }));
    const page = browser.page;
    expect(await page.title()).toContain('2013.txt');
    expect(await page.locator('tr[data-op]').count()).toBeGreaterThan(50);
    for (const op of ['equal', 'modify', 'insert', 'delete']) {
      expect(await page.locator(`tr[data-op="${op}"]`).count(), op).toBeGreaterThan(0);
    }
    expect(await page.locator('del').count()).toBeGreaterThan(0);
    expect(await page.locator('ins').count()).toBeGreaterThan(0);
    // every in-page link lands on an element that exists
    const hrefs = await page
      .locator('a[href^="#"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    const missing = await page.evaluate(
      (list) => list.filter((h) => h && !document.getElementById(decodeURIComponent(h.slice(1)))),
      hrefs,
    );
    expect(missing).toEqual([]);

    await page.screenshot({ path: path.join(dir, 'reports-top.png') });
    expect(browser.external).toEqual([]);
    expect(browser.errors).toEqual([]);
  });

  it('moved paragraphs link both ways (clicked)', async () => {
    // 2013 against itself with two long paragraphs moved far away and one edited: certain moves
    const a = read('examples/reports/hailar-2013.txt');
    const paras = a.split('\n');
    const long = paras.map((p, i) => [p.length, i] as const).sort((x, y) => y[0] - x[0]);
    const [i1, i2] = [long[2]![1], long[3]![1]].sort((x, y) => x - y) as [number, number];
    const moved = [paras[i1]!, paras[i2]!.replace(/。/, '，并且。')];
    const rest = paras.filter((_, i) => i !== i1 && i !== i2);
    const b = [...rest.slice(0, 3), ...moved, ...rest.slice(3)].join('\n');
    await open('moves', formatChanges(a, diff(a, b), 'html', { aName: 'a.txt', bName: 'b.txt' }));
    const page = browser.page;
    const moves = page.locator('tr[data-op="move"]');
    expect(await moves.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await moves.count()); i++) {
      const row = moves.nth(i);
      const id = (await row.getAttribute('id')) as string;
      const there = (await row.locator('td.op a.jump').getAttribute('href')) as string;
      await row.locator('td.op a.jump').click();
      await expect.poll(() => new URL(page.url()).hash).toBe(there);
      expect(await inViewport(there)).toBe(true);
      // the old position links back to the new one
      const back = page.locator(`${there} td.op a.jump`);
      expect(await back.getAttribute('href')).toBe(`#${id}`);
      await back.click();
      await expect.poll(() => new URL(page.url()).hash).toBe(`#${id}`);
      expect(await inViewport(`#${id}`)).toBe(true);
    }
    await page.locator('tr[data-op="move"]').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(dir, 'reports-move.png') });
    expect(browser.external).toEqual([]);
    expect(browser.errors).toEqual([]);
  });

  it('document text with <script> and <img onerror> is shown, not run', async () => {
    const a = '第一段。\n\n<script>window.__pwned = 1</script>旧的说明。\n\n结尾。\n';
    const b =
      '第一段。\n\n<script>window.__pwned = 2</script>新的说明<img src=x onerror="window.__pwned = 3">。\n\n结尾。\n';
    await open('hostile', formatChanges(a, diff(a, b), 'html', { aName: '<b>a</b>', bName: 'b"' }));
    const page = browser.page;
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('body script, body img').count()).toBe(0);
    expect(await page.locator('body').textContent()).toContain('<script>window.__pwned = 2</script>');
    expect(await page.locator('body').textContent()).toContain('onerror="window.__pwned = 3"');
    expect(browser.external).toEqual([]);
  });

  it('a 200-page document loads and scrolls without freezing', async () => {
    const sources = [
      ...['gov-work-report', 'cpc-congress-report'].flatMap((d) =>
        readdirSync(path.join(ROOT, 'test/fixtures/corpus', d)).map((f) => `test/fixtures/corpus/${d}/${f}`),
      ),
      ...['2013', '2014', '2015'].map((y) => `examples/reports/hailar-${y}.txt`),
      ...readdirSync(path.join(ROOT, 'test/fixtures'))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => `test/fixtures/${f}`),
    ];
    let a = sources.map(read).join('\n\n');
    // a second half with other numbers, so that nothing repeats exactly
    a = `${a}\n\n${a.replace(/\d/g, (d) => String((Number(d) + 3) % 10))}`;
    const paras = a.split('\n\n');
    const kept = paras
      .filter((_, i) => i % 13 !== 5)
      .map((p, i) => (i % 7 === 3 ? p.replace(/发展/g, '进步') : p));
    kept.splice(300, 0, ...kept.splice(40, 5));
    const b = kept.join('\n\n');
    const t0 = performance.now();
    const html = formatChanges(a, diff(a, b), 'html');
    const buildMs = performance.now() - t0;
    const loadMs = await open('big', html);
    const t1 = Date.now();
    await browser.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await browser.page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    const scrollMs = Date.now() - t1;
    const rows = await browser.page.locator('tr[data-op]').count();
    console.log(
      `diff page, ${a.length} → ${b.length} chars (${Math.round(a.length / 1800)} pages of 1,800), ${rows} rows: ` +
        `diff + html ${buildMs.toFixed(0)} ms, ${(html.length / 1e6).toFixed(1)} MB, load ${loadMs} ms, scroll to end ${scrollMs} ms`,
    );
    expect(a.length).toBeGreaterThan(360_000);
    expect(loadMs).toBeLessThan(5000);
    expect(scrollMs).toBeLessThan(3000);
    // a move far down the page is still linked
    const move = browser.page.locator('tr[data-op="move"] td.op a.jump').first();
    await move.click();
    expect(await inViewport((await move.getAttribute('href')) as string)).toBe(true);
  });
});
