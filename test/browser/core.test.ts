/// <reference lib="dom" />
// The core library inside Chromium: the root entry bundled by esbuild for platform "browser" (as a web
// app would) runs scan, clean, diff and formatChanges on real text. scan and clean give exactly what Node
// gives, the GBK trial repair included (from the page's own TextDecoder); diff gives the same paragraph
// and sentence alignment. Token edits come from the platform's word segmenter, and Chromium's ICU is not
// Node's, so there only validity is compared (the change set turns a into b).
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { align, applyChanges, clean, diff, scan } from '../../src/index.js';
import { fixture } from '../helpers.js';
import { type Browser, launch } from './chromium.js';

const ROOT = path.join(import.meta.dirname, '../..');
let browser: Browser;
let bundle = '';

beforeAll(async () => {
  const out = await build({
    entryPoints: [path.join(ROOT, 'src/index.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'jiaokan',
    write: false,
    logLevel: 'silent',
  });
  bundle = out.outputFiles[0]?.text ?? '';
  browser = await launch();
  await browser.page.setContent('<!doctype html><meta charset="utf-8"><title>core</title>');
  await browser.page.addScriptTag({ content: bundle });
});
afterAll(async () => {
  await browser?.close();
});

interface Block {
  op: string;
  a: unknown;
  b: unknown;
  children?: Block[];
}
/** Paragraph blocks and their sentence children: ops and ranges, no token level. */
function outline(al: { blocks: readonly Block[] }) {
  return al.blocks.map((x) => ({
    op: x.op,
    a: x.a,
    b: x.b,
    children: (x.children ?? []).map((c) => ({ op: c.op, a: c.a, b: c.b })),
  }));
}

/** What the page computes for these inputs, as JSON-ready values. */
async function inPage(texts: { seed: string; garbled: string; a: string; b: string }) {
  return browser.page.evaluate((t) => {
    // the same function as outline() below, defined in the page
    const outline = (al: { blocks: Block[] }) =>
      al.blocks.map((x) => ({
        op: x.op,
        a: x.a,
        b: x.b,
        children: (x.children ?? []).map((c) => ({ op: c.op, a: c.a, b: c.b })),
      }));
    const j = (window as unknown as { jiaokan: typeof import('../../src/index.js') }).jiaokan;
    const cleaned = j.clean(t.seed);
    const cs = j.diff(t.a, t.b);
    return {
      scan: j.scan(t.seed),
      cleaned: cleaned.text,
      restored: j.applyChanges(cleaned.text, j.invertChanges(cleaned.changes)) === t.seed,
      garbled: j.clean(t.garbled).text,
      diff: JSON.parse(JSON.stringify(cs)),
      outline: outline(j.align(t.a, t.b)),
      patch: j.formatChanges(t.a, cs, 'patch', { aName: 'a', bName: 'b' }),
    };
  }, texts);
}

describe('core library in the browser', () => {
  it('bundles without any node: import', () => {
    expect(bundle.length).toBeGreaterThan(100_000);
    expect(bundle).not.toMatch(/from\s*["']node:|require\(["']node:/);
  });

  it('scan and clean give what Node gives; diff the same paragraph and sentence alignment', async () => {
    const seed = fixture('002_d4730f42f3b6ffd7.txt');
    // UTF-8 read as GBK (浣犲ソ…): the repair needs the page's TextDecoder('gbk')
    const garbled = `会议指出，${new TextDecoder('gbk').decode(new TextEncoder().encode('中国经济保持稳定增长，就业形势总体稳定'))}。`;
    const a = fixture('corpus/gov-work-report/2023.txt');
    const b = fixture('corpus/gov-work-report/2024.txt');
    const page = await inPage({ seed, garbled, a, b });

    expect(page.scan).toEqual(JSON.parse(JSON.stringify(scan(seed))));
    expect(page.cleaned).toBe(clean(seed).text);
    expect(page.restored).toBe(true);
    expect(page.garbled).toBe('会议指出，中国经济保持稳定增长，就业形势总体稳定。');
    expect(page.garbled).toBe(clean(garbled).text);
    const cs = diff(a, b);
    // Paragraph and sentence levels are the same everywhere; token edits come from the platform's
    // word segmenter (Chromium's ICU is not Node's), so only their validity is compared.
    expect(page.outline).toEqual(outline(align(a, b)));
    expect(applyChanges(a, page.diff)).toBe(b);
    expect(page.diff.changes.length).toBeGreaterThan(0.9 * cs.changes.length);
    expect(page.diff.changes.length).toBeLessThan(1.1 * cs.changes.length);
    expect(page.patch).toContain('--- a\n+++ b\n');
    expect(browser.errors).toEqual([]);
    expect(browser.external).toEqual([]);
  });
});
