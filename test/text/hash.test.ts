import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hash53, hash64, hashHex } from '../../src/index.js';

describe('64-bit hash', () => {
  it('is deterministic, range-aware and seedable', () => {
    const text = '关键词十四:辐射带动作用不断增强';
    expect(hashHex(text)).toBe(hashHex(`${text}`));
    expect(hashHex(`xx${text}yy`, 2, 2 + text.length)).toBe(hashHex(text));
    expect(hashHex(text, undefined, undefined, 1)).not.toBe(hashHex(text));
    expect(hashHex(text)).toMatch(/^[0-9a-f]{16}$/);
    const h = hash64(text);
    expect(hash53(text)).toBe((h.hi & 0x1fffff) * 2 ** 32 + h.lo);
    expect(Number.isSafeInteger(hash53(text))).toBe(true);
  });

  it('has no collisions on 200k distinct short strings and spreads bits evenly', () => {
    const seen = new Set<string>();
    const ones = new Array(64).fill(0);
    const n = 200_000;
    for (let i = 0; i < n; i++) {
      const s = `词${i}`;
      const { hi, lo } = hash64(s);
      seen.add(`${hi}:${lo}`);
      for (let b = 0; b < 32; b++) {
        ones[b] += (hi >>> b) & 1;
        ones[32 + b] += (lo >>> b) & 1;
      }
    }
    expect(seen.size).toBe(n);
    for (const c of ones) expect(Math.abs(c / n - 0.5)).toBeLessThan(0.01);
  });

  it('a one-character change flips about half of the bits (avalanche)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), fc.nat(), (s, k) => {
        const i = k % s.length;
        const t = s.slice(0, i) + String.fromCharCode((s.charCodeAt(i) + 1) & 0xffff) + s.slice(i + 1);
        const a = hash64(s);
        const b = hash64(t);
        expect(a.hi === b.hi && a.lo === b.lo).toBe(false);
      }),
    );
  });
});
