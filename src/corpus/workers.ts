// worker_threads mode (Node only, entry `jiaokan/corpus-node`). Workers run the pure per-document step
// (`prepare`: normalize, MinHash, band keys); the main thread checks and inserts in input order. Since
// `prepare` is deterministic and insertion order is unchanged, results are identical to the
// single-threaded ones — the tests compare them.
//
// The worker script is this very bundle (dist/corpus-node.js or .cjs): loaded in a worker with the
// marker below in workerData, it serves prepare requests instead of acting as a library.

import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { type AddResult, CorpusIndex } from './index.js';
import type { CorpusIndexOptions } from './params.js';
import { type Prepared, prepare, type SignatureParams } from './prepare.js';
import {
  type DedupeResult,
  type DedupeStreamOptions,
  type DedupeSummary,
  dedupeStream,
  type StreamDoc,
} from './stream.js';

const MARKER = '__jiaokanCorpusWorker';

interface Request {
  id: number;
  texts: string[];
}

interface Reply {
  id: number;
  prepared?: Prepared[];
  error?: string;
}

if (!isMainThread && parentPort && (workerData as Record<string, unknown> | null)?.[MARKER]) {
  const params = (workerData as { params: SignatureParams }).params;
  const port = parentPort;
  port.on('message', (req: Request) => {
    try {
      const prepared = req.texts.map((t) => prepare(t, params));
      const transfer: ArrayBuffer[] = [];
      for (const p of prepared) {
        transfer.push(p.bandKeys.buffer as ArrayBuffer);
        if (p.signature) transfer.push(p.signature.buffer as ArrayBuffer);
      }
      port.postMessage({ id: req.id, prepared } satisfies Reply, transfer);
    } catch (err) {
      port.postMessage({ id: req.id, error: String((err as Error)?.stack ?? err) } satisfies Reply);
    }
  });
}

function selfScript(): string | URL {
  // CJS build: __filename; ESM build: import.meta.url (tsup leaves it alone in ESM).
  if (typeof __filename === 'string' && __filename !== '') return __filename;
  return new URL(import.meta.url);
}

export interface WorkerOptions {
  /** Number of worker threads. Default: 2 (the measured sweet spot for a 2-core machine; set yours). */
  workers?: number;
  /** Script to run in the workers when this module was re-bundled (it must include this module). */
  workerScript?: string | URL;
}

/** A pool of worker threads computing `prepare` for batches of texts, results in request order. */
export class PreparePool {
  private readonly workers: Worker[];
  private readonly waiting = new Map<
    number,
    { resolve: (p: Prepared[]) => void; reject: (e: Error) => void }
  >();
  private nextId = 0;
  private turn = 0;
  private closed = false;

  constructor(params: SignatureParams, options: WorkerOptions = {}) {
    const n = Math.max(1, Math.floor(options.workers ?? 2));
    const script = options.workerScript ?? selfScript();
    const data = { [MARKER]: true, params: { ...params } };
    this.workers = Array.from({ length: n }, () => {
      const w = new Worker(script, { workerData: data });
      w.on('message', (r: Reply) => {
        const waiter = this.waiting.get(r.id);
        if (!waiter) return;
        this.waiting.delete(r.id);
        if (r.error !== undefined) waiter.reject(new Error(`jiaokan: corpus worker failed: ${r.error}`));
        else waiter.resolve(r.prepared as Prepared[]);
      });
      w.on('error', (err) => {
        for (const waiter of this.waiting.values()) waiter.reject(err);
        this.waiting.clear();
      });
      w.unref();
      return w;
    });
  }

  prepare(texts: string[]): Promise<Prepared[]> {
    if (this.closed) return Promise.reject(new Error('jiaokan: PreparePool is closed'));
    const id = this.nextId++;
    const w = this.workers[this.turn++ % this.workers.length] as Worker;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      w.ref();
      w.postMessage({ id, texts } satisfies Request);
    }).finally(() => {
      if (this.waiting.size === 0) for (const x of this.workers) x.unref();
    }) as Promise<Prepared[]>;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** `dedupeStream` with signatures computed on worker threads; yields exactly what the single-threaded one does. */
export async function* dedupeStreamParallel(
  source: AsyncIterable<StreamDoc> | Iterable<StreamDoc>,
  options: DedupeStreamOptions & WorkerOptions = {},
): AsyncGenerator<DedupeResult, DedupeSummary> {
  const index = options.index ?? new CorpusIndex(options);
  const pool = new PreparePool(index.params, options);
  try {
    return yield* dedupeStream(source, { ...options, index, prepareBatch: (t) => pool.prepare(t) });
  } finally {
    await pool.close();
  }
}

/**
 * Adds all documents with `add` semantics, signatures on worker threads; the results (and the index)
 * are identical to calling `index.add` for each document in order.
 */
export async function addAllParallel(
  index: CorpusIndex,
  docs: AsyncIterable<StreamDoc> | Iterable<StreamDoc>,
  options: WorkerOptions & { batchSize?: number } = {},
): Promise<AddResult[]> {
  const out: AddResult[] = [];
  const gen = dedupeStreamParallel(docs, { ...options, index, keepDuplicates: true });
  for await (const r of gen) {
    const { text: _t, duplicate: _d, reason: _r, ...rest } = r;
    if (r.reason === 'id')
      throw new RangeError(`jiaokan: a document with id ${JSON.stringify(r.id)} is already in the index`);
    out.push(rest);
  }
  return out;
}

export type { CorpusIndexOptions };
