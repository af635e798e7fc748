import { assertString } from '../text/guard.js';
import type { ChangeSet } from './types.js';
import { validateChanges } from './validate.js';

/**
 * Applies a change set to its base. The base's length and hash and every change's `before` text are
 * checked first (validateChanges), so a change set never silently applies to the wrong text.
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
  return parts.join('');
}
