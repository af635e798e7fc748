// Reading and writing whole indexes in the format of format.ts, over an abstract byte sink/source so the
// same code serves `encode`/`decode` (bytes in memory, browser-safe) and `save`/`open` (files, store.ts).

import {
  CorruptIndexError,
  crc32,
  decodeHeader,
  describeParams,
  FOOTER_MAGIC,
  FOOTER_SIZE,
  footer,
  HEADER_SIZE,
  Reader,
  readRecord,
  SEGMENT_HEADER_SIZE,
  SEGMENT_MAGIC,
  sameParams,
  segmentHeader,
  u32bytes,
  Writer,
  writeRecord,
} from './format.js';
import type { CorpusIndex } from './index.js';
import type { CorpusIndexOptions } from './params.js';
import { resolveParams } from './params.js';

/** Segments are cut at about this size so that reading one never needs a huge buffer. */
export const SEGMENT_BYTES = 32 << 20;

export interface Sink {
  write(bytes: Uint8Array): void;
}

/**
 * Writes segments holding `tombstones` and the records of `slots`, numbered from `firstSegment`.
 * Returns the number of segments written.
 */
export function writeSegments(
  index: CorpusIndex,
  slots: readonly number[],
  tombstones: readonly string[],
  firstSegment: number,
  sink: Sink,
  segmentBytes = SEGMENT_BYTES,
): number {
  const w = new Writer();
  let segments = 0;
  let t = 0;
  let s = 0;
  // Always write at least one segment when there is anything to write.
  while (t < tombstones.length || s < slots.length) {
    w.length = 0;
    const tomb = tombstones.slice(t);
    t = tombstones.length;
    w.u32(tomb.length);
    for (const id of tomb) w.str(id);
    const countAt = w.length;
    w.u32(0);
    let count = 0;
    while (s < slots.length && (count === 0 || w.length < segmentBytes)) {
      writeRecord(w, index._recordOf(slots[s] as number));
      s++;
      count++;
    }
    w.view.setUint32(countAt, count, true);
    const body = w.bytes.subarray(0, w.length);
    sink.write(segmentHeader(body.length, count, firstSegment + segments));
    sink.write(body);
    sink.write(u32bytes(crc32(body)));
    segments++;
  }
  return segments;
}

export function writeFooter(sink: Sink, segments: number, records: number): void {
  sink.write(footer(segments, records));
}

export interface Source {
  size: number;
  read(position: number, length: number): Uint8Array;
}

export interface LoadInfo {
  segments: number;
  records: number;
}

/** Reads a whole index; throws (and returns nothing) on truncation, corruption or a parameter mismatch. */
export function readIndex(
  src: Source,
  where: string,
  options: CorpusIndexOptions | undefined,
  create: (options: CorpusIndexOptions) => CorpusIndex,
): { index: CorpusIndex; info: LoadInfo } {
  const params = decodeHeader(src.read(0, Math.min(src.size, HEADER_SIZE)), where);
  if (options !== undefined) {
    const wanted = resolveParams({
      ...options,
      representative: options.representative ?? params.representative,
    });
    if (!sameParams(wanted, params)) {
      throw new RangeError(
        `jiaokan: ${where} was built with ${describeParams(params)}; the options ask for ${describeParams(wanted)}. ` +
          'Open it without those options, or build a new index.',
      );
    }
  }
  const index = create({
    ...(options ?? {}),
    threshold: params.threshold,
    numPerm: params.numPerm,
    bands: params.bands,
    rows: params.rows,
    shingleSize: params.shingleSize,
    seed: params.seed,
    representative: params.representative,
  });
  let pos = HEADER_SIZE;
  let segments = 0;
  let records = 0;
  for (;;) {
    if (src.size - pos < FOOTER_SIZE) {
      throw new CorruptIndexError(
        `jiaokan: ${where} is truncated: it ends after ${segments} segment(s) without the end marker (file cut short or a save was interrupted)`,
      );
    }
    const head = src.read(pos, SEGMENT_HEADER_SIZE);
    const hv = new DataView(head.buffer, head.byteOffset, head.byteLength);
    const magic = hv.getUint32(0, true);
    if (magic === FOOTER_MAGIC) {
      if (crc32(head.subarray(0, 12)) !== hv.getUint32(12, true)) {
        throw new CorruptIndexError(`jiaokan: ${where} is corrupted: end marker checksum mismatch`);
      }
      if (hv.getUint32(4, true) !== segments || hv.getUint32(8, true) !== records >>> 0) {
        throw new CorruptIndexError(
          `jiaokan: ${where} is corrupted: the end marker counts ${hv.getUint32(4, true)} segments / ${hv.getUint32(8, true)} records, the file holds ${segments} / ${records}`,
        );
      }
      if (pos + FOOTER_SIZE !== src.size) {
        throw new CorruptIndexError(
          `jiaokan: ${where} is corrupted: ${src.size - pos - FOOTER_SIZE} bytes after the end marker`,
        );
      }
      break;
    }
    if (magic !== SEGMENT_MAGIC) {
      throw new CorruptIndexError(`jiaokan: ${where} is corrupted: no segment at byte ${pos}`);
    }
    const bodyLength = hv.getUint32(4, true);
    const count = hv.getUint32(8, true);
    if (hv.getUint32(12, true) !== segments) {
      throw new CorruptIndexError(
        `jiaokan: ${where} is corrupted: segment ${segments} is numbered ${hv.getUint32(12, true)}`,
      );
    }
    const end = pos + SEGMENT_HEADER_SIZE + bodyLength + 4;
    if (end > src.size) {
      throw new CorruptIndexError(
        `jiaokan: ${where} is truncated: segment ${segments} needs ${end - pos} bytes, only ${src.size - pos} remain`,
      );
    }
    const body = src.read(pos + SEGMENT_HEADER_SIZE, bodyLength);
    const sum = src.read(pos + SEGMENT_HEADER_SIZE + bodyLength, 4);
    if (crc32(body) !== new DataView(sum.buffer, sum.byteOffset, 4).getUint32(0, true)) {
      throw new CorruptIndexError(`jiaokan: ${where} is corrupted: checksum mismatch in segment ${segments}`);
    }
    const r = new Reader(body, `segment ${segments} of ${where}`);
    const tombs = r.u32();
    for (let i = 0; i < tombs; i++) index.remove(r.str());
    const n = r.u32();
    if (n !== count)
      throw new CorruptIndexError(`jiaokan: ${where} is corrupted: segment ${segments} record count`);
    for (let i = 0; i < n; i++) index._loadRecord(readRecord(r, index.params));
    if (!r.done)
      throw new CorruptIndexError(`jiaokan: ${where} is corrupted: stray bytes in segment ${segments}`);
    records += n;
    segments++;
    pos = end;
  }
  index._removed = [];
  return { index, info: { segments, records } };
}

/** The whole index as bytes (all live documents in one or more segments, no tombstones). */
export function encodeIndex(index: CorpusIndex, header: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [header];
  const slots = index.slotsInOrder();
  const segments = writeSegments(index, slots, [], 0, { write: (b) => parts.push(b.slice()) });
  parts.push(footer(segments, slots.length));
  let total = 0;
  for (const p of parts) total += p.length;
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
