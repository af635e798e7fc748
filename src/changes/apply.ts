import { assertString } from '../text/guard.js';
import { hashHex } from '../text/hash.js';
import { type ChangeSet, ChangeSetError } from './types.js';
import { validateChanges } from './validate.js';

/**
 * Applies a change set to its base. The base's length and hash and every change's `before` text are
 * checked first (validateChanges), so a change set never silently applies to the wrong text; the
 * result is checked against `target` too, so an `after` edited in transit is refused, not applied.
 */
export function applyChanges(base: string, changes: ChangeSet | string): string {
  assertString(base, 'base');
  const cs = validateChanges(base, changes);
  const parts: string[] = [];
  let cursor = 0;
  for (const c of cs.changes) {
    parts.push(base.slice(cursor, c.a.start), c.after);
    cursor = c.a.end;
  }
  parts.push(base.slice(cursor));
  const result = parts.join('');
  const hash = hashHex(result);
  if (hash !== cs.target.hash) {
    throw new ChangeSetError(
      `the changes give a text of length ${result.length} (hash ${hash}), not the change set's target (hash ${cs.target.hash})`,
      'target',
    );
  }
  return result;
}
