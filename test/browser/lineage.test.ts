/// <reference lib="dom" />
// The lineage page of `jiaokan versions --format html`, in a real browser.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alignVersions } from '../../src/align/index.js';
import { renderLineage } from '../../src/report/lineage.js';
import { type Browser, launch, SHOTS } from './chromium.js';

const ROOT = path.join(import.meta.dirname, '../..');
let browser: Browser;
const dir = path.join(SHOTS, 'lineage');

beforeAll(async () => {
  browser = await launch();
  mkdirSync(dir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('lineage page', () => {
  it('one column per version, one row per lineage, hostile text inert', async () => {
    const texts = ['2013', '2014', '2015'].map((y) =>
      readFileSync(path.join(ROOT, `examples/reports/hailar-${y}.txt`), 'utf8'),
    );
    texts[2] = `${texts[2]}\n\n<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">\n`;
    const result = alignVersions(texts);
    const file = path.join(dir, 'lineage.html');
    writeFileSync(file, renderLineage(result, texts, { names: ['2013', '2014', '2015 <b>'] }));
    const page = browser.page;
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    expect(await page.locator('thead th').allTextContents()).toEqual(['#', '2013', '2014', '2015 <b>']);
    expect(await page.locator('tbody tr').count()).toBe(result.lineages.length);
    const dropped = result.lineages.filter((l) => l.dropped !== undefined).length;
    expect(await page.locator('tbody tr.dropped').count()).toBe(dropped);
    expect(await page.locator('td .op-dropped').count()).toBe(dropped);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('body').textContent()).toContain('<script>window.__pwned=1</script>');
    expect(browser.external).toEqual([]);
    expect(browser.errors).toEqual([]);
    await page.screenshot({ path: path.join(dir, 'lineage.png') });
  });
});
