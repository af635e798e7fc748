// CorpusIndex: near-duplicates, exact duplicates, clusters, repeated spans and boilerplate over many
// documents, in memory and browser-safe. `save`/`open` reach the file system only through
// `process.getBuiltinModule` at call time (store.ts), so nothing here imports a Node module.
//
// Each document gets a slot. Per slot the index keeps the original text (needed to verify candidates
// exactly, to map repeated spans back and to count boilerplate), the band keys, the normalized-text
// hash, and its verified near-duplicate links. Exact copies (same normalized text) are not put into the
// LSH tables: they hang off their original, which answers for them.

import { assertString } from '../text/guard.js';
import {
  type BoilerplateEntry,
  type BoilerplateOptions,
  type BoilerplateSet,
  boilerplateSet,
  findBoilerplate,
} from './boilerplate.js';
import { type DocRecord, encodeHeader } from './format.js';
import { LshTables } from './lsh.js';
import { type CorpusIndexOptions, type CorpusParams, resolveParams } from './params.js';
import { encodeIndex, readIndex } from './persist.js';
import { type Prepared, prepareCodes } from './prepare.js';
import { SetCache } from './set-cache.js';
import { jaccard, normalizeCodes, shingleSet } from './shingles.js';
import { findRepeatedSpans, type RepeatedSpans, type RepeatedSpansOptions } from './spans.js';
import { type FileState, openIndex, type SaveInfo, type SaveOptions, saveIndex } from './store.js';

export interface Neighbor {
  id: string;
  /** exact Jaccard similarity of the shingle sets */
  similarity: number;
}

export interface Degraded {
  reason: string;
  level: string;
}

export interface AddResult {
  id: string;
  /** the earliest document whose normalized text is identical */
  exactDuplicateOf?: string;
  /** every indexed document at or above the threshold, most similar first (exact copies included, similarity 1) */
  nearDuplicates: Neighbor[];
  degraded?: Degraded;
}

export interface Cluster {
  representative: string;
  /** all members in the order they were added, the representative included */
  members: string[];
}

const NO = -1;

interface Check {
  exact: number;
  near: { slot: number; similarity: number }[];
  degraded?: Degraded;
}

export class CorpusIndex {
  readonly params: Readonly<CorpusParams>;
  /** @internal */ readonly _maxCandidates: number;
  /** @internal */ readonly _storeSignatures: boolean;
  /** @internal */ readonly _maxLinks: number;

  // Per-slot state. Slots of removed documents are reused.
  /** @internal */ _ids: (string | undefined)[] = [];
  /** @internal */ _texts: (string | undefined)[] = [];
  /** @internal */ _seq: number[] = [];
  /** @internal */ _normLen: number[] = [];
  /** @internal */ _normHash: number[] = []; // 2 per slot
  /** @internal */ _band: Uint32Array[] = [];
  /** @internal */ _copyOf: number[] = [];
  /** @internal */ _copies: (number[] | undefined)[] = [];
  /** @internal verified near-duplicate links: other document's seq → similarity (at most maxLinks) */
  _links: (Map<number, number> | undefined)[] = [];
  /** @internal per slot: some links were not stored because of maxLinks */
  _linksTruncated: boolean[] = [];
  /** @internal */ _empty: boolean[] = [];
  /** @internal */ _sigs = new Map<number, Uint32Array>();
  /** @internal */ _bySeq = new Map<number, number>();
  private readonly free: number[] = [];
  private readonly idToSlot = new Map<string, number>();
  private readonly exact = new Map<number, number>();
  private readonly tables: LshTables;
  private readonly cache = new SetCache(1 << 23);
  private nextSeq = 0;
  private live = 0;

  constructor(options: CorpusIndexOptions = {}) {
    if (options === null || typeof options !== 'object')
      throw new TypeError('jiaokan: `options` must be an object');
    this.params = Object.freeze(resolveParams(options));
    this._maxCandidates = Math.max(1, Math.floor(options.maxCandidates ?? 1000));
    this._storeSignatures = options.storeSignatures ?? true;
    this._maxLinks = Math.max(1, Math.floor(options.maxLinks ?? 256));
    this.tables = new LshTables(this.params.bands);
  }

  /** Number of documents in the index. */
  get size(): number {
    return this.live;
  }

  has(id: string): boolean {
    return this.idToSlot.has(id);
  }

  /** The original text of a document, or undefined. */
  text(id: string): string | undefined {
    const s = this.idToSlot.get(id);
    return s === undefined ? undefined : this._texts[s];
  }

  /** Ids in the order they were added. */
  ids(): string[] {
    return this.slotsInOrder().map((s) => this._ids[s] as string);
  }

  /** Per-document work (normalize, hash, MinHash, band keys); what workers compute in parallel. */
  prepare(text: string): Prepared {
    assertString(text, 'text');
    return prepareCodes(normalizeCodes(text), this.params);
  }

  /** Checks `text` against everything in the index, then adds it. */
  add(id: string, text: string, prepared?: Prepared): AddResult {
    assertString(id, 'id');
    assertString(text, 'text');
    if (this.idToSlot.has(id))
      throw new RangeError(`jiaokan: a document with id ${JSON.stringify(id)} is already in the index`);
    const p = prepared === undefined ? this.prepare(text) : this.checkPrepared(prepared);
    const check = this.check(text, p);
    const result: AddResult = { id, nearDuplicates: this.neighbors(check) };
    this.insert(id, text, p, check);
    if (check.exact !== NO) result.exactDuplicateOf = this._ids[check.exact] as string;
    if (check.degraded) result.degraded = check.degraded;
    return result;
  }

  /**
   * Adds the document only when it is neither an exact nor a near-duplicate of anything indexed (the
   * dedupe step of a crawl); `added` says which happened. One check, as in `add`.
   */
  addUnique(id: string, text: string, prepared?: Prepared): AddResult & { added: boolean } {
    assertString(id, 'id');
    assertString(text, 'text');
    if (this.idToSlot.has(id))
      throw new RangeError(`jiaokan: a document with id ${JSON.stringify(id)} is already in the index`);
    const p = prepared === undefined ? this.prepare(text) : this.checkPrepared(prepared);
    const check = this.check(text, p);
    const result: AddResult & { added: boolean } = {
      id,
      nearDuplicates: this.neighbors(check),
      added: false,
    };
    if (check.exact !== NO) result.exactDuplicateOf = this._ids[check.exact] as string;
    if (check.degraded) result.degraded = check.degraded;
    if (result.nearDuplicates.length === 0 && check.exact === NO) {
      this.insert(id, text, p, check);
      result.added = true;
    }
    return result;
  }

  /** Documents at or above the threshold, most similar first, without adding `text`. */
  query(text: string, prepared?: Prepared): Neighbor[] & { degraded?: Degraded } {
    assertString(text, 'text');
    const check = this.check(
      text,
      prepared === undefined ? this.prepare(text) : this.checkPrepared(prepared),
    );
    const out: Neighbor[] & { degraded?: Degraded } = this.neighbors(check);
    if (check.degraded) out.degraded = check.degraded;
    return out;
  }

  /** Removes a document; returns whether it was there. Its exact copies stay and one of them takes over. */
  remove(id: string): boolean {
    assertString(id, 'id');
    const slot = this.idToSlot.get(id);
    if (slot === undefined) return false;
    this.idToSlot.delete(id);
    const orig = this._copyOf[slot] as number;
    if (orig !== NO) {
      const list = this._copies[orig] as number[];
      list.splice(list.indexOf(slot), 1);
      if (list.length === 0) this._copies[orig] = undefined;
    } else {
      if (!this._empty[slot]) this.tables.remove(slot, this._band[slot] as Uint32Array);
      const key = this.exactKey(slot);
      if (this.exact.get(key) === slot) this.exact.delete(key);
      const copies = this._copies[slot];
      if (copies && copies.length > 0) {
        // Promote the earliest copy to original.
        const heir = copies[0] as number;
        const rest = copies.slice(1);
        this._copyOf[heir] = NO;
        this._copies[heir] = rest.length > 0 ? rest : undefined;
        for (const c of rest) this._copyOf[c] = heir;
        if (!this._empty[heir]) this.tables.insert(heir, this._band[heir] as Uint32Array);
        this.exact.set(key, heir);
        // The heir has the same content, so it inherits the verified links.
        for (const [other, sim] of this.linked(slot)) if (other !== heir) this.link(heir, other, sim);
      }
    }
    this._copies[slot] = undefined;
    const mySeq = this._seq[slot] as number;
    for (const [other] of this.linked(slot)) this._links[other]?.delete(mySeq);
    this._links[slot] = undefined;
    this._ids[slot] = undefined;
    this._texts[slot] = undefined;
    this._sigs.delete(slot);
    this._bySeq.delete(this._seq[slot] as number);
    this.cache.delete(slot);
    this.free.push(slot);
    this.live--;
    if (this._saved[slot]) this._removed.push(id);
    return true;
  }

  /** @internal ids removed since the last save (written as tombstones) */
  _removed: string[] = [];

  /** Groups of near-duplicates (union-find over verified links), clusters of two or more only. */
  clusters(): Cluster[] {
    const slots = this.slotsInOrder();
    const parent = new Map<number, number>();
    const find = (x: number): number => {
      let r = x;
      while (parent.get(r) !== r) r = parent.get(r) as number;
      let y = x;
      while (y !== r) {
        const next = parent.get(y) as number;
        parent.set(y, r);
        y = next;
      }
      return r;
    };
    for (const s of slots) parent.set(s, s);
    const union = (a: number, b: number) => {
      const ra = find(a);
      const rb = find(b);
      if (ra === rb) return;
      // keep the earlier root so the traversal is deterministic
      if ((this._seq[ra] as number) < (this._seq[rb] as number)) parent.set(rb, ra);
      else parent.set(ra, rb);
    };
    for (const s of slots) {
      const o = this._copyOf[s] as number;
      if (o !== NO) union(s, o);
      for (const [t] of this.linked(s)) union(s, t);
    }
    const groups = new Map<number, number[]>();
    for (const s of slots) {
      const r = find(s);
      const g = groups.get(r);
      if (g) g.push(s);
      else groups.set(r, [s]);
    }
    const out: Cluster[] = [];
    for (const members of groups.values()) {
      if (members.length < 2) continue;
      let rep = members[0] as number;
      if (this.params.representative === 'longest') {
        for (const m of members) {
          if ((this._texts[m] as string).length > (this._texts[rep] as string).length) rep = m;
        }
      }
      out.push({
        representative: this._ids[rep] as string,
        members: members.map((m) => this._ids[m] as string),
      });
    }
    return out;
  }

  /** Exact passages of at least `minLength` normalized characters that occur in two or more documents. */
  repeatedSpans(options: RepeatedSpansOptions = {}): RepeatedSpans {
    const docs = this.slotsInOrder().map((s) => ({
      id: this._ids[s] as string,
      text: this._texts[s] as string,
    }));
    return findRepeatedSpans(docs, options);
  }

  /** Lines recurring in at least `minDocs` documents (site chrome), most widespread first. */
  boilerplate(options: BoilerplateOptions = {}): BoilerplateEntry[] {
    return findBoilerplate(
      this.slotsInOrder().map((s) => this._texts[s] as string),
      options,
    );
  }

  /** The boilerplate lines with a matcher, in the shape `clean(text, { corpus })` consumes. */
  boilerplateSet(options: BoilerplateOptions = {}): BoilerplateSet {
    return boilerplateSet(this.boilerplate(options));
  }

  /**
   * Writes the index to `path` (binary format, README § Corpus): a temporary file, fsync, atomic rename.
   * Saving again to the file it was opened from appends only what changed. Node.js only.
   */
  save(path: string, options: SaveOptions = {}): SaveInfo {
    assertString(path, 'path');
    return saveIndex(this, path, options);
  }

  /**
   * Opens an index saved with `save`. Refuses a file that is cut short, corrupted, of a newer format, or
   * (when `options` are given) built with other parameters. Node.js only.
   */
  static open(path: string, options?: CorpusIndexOptions): CorpusIndex {
    assertString(path, 'path');
    return openIndex(path, options, (o) => new CorpusIndex(o));
  }

  /** The index as bytes in the file format (for storage without a file system, e.g. IndexedDB). */
  encode(): Uint8Array {
    return encodeIndex(this, encodeHeader(this.params));
  }

  /** Reads bytes made by `encode` (or a file's contents), with the same checks as `open`. */
  static decode(bytes: Uint8Array, options?: CorpusIndexOptions): CorpusIndex {
    if (!(bytes instanceof Uint8Array)) throw new TypeError('jiaokan: expected `bytes` to be a Uint8Array');
    const src = {
      size: bytes.length,
      read: (p: number, n: number) => bytes.subarray(p, Math.min(bytes.length, p + n)),
    };
    const { index } = readIndex(src, 'the encoded index', options, (o) => new CorpusIndex(o));
    return index;
  }

  /** @internal the file this index was loaded from or last saved to */
  _file: FileState | undefined;

  // ------------------------------------------------------------------------------------------------

  /** @internal slots of live documents in the order they were added */
  slotsInOrder(): number[] {
    const seqs = [...this._bySeq.keys()].sort((a, b) => a - b);
    return seqs.map((q) => this._bySeq.get(q) as number);
  }

  /** A `prepare` result must come from an index with the same parameters. */
  private checkPrepared(p: Prepared): Prepared {
    const ok =
      p !== null &&
      typeof p === 'object' &&
      p.bandKeys instanceof Uint32Array &&
      p.bandKeys.length === this.params.bands * 2 &&
      (p.signature === undefined ||
        (p.signature instanceof Uint32Array && p.signature.length === this.params.numPerm));
    if (!ok)
      throw new TypeError(
        'jiaokan: `prepared` does not match this index (use index.prepare(text) with the same parameters)',
      );
    return p;
  }

  private exactKey(slot: number): number {
    return (
      ((this._normHash[2 * slot] as number) & 0x1fffff) * 4294967296 +
      (this._normHash[2 * slot + 1] as number)
    );
  }

  private setOf(slot: number): Uint32Array {
    let s = this.cache.get(slot);
    if (s === undefined) {
      s = shingleSet(normalizeCodes(this._texts[slot] as string), this.params.shingleSize, this.params.seed);
      this.cache.set(slot, s);
    }
    return s;
  }

  private check(text: string, p: Prepared): Check {
    const out: Check = { exact: NO, near: [] };
    const key = (p.normHi & 0x1fffff) * 4294967296 + p.normLo;
    const same = this.exact.get(key);
    let own: Uint16Array | undefined;
    const ownCodes = (): Uint16Array => {
      if (own === undefined) {
        const n = normalizeCodes(text);
        own = n.codes.slice(0, n.length);
      }
      return own;
    };
    if (same !== undefined && (this._normLen[same] as number) === p.normLength) {
      const mine = ownCodes();
      const theirs = normalizeCodes(this._texts[same] as string);
      let equal = theirs.length === mine.length;
      for (let i = 0; equal && i < mine.length; i++) if (theirs.codes[i] !== mine[i]) equal = false;
      if (equal) out.exact = same;
    }
    if (out.exact !== NO && !this._linksTruncated[out.exact]) {
      // Same content as `same`, whose links are complete: they are ours.
      out.near.push({ slot: out.exact, similarity: 1 });
      for (const [t, sim] of this.linked(out.exact)) out.near.push({ slot: t, similarity: sim });
      return out;
    }
    if (p.signature === undefined) return out; // empty after normalization: only exact copies match
    let cands = this.tables.candidates(p.bandKeys);
    if (cands.length > this._maxCandidates) {
      out.degraded = {
        reason: `${cands.length} LSH candidates; only ${this._maxCandidates} (maxCandidates) were verified`,
        level: 'candidates',
      };
      // Keep the candidates sharing most bands.
      const shared = new Map<number, number>();
      for (const c of cands) shared.set(c, 0);
      const keys = p.bandKeys;
      for (const c of cands) {
        const theirs = this._band[c] as Uint32Array;
        let k = 0;
        for (let b = 0; b < keys.length; b += 2)
          if (theirs[b] === keys[b] && theirs[b + 1] === keys[b + 1]) k++;
        shared.set(c, k);
      }
      cands = cands
        .sort((a, b) => (shared.get(b) as number) - (shared.get(a) as number) || a - b)
        .slice(0, this._maxCandidates);
    }
    if (cands.length === 0) return out;
    const t = this.params.threshold;
    // Every candidate is verified with the exact Jaccard similarity of the shingle sets.
    let mine: Uint32Array | undefined;
    for (const c of cands) {
      if (mine === undefined)
        mine = shingleSet(
          { codes: ownCodes(), length: p.normLength },
          this.params.shingleSize,
          this.params.seed,
        );
      const sim = jaccard(mine, this.setOf(c));
      if (sim >= t) out.near.push({ slot: c, similarity: sim });
    }
    return out;
  }

  private neighbors(check: Check): Neighbor[] {
    const seen = new Set<number>();
    const list: { slot: number; similarity: number }[] = [];
    for (const n of check.near) {
      if (!seen.has(n.slot)) {
        seen.add(n.slot);
        list.push(n);
      }
      const copies = this._copies[n.slot];
      if (copies) {
        for (const c of copies) {
          if (!seen.has(c)) {
            seen.add(c);
            list.push({ slot: c, similarity: n.similarity });
          }
        }
      }
    }
    list.sort(
      (a, b) => b.similarity - a.similarity || (this._seq[a.slot] as number) - (this._seq[b.slot] as number),
    );
    return list.map((n) => ({ id: this._ids[n.slot] as string, similarity: n.similarity }));
  }

  /** @internal */
  insert(id: string, text: string, p: Prepared, check: Check): number {
    return this.insertRaw(id, text, p, check, p.signature === undefined);
  }

  private insertRaw(id: string, text: string, p: Prepared, check: Check, empty: boolean): number {
    const slot = this.free.length > 0 ? (this.free.pop() as number) : this._ids.length;
    const seq = this.nextSeq++;
    this._ids[slot] = id;
    this._texts[slot] = text;
    this._seq[slot] = seq;
    this._bySeq.set(seq, slot);
    this._normLen[slot] = p.normLength;
    this._normHash[2 * slot] = p.normHi;
    this._normHash[2 * slot + 1] = p.normLo;
    this._band[slot] = p.bandKeys;
    this._empty[slot] = empty;
    this._saved[slot] = false;
    this._copies[slot] = undefined;
    this._links[slot] = undefined;
    this._linksTruncated[slot] = false;
    if (this._storeSignatures && p.signature) this._sigs.set(slot, p.signature);
    this.idToSlot.set(id, slot);
    this.live++;
    if (check.exact !== NO) {
      this._copyOf[slot] = check.exact;
      const list = this._copies[check.exact];
      if (list) list.push(slot);
      else this._copies[check.exact] = [slot];
    } else {
      this._copyOf[slot] = NO;
      this.exact.set((p.normHi & 0x1fffff) * 4294967296 + p.normLo, slot);
      if (!empty) this.tables.insert(slot, p.bandKeys);
      // Most similar first, so that the links kept under maxLinks are the best ones.
      const near = [...check.near].sort((a, b) => b.similarity - a.similarity);
      for (const n of near) this.link(slot, n.slot, n.similarity);
    }
    return slot;
  }

  /** @internal record a verified near-duplicate pair (both directions, each within maxLinks) */
  link(a: number, b: number, similarity: number): void {
    this.addLink(a, this._seq[b] as number, similarity);
    this.addLink(b, this._seq[a] as number, similarity);
  }

  private addLink(slot: number, otherSeq: number, similarity: number): void {
    let m = this._links[slot];
    if (!m) m = this._links[slot] = new Map();
    if (m.size < this._maxLinks || m.has(otherSeq)) m.set(otherSeq, similarity);
    else this._linksTruncated[slot] = true;
  }

  /** @internal live linked slots of a slot, with similarities */
  *linked(slot: number): Generator<[number, number]> {
    const m = this._links[slot];
    if (!m) return;
    for (const [seq, sim] of m) {
      const other = this._bySeq.get(seq);
      if (other !== undefined) yield [other, sim];
    }
  }

  /** @internal the record of a live slot, as stored in a file */
  _recordOf(slot: number): DocRecord {
    const links: [string, number][] = [];
    for (const [other, sim] of this.linked(slot)) links.push([this._ids[other] as string, sim]);
    let signature = this._sigs.get(slot);
    if (signature === undefined && this._storeSignatures && !this._empty[slot]) {
      // Loaded from a file (signatures are not kept in memory): recompute, it is deterministic.
      signature = this.prepare(this._texts[slot] as string).signature;
    }
    const rec: DocRecord = {
      id: this._ids[slot] as string,
      text: this._texts[slot] as string,
      normLength: this._normLen[slot] as number,
      normHi: this._normHash[2 * slot] as number,
      normLo: this._normHash[2 * slot + 1] as number,
      empty: this._empty[slot] as boolean,
      links,
      bandKeys: this._band[slot] as Uint32Array,
    };
    if (signature && this._storeSignatures) rec.signature = signature;
    if (this._linksTruncated[slot]) rec.linksTruncated = true;
    const orig = this._copyOf[slot] as number;
    if (orig !== NO) rec.copyOf = this._ids[orig] as string;
    return rec;
  }

  /** @internal add a stored record (no verification: the file holds the verified links) */
  _loadRecord(r: DocRecord): void {
    if (this.idToSlot.has(r.id))
      throw new RangeError(`jiaokan: duplicate id ${JSON.stringify(r.id)} in the stored index`);
    if (r.bandKeys.length !== this.params.bands * 2)
      throw new RangeError('jiaokan: stored band keys do not match the parameters');
    const p: Prepared = {
      normLength: r.normLength,
      normHi: r.normHi,
      normLo: r.normLo,
      signature: undefined,
      bandKeys: r.bandKeys,
    };
    const orig = r.copyOf === undefined ? undefined : this.idToSlot.get(r.copyOf);
    const check: Check = { exact: orig ?? NO, near: [] };
    for (const [id, sim] of r.links) {
      const other = this.idToSlot.get(id);
      if (other !== undefined) check.near.push({ slot: other, similarity: sim });
    }
    const slot = this.insertRaw(r.id, r.text, p, check, r.empty);
    this._saved[slot] = true;
    if (r.linksTruncated) this._linksTruncated[slot] = true;
  }

  /** @internal per slot: whether the document is in the file last saved/opened (removals become tombstones) */
  _saved: boolean[] = [];

  /** @internal slot of an id */
  slotOf(id: string): number | undefined {
    return this.idToSlot.get(id);
  }
}

export type { CorpusIndexOptions, CorpusParams } from './params.js';
