// Streaming dedupe: documents are pulled one batch at a time from any (async) iterable, checked against
// everything kept so far, and yielded with their verdict. Only unique documents are kept, so memory grows
// with the distinct content, and `maxDocs` bounds it outright by forgetting the oldest kept documents
// (a sliding window: a repost older than the window is no longer caught). Browser-safe; the Node entry
// passes `prepareBatch` to compute signatures on worker threads, with identical results.

import { assertString } from '../text/guard.js';
import { type AddResult, CorpusIndex } from './index.js';
import type { CorpusIndexOptions } from './params.js';
import type { Prepared } from './prepare.js';

export interface StreamDoc {
  id: string;
  text: string;
}

export interface DedupeStreamOptions extends CorpusIndexOptions {
  /** Check against (and add to) this index — e.g. one opened from yesterday's file. Default: a new one. */
  index?: CorpusIndex;
  /** Keep at most this many of the documents this stream added; the oldest are removed first. Default: unbounded. */
  maxDocs?: number;
  /** Also add duplicates to the index (so that clusters() shows them). Default false. */
  keepDuplicates?: boolean;
  /** Computes `index.prepare` for a batch of texts elsewhere (worker threads); results must be in order. */
  prepareBatch?: (texts: string[]) => Promise<Prepared[]>;
  /** Documents per batch handed to `prepareBatch`. Default 64 (1 without `prepareBatch`). */
  batchSize?: number;
  /** Batches prepared ahead of the one being checked. Default 4. */
  lookahead?: number;
}

export interface DedupeResult extends AddResult {
  text: string;
  /** true when the document repeats something already seen */
  duplicate: boolean;
  /** why: same normalized text, similar text, or an id already seen */
  reason?: 'exact' | 'near' | 'id';
}

export interface DedupeSummary {
  seen: number;
  kept: number;
  duplicates: number;
  /** documents forgotten because of maxDocs */
  evicted: number;
}

async function* batches(
  source: AsyncIterable<StreamDoc> | Iterable<StreamDoc>,
  size: number,
): AsyncGenerator<StreamDoc[]> {
  let batch: StreamDoc[] = [];
  for await (const doc of source as AsyncIterable<StreamDoc>) {
    if (doc === null || typeof doc !== 'object')
      throw new TypeError('jiaokan: stream items must be { id, text } objects');
    assertString(doc.id, 'id');
    assertString(doc.text, 'text');
    batch.push(doc);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Yields every document of `source` with its verdict; the generator's return value is a summary. */
export async function* dedupeStream(
  source: AsyncIterable<StreamDoc> | Iterable<StreamDoc>,
  options: DedupeStreamOptions = {},
): AsyncGenerator<DedupeResult, DedupeSummary> {
  if (source === null || typeof source !== 'object')
    throw new TypeError('jiaokan: expected `source` to be an (async) iterable');
  const index = options.index ?? new CorpusIndex(options);
  const maxDocs =
    options.maxDocs === undefined ? Number.POSITIVE_INFINITY : Math.max(1, Math.floor(options.maxDocs));
  const prepareBatch = options.prepareBatch;
  const size = Math.max(1, Math.floor(options.batchSize ?? (prepareBatch ? 64 : 1)));
  const lookahead = Math.max(1, Math.floor(options.lookahead ?? 4));
  const summary: DedupeSummary = { seen: 0, kept: 0, duplicates: 0, evicted: 0 };
  // FIFO of the ids this stream kept, for eviction.
  const kept: string[] = [];
  let head = 0;

  const it = batches(source, size);
  const pending: Promise<{ docs: StreamDoc[]; prepared: Prepared[] | undefined } | undefined>[] = [];
  const pull = () => {
    const job = it.next().then(async (r) => {
      if (r.done) return undefined;
      return {
        docs: r.value,
        prepared: prepareBatch ? await prepareBatch(r.value.map((d) => d.text)) : undefined,
      };
    });
    // Observed below in order; this only keeps an early failure from being reported as unhandled.
    job.catch(() => {});
    pending.push(job);
  };
  // Keep `lookahead` batches in flight: pulled from the source in order, prepared concurrently.
  for (let k = 0; k < lookahead; k++) pull();
  for (;;) {
    const next = await (pending.shift() as Promise<
      { docs: StreamDoc[]; prepared: Prepared[] | undefined } | undefined
    >);
    if (next === undefined) break;
    pull();
    for (let k = 0; k < next.docs.length; k++) {
      const doc = next.docs[k] as StreamDoc;
      const p = next.prepared?.[k];
      summary.seen++;
      let out: DedupeResult;
      if (index.has(doc.id)) {
        out = { id: doc.id, text: doc.text, nearDuplicates: [], duplicate: true, reason: 'id' };
      } else if (options.keepDuplicates) {
        const r = index.add(doc.id, doc.text, p);
        const duplicate = r.exactDuplicateOf !== undefined || r.nearDuplicates.length > 0;
        out = { ...r, text: doc.text, duplicate };
        if (duplicate) out.reason = r.exactDuplicateOf !== undefined ? 'exact' : 'near';
        kept.push(doc.id);
      } else {
        const { added, ...r } = index.addUnique(doc.id, doc.text, p);
        out = { ...r, text: doc.text, duplicate: !added };
        if (!added) out.reason = r.exactDuplicateOf !== undefined ? 'exact' : 'near';
        else kept.push(doc.id);
      }
      if (out.duplicate) summary.duplicates++;
      else summary.kept++;
      while (kept.length - head > maxDocs) {
        if (index.remove(kept[head] as string)) summary.evicted++;
        head++;
      }
      if (head > 4096 && head * 2 > kept.length) {
        kept.splice(0, head);
        head = 0;
      }
      yield out;
    }
  }
  return summary;
}
