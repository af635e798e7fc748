import { hashHex } from '../text/hash.js';
import {
  CHANGESET_VERSION,
  type Change,
  type ChangeOp,
  type ChangeSet,
  type TextFingerprint,
} from './types.js';

/**
 * Length and 64-bit hash of a text. The hash is computed on first read (JSON.stringify, a spread,
 * validateChanges, composeChanges …) and then stored as a plain property, which also lets the text go:
 * a change set that is only applied or formatted never hashes its two texts (for two 0.5 MB texts
 * that is a fifth of diff()'s first call). Reads see the same value as an eager hash.
 */
export function fingerprint(text: string): TextFingerprint {
  const fp = { length: text.length } as TextFingerprint;
  const settle = (hash: string): string => {
    // A frozen change set (Object.freeze, immer) cannot take the plain property: it computes on each read.
    if (Object.isExtensible(fp) && Object.getOwnPropertyDescriptor(fp, 'hash')?.configurable)
      Object.defineProperty(fp, 'hash', {
        value: hash,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return hash;
  };
  Object.defineProperty(fp, 'hash', {
    enumerable: true,
    configurable: true,
    get: () => settle(hashHex(text)),
    set: settle,
  });
  return fp;
}

export function opOf(before: string, after: string): ChangeOp {
  return before === '' ? 'insert' : after === '' ? 'delete' : 'replace';
}

/** An edit of the base described by its a-range and replacement text; b-ranges are derived. */
export interface Edit extends Omit<Partial<Change>, 'a' | 'b' | 'before' | 'after' | 'op'> {
  start: number;
  end: number;
  text: string;
}

/**
 * Builds a ChangeSet from edits of `base` (any order, non-overlapping). Computes the target, the
 * b-ranges and ids; drops edits that change nothing. Throws a RangeError on overlapping edits.
 */
export function changeSetFromEdits(
  base: string,
  edits: readonly Edit[],
  meta?: Record<string, unknown>,
): { changes: ChangeSet; target: string } {
  const sorted = [...edits].sort((x, y) => x.start - y.start || x.end - y.end);
  const parts: string[] = [];
  const changes: Change[] = [];
  let cursor = 0;
  let delta = 0;
  for (const e of sorted) {
    if (e.start < cursor || e.end < e.start || e.end > base.length) {
      throw new RangeError(
        `jiaokan: overlapping or out-of-range edit ${e.start}..${e.end} (cursor ${cursor})`,
      );
    }
    const before = base.slice(e.start, e.end);
    if (before === e.text) continue;
    parts.push(base.slice(cursor, e.start), e.text);
    const { start, end, text, id, ...rest } = e;
    changes.push({
      ...rest,
      id: id ?? `c${changes.length + 1}`,
      op: opOf(before, text),
      a: { start, end },
      b: { start: start + delta, end: start + delta + text.length },
      before,
      after: text,
    });
    delta += text.length - before.length;
    cursor = e.end;
  }
  parts.push(base.slice(cursor));
  const target = parts.join('');
  const cs: ChangeSet = {
    version: CHANGESET_VERSION,
    base: fingerprint(base),
    target: fingerprint(target),
    changes,
  };
  if (meta) cs.meta = meta;
  return { changes: cs, target };
}
