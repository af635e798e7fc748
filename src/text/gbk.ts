// GBK without Node's Buffer or a codec library, so that the core runs in a browser: decoding is the
// WHATWG TextDecoder('gbk') every browser and Node ship; encoding uses the reverse of that decoder's
// table, built once on first use by decoding every two-byte sequence (≈ 24k, a few milliseconds).
// Only the mojibake rule needs it (re-encoding text that was UTF-8 misread as GBK).

let reverse: Map<number, number> | undefined;

function table(): Map<number, number> {
  if (reverse) return reverse;
  const map = new Map<number, number>();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    // One row at a time, each pair followed by a line feed so that an unmapped pair cannot shift the rest.
    const bytes: number[] = [];
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) bytes.push(lead, trail, 0x0a);
    const pieces = decoder.decode(Uint8Array.from(bytes)).split('\n');
    let k = 0;
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const piece = pieces[k++] as string;
      if (piece.length === 1 && piece !== '\ufffd' && !map.has(piece.charCodeAt(0))) {
        map.set(piece.charCodeAt(0), (lead << 8) | trail);
      }
    }
  }
  reverse = map;
  return map;
}

/** Decodes GBK bytes (WHATWG gbk, i.e. GB18030's two-byte part); invalid bytes become U+FFFD. */
export function decodeGbk(bytes: Uint8Array): string {
  return new TextDecoder('gbk').decode(bytes);
}

/** Encodes text as GBK; a character GBK cannot represent becomes '?', as iconv-lite does. */
export function encodeGbk(text: string): Uint8Array {
  const map = table();
  const out = new Uint8Array(text.length * 2);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    const code = map.get(c);
    if (code === undefined) out[n++] = 0x3f;
    else {
      out[n++] = code >> 8;
      out[n++] = code & 0xff;
    }
  }
  return out.slice(0, n);
}
