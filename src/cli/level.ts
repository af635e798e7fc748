// `diff --level paragraph`: the change set coarsened so that each changed paragraph is one replace
// (the whole paragraph-level block, old text → new text) instead of its token edits. align has no
// paragraph-only mode, so the CLI merges the edits that share a paragraph group; moves, inserts and
// deletes of whole paragraphs are already paragraph-sized and stay as they are.
import { applyChanges, type ChangeSet, changeSetFromEdits, type Edit } from '../changes/index.js';

export function coarsenToParagraphs(base: string, cs: ChangeSet): ChangeSet {
  const target = applyChanges(base, cs);
  const edits: Edit[] = [];
  const changes = cs.changes;
  let i = 0;
  while (i < changes.length) {
    const first = changes[i]!;
    let j = i + 1;
    // a run of changes of the same paragraph group, with no move half in between
    if (first.group !== undefined && first.moveId === undefined) {
      while (j < changes.length && changes[j]!.group === first.group && changes[j]!.moveId === undefined) j++;
    }
    const last = changes[j - 1]!;
    const { a, b, before: _b, after: _a, op: _o, id: _id, ...rest } = first;
    edits.push({
      ...rest,
      ...(j - i > 1 ? { level: 'paragraph' as const } : {}),
      start: a.start,
      end: last.a.end,
      text: target.slice(b.start, last.b.end),
    });
    i = j;
  }
  const { changes: out } = changeSetFromEdits(base, edits, cs.meta);
  return { ...cs, changes: out.changes, target: out.target };
}
