import type { ChangeSet } from '../changes/types.js';

/** The change set itself, as JSON (validateChanges accepts it back). */
export function formatJson(cs: ChangeSet, indent = 2): string {
  return `${JSON.stringify(cs, null, indent)}\n`;
}
