import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeGbk, encodeGbk } from '../../src/text/gbk.js';

describe('GBK codec without Buffer', () => {
  it('round-trips Chinese text', () => {
    const text = '全会指出，当前武汉发展面临多重机遇。ABC 123';
    expect(decodeGbk(encodeGbk(text))).toBe(text);
  });

  it('agrees with iconv-lite on every GBK two-byte character and on text', () => {
    const sample = '校勘浣犲ソ涓栫晫锟斤拷烫烫烫屯屯屯“链先锋”兴产业（上接第1版）【字体：大 中 小】';
    expect([...encodeGbk(sample)]).toEqual([...iconv.encode(sample, 'gbk')]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0x4e00, max: 0x9fa5 }), { maxLength: 30 }), (codes) => {
        const s = String.fromCharCode(...codes);
        expect([...encodeGbk(s)]).toEqual([...iconv.encode(s, 'gbk')]);
      }),
    );
  });

  it('repairs UTF-8 read as GBK', () => {
    const garbled = decodeGbk(new TextEncoder().encode('你好世界'));
    expect(garbled).toBe('浣犲ソ涓栫晫');
    expect(new TextDecoder().decode(encodeGbk(garbled))).toBe('你好世界');
  });

  it('replaces what GBK cannot encode with ?', () => {
    expect([...encodeGbk('a😀b')]).toEqual([0x61, 0x3f, 0x3f, 0x62]);
  });
});
