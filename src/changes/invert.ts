import { opOf } from './build.js';
import type { Change, ChangeSet } from './types.js';
import { validateChanges } from './validate.js';

/** The change set that undoes `changes`: b → a. Ids, provenance and move links are kept. */
export function invertChanges(changes: ChangeSet): ChangeSet {
  const cs = validateChanges(undefined, changes);
  const inverted: Change[] = cs.changes.map((c) => ({
    ...c,
    op: opOf(c.after, c.before),
    a: { ...c.b },
    b: { ...c.a },
    before: c.after,
    after: c.before,
  }));
  const out: ChangeSet = {
    version: cs.version,
    base: { ...cs.target },
    target: { ...cs.base },
    changes: inverted,
  };
  if (cs.meta) out.meta = { ...cs.meta, inverted: !cs.meta.inverted };
  return out;
}
