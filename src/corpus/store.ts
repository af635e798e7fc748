// Files for corpus indexes. Node's fs is fetched with `process.getBuiltinModule` when `save`/`open` is
// called (Node ≥ 20.16), so this module has no import a browser bundler would trip over; in a browser
// those two calls throw and `encode`/`decode` are the way to persist.
//
// Crash safety: a save writes a temporary file next to the target, fsyncs it, renames it over the
// target (atomic on POSIX file systems) and fsyncs the directory. Whatever moment the process dies, the
// target is either the previous index or the new one. Incremental: when the target is the file this
// index was opened from (or last saved to) and it has not changed since, the old segments are copied byte
// for byte (copy-on-write where the file system supports it) and only the new documents and removals are
// appended as a new segment.

import type * as FS from 'node:fs';
import { encodeHeader, FOOTER_SIZE } from './format.js';
import type { CorpusIndex } from './index.js';
import type { CorpusIndexOptions } from './params.js';
import { type LoadInfo, readIndex, type Sink, writeFooter, writeSegments } from './persist.js';

function nodeFs(): typeof FS {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const fs = proc?.getBuiltinModule?.('node:fs') as typeof FS | undefined;
  if (!fs) {
    throw new Error(
      'jiaokan: CorpusIndex save/open need Node.js ≥ 20.16 (process.getBuiltinModule); elsewhere use index.encode() and CorpusIndex.decode(bytes)',
    );
  }
  return fs;
}

function nodePath(): { resolve(p: string): string; dirname(p: string): string } {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return proc?.getBuiltinModule?.('node:path') as { resolve(p: string): string; dirname(p: string): string };
}

/** What the index remembers about the file it was loaded from or saved to. */
export interface FileState {
  path: string;
  size: number;
  mtimeMs: number;
  ino: number;
  segments: number;
  records: number;
}

export interface SaveOptions {
  /** Rewrite the whole file with only the live documents, even when appending would be possible. */
  compact?: boolean;
}

export interface SaveInfo {
  path: string;
  /** 'append' when only new documents and removals were written after the copied old segments */
  mode: 'append' | 'full';
  /** documents written by this save */
  written: number;
  /** removals recorded by this save */
  removed: number;
  bytes: number;
}

class FdSink implements Sink {
  written = 0;
  private buf = new Uint8Array(1 << 20);
  private used = 0;
  constructor(
    private readonly fs: typeof FS,
    private readonly fd: number,
    private position: number,
  ) {}
  write(bytes: Uint8Array): void {
    if (this.used + bytes.length > this.buf.length) this.flush();
    if (bytes.length > this.buf.length) {
      this.writeAll(bytes);
      return;
    }
    this.buf.set(bytes, this.used);
    this.used += bytes.length;
  }
  flush(): void {
    if (this.used > 0) this.writeAll(this.buf.subarray(0, this.used));
    this.used = 0;
  }
  private writeAll(bytes: Uint8Array): void {
    let off = 0;
    while (off < bytes.length) {
      const n = this.fs.writeSync(this.fd, bytes, off, bytes.length - off, this.position);
      off += n;
      this.position += n;
      this.written += n;
    }
  }
}

export function saveIndex(index: CorpusIndex, path: string, options: SaveOptions = {}): SaveInfo {
  const fs = nodeFs();
  const target = nodePath().resolve(path);
  const prev = index._file;
  let append = false;
  if (!options.compact && prev && prev.path === target) {
    try {
      const st = fs.statSync(target);
      append = st.size === prev.size && st.mtimeMs === prev.mtimeMs && st.ino === prev.ino;
    } catch {
      append = false;
    }
  }
  const all = index.slotsInOrder();
  const slots = append ? all.filter((s) => !index._saved[s]) : all;
  const tombstones = append ? index._removed : [];
  if (append && slots.length === 0 && tombstones.length === 0) {
    return { path: target, mode: 'append', written: 0, removed: 0, bytes: 0 };
  }
  const tmp = `${target}.tmp-${typeof process === 'object' ? process.pid : 0}-${Math.random().toString(36).slice(2)}`;
  let fd = -1;
  try {
    let position = 0;
    let segments = 0;
    let records = 0;
    if (append && prev) {
      fs.copyFileSync(target, tmp, fs.constants.COPYFILE_FICLONE);
      position = prev.size - FOOTER_SIZE;
      fs.truncateSync(tmp, position);
      fd = fs.openSync(tmp, 'r+');
      segments = prev.segments;
      records = prev.records;
    } else {
      fd = fs.openSync(tmp, 'w');
    }
    const sink = new FdSink(fs, fd, position);
    if (!append) sink.write(encodeHeader(index.params));
    segments += writeSegments(index, slots, tombstones, segments, sink);
    records += slots.length;
    writeFooter(sink, segments, records);
    sink.flush();
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = -1;
    fs.renameSync(tmp, target);
    syncDir(fs, nodePath().dirname(target));
    const st = fs.statSync(target);
    index._file = { path: target, size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, segments, records };
    for (const s of all) index._saved[s] = true;
    index._removed = [];
    index._sigs.clear();
    return {
      path: target,
      mode: append ? 'append' : 'full',
      written: slots.length,
      removed: tombstones.length,
      bytes: sink.written,
    };
  } catch (err) {
    if (fd >= 0) {
      try {
        fs.closeSync(fd);
      } catch {}
    }
    try {
      fs.unlinkSync(tmp);
    } catch {}
    throw err;
  }
}

function syncDir(fs: typeof FS, dir: string): void {
  // Makes the rename durable. Not possible on every platform (Windows): best effort.
  let fd = -1;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // ignore
  } finally {
    if (fd >= 0) fs.closeSync(fd);
  }
}

export function openIndex(
  path: string,
  options: CorpusIndexOptions | undefined,
  create: (o: CorpusIndexOptions) => CorpusIndex,
): CorpusIndex {
  const fs = nodeFs();
  const target = nodePath().resolve(path);
  const fd = fs.openSync(target, 'r');
  try {
    const st = fs.fstatSync(fd);
    const src = {
      size: st.size,
      read(position: number, length: number): Uint8Array {
        const out = new Uint8Array(length);
        let off = 0;
        while (off < length) {
          const n = fs.readSync(fd, out, off, length - off, position + off);
          if (n === 0) break;
          off += n;
        }
        return off === length ? out : out.subarray(0, off);
      },
    };
    const { index, info }: { index: CorpusIndex; info: LoadInfo } = readIndex(src, target, options, create);
    index._file = { path: target, size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, ...info };
    return index;
  } finally {
    fs.closeSync(fd);
  }
}
