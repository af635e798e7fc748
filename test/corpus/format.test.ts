import zlib from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32, Reader, Writer } from '../../src/corpus/format.js';

describe('format primitives', () => {
  it('crc32 equals zlib.crc32, also when computed in pieces (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.nat(200), (bytes, cut) => {
        const k = Math.min(cut, bytes.length);
        expect(crc32(bytes)).toBe(zlib.crc32(bytes));
        expect(crc32(bytes.subarray(k), crc32(bytes.subarray(0, k)))).toBe(zlib.crc32(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips strings exactly, lone surrogates, BOM and U+FFFD included (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary' }), { maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        (strs, nums) => {
          const w = new Writer();
          for (const s of strs) w.str(s);
          w.u32s(Uint32Array.from(nums.map((x) => x >>> 0)));
          const r = new Reader(w.take(), 'test');
          for (const s of strs) expect(r.str()).toBe(s);
          expect([...r.u32s(nums.length)]).toEqual(nums.map((x) => x >>> 0));
          expect(r.done).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
    const w = new Writer();
    w.str('\ufeff\ud800x\ufffd');
    expect(new Reader(w.take(), 't').str()).toBe('\ufeff\ud800x\ufffd');
  });
});
