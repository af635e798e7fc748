// Side-by-side HTML page of a change set: one table row per paragraph-level block (from cs.blocks when
// diff() made it; otherwise rows follow the paragraphs of the base), the old text left, the new right,
// changed spans inside each cell as <del>/<ins>. Every row carries data-op (its block op); moved
// blocks carry data-move-id and link both ways: the row at the new position links to a placeholder row
// at the old position and back. Sentence moves (halves in different rows) link the same way.
// All document text goes through escapeHtml; the page needs no network and no script.

import type { BlockSummary, Change, ChangeSet, TextRange } from '../changes/types.js';
import { splitParagraphs } from '../text/paragraphs.js';
import { escapeHtml, htmlId, htmlPage } from './html-page.js';

interface Row {
  id: string;
  op: BlockSummary['op'] | 'moved-away';
  a: TextRange[];
  b: TextRange[];
  similarity?: number;
  moveId?: string;
}

interface Mark {
  start: number;
  end: number;
  change: Change;
}

const CSS = `
.legend span{display:inline-block;padding:0 .4rem;margin-right:.3rem;border-radius:3px}
tr[data-op=equal] td.txt{color:var(--muted)}
tr[data-op=insert] td.b,tr[data-op=delete] td.a{background:var(--mod)}
tr[data-op=move] td.txt,tr[data-op=moved-away] td.txt{background:var(--mov)}
.op{width:5.5rem;font-size:.8rem;color:var(--muted)}.sim{width:3.5rem;font-size:.8rem;text-align:right;color:var(--muted)}
.jump{font-size:.8rem;margin-left:.4rem}
`;

const round = (x: number) => `${Math.round(x * 100)}%`;

/** Rows when the change set has no block summaries: base paragraphs, mapped through the changes. */
function fallbackRows(base: string, cs: ChangeSet): Row[] {
  const paras = splitParagraphs(base).paragraphs;
  const toB = (pos: number, endSide: boolean): number => {
    let delta = 0;
    for (const c of cs.changes) {
      if (c.a.end < pos || (c.a.end === pos && (endSide || c.a.start < pos))) delta = c.b.end - c.a.end;
      else if (c.a.start < pos) return endSide ? c.b.end : c.b.start;
      else break;
    }
    return pos + delta;
  };
  const rows: Row[] = [];
  let prevB = 0;
  paras.forEach((p, k) => {
    const next = paras[k + 1];
    const bEnd = next ? toB(next.start, false) : cs.target.length;
    rows.push({
      id: `r${k + 1}`,
      op: 'equal',
      a: [{ start: p.start, end: next ? next.start : base.length }],
      b: [{ start: prevB, end: Math.max(prevB, bEnd) }],
    });
    prevB = Math.max(prevB, bEnd);
  });
  if (rows.length === 0)
    rows.push({
      id: 'r1',
      op: 'equal',
      a: [{ start: 0, end: base.length }],
      b: [{ start: 0, end: cs.target.length }],
    });
  else (rows[0] as Row).a[0] = { start: 0, end: (rows[0] as Row).a[0]?.end ?? 0 };
  for (const row of rows) {
    const changed = cs.changes.some(
      (c) => c.a.start < (row.a[0] as TextRange).end && c.a.end > (row.a[0] as TextRange).start,
    );
    if (changed) row.op = 'modify';
  }
  return rows;
}

/** A paragraph move, or a split/merge that moved as well (it has a moveId at paragraph level). */
const moved = (row: Row) =>
  row.op === 'move' || ((row.op === 'split' || row.op === 'merge') && row.moveId !== undefined);

/** Placeholder rows at the old position of every paragraph move. */
function withMoveSources(rows: Row[]): Row[] {
  const out: Row[] = [];
  const pending = rows
    .filter((r) => moved(r) && r.a.length)
    .map((r) => ({ row: r, at: (r.a[0] as TextRange).start }))
    .sort((x, y) => x.at - y.at);
  let k = 0;
  for (const row of rows) {
    const firstA = !moved(row) ? row.a[0]?.start : undefined;
    while (k < pending.length && firstA !== undefined && (pending[k] as { at: number }).at < firstA) {
      const m = (pending[k++] as { row: Row }).row;
      out.push({ id: `${m.id}-from`, op: 'moved-away', a: m.a, b: [], moveId: m.moveId ?? m.id });
    }
    out.push(row);
  }
  while (k < pending.length) {
    const m = (pending[k++] as { row: Row }).row;
    out.push({ id: `${m.id}-from`, op: 'moved-away', a: m.a, b: [], moveId: m.moveId ?? m.id });
  }
  return out;
}

/** First mark index whose end is after `pos` (marks sorted by start, disjoint). */
function firstMark(marks: readonly Mark[], pos: number): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((marks[mid] as Mark).end <= pos && (marks[mid] as Mark).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function renderRanges(
  text: string,
  ranges: readonly TextRange[],
  marks: readonly Mark[],
  side: 'a' | 'b',
  anchors: Map<string, string>,
  halves: Map<string, Set<'a' | 'b'>>,
): string {
  const tag = side === 'a' ? 'del' : 'ins';
  const parts: string[] = [];
  ranges.forEach((r, n) => {
    if (n > 0) parts.push('<span class="muted"> ⏎ </span>');
    let pos = r.start;
    for (let k = firstMark(marks, r.start); k < marks.length && (marks[k] as Mark).start < r.end; k++) {
      const m = marks[k] as Mark;
      const s = Math.max(m.start, r.start);
      const e = Math.min(m.end, r.end);
      if (e <= s && !(m.start === m.end && m.start >= r.start && m.start <= r.end)) continue;
      if (s > pos) parts.push(escapeHtml(text.slice(pos, s)));
      const body = escapeHtml(text.slice(s, e));
      // a move links to its other half only when that half is drawn (a sentence inserted inside a moved
      // paragraph carries the paragraph's moveId but has no old side)
      const move = m.change.moveId && halves.get(m.change.moveId)?.size === 2 ? m.change.moveId : undefined;
      if (move) {
        const own = `mv-${htmlId(move)}-${side}`;
        const other = `mv-${htmlId(move)}-${side === 'a' ? 'b' : 'a'}`;
        const id = anchors.has(own) ? '' : ` id="${own}"`;
        anchors.set(own, own);
        parts.push(
          `<${tag} class="moved" data-move-id="${escapeHtml(move)}"${id}>${body}</${tag}><a class="jump" href="#${other}" title="${side === 'a' ? 'moved to' : 'moved from'}">${side === 'a' ? '↷' : '↶'}</a>`,
        );
      } else if (e > s) parts.push(`<${tag} data-change="${escapeHtml(m.change.id)}">${body}</${tag}>`);
      pos = Math.max(pos, e);
    }
    if (pos < r.end) parts.push(escapeHtml(text.slice(pos, r.end)));
  });
  return parts.join('');
}

export function formatHtml(
  base: string,
  target: string,
  cs: ChangeSet,
  options: { aName?: string; bName?: string; title?: string; lang?: string } = {},
): string {
  const aName = options.aName ?? 'a';
  const bName = options.bName ?? 'b';
  const rows = withMoveSources(
    cs.blocks?.length
      ? cs.blocks.map((b) => ({
          id: b.id,
          op: b.op,
          a: b.a,
          b: b.b,
          similarity: b.similarity,
          moveId: b.moveId,
        }))
      : fallbackRows(base, cs),
  );
  const marksA: Mark[] = [];
  const marksB: Mark[] = [];
  for (const c of cs.changes) {
    if (c.a.end > c.a.start) marksA.push({ start: c.a.start, end: c.a.end, change: c });
    if (c.b.end > c.b.start) marksB.push({ start: c.b.start, end: c.b.end, change: c });
  }
  marksB.sort((x, y) => x.start - y.start);
  const halves = new Map<string, Set<'a' | 'b'>>();
  for (const c of cs.changes) {
    if (!c.moveId) continue;
    const set = halves.get(c.moveId) ?? new Set<'a' | 'b'>();
    if (c.a.end > c.a.start) set.add('a');
    if (c.b.end > c.b.start) set.add('b');
    halves.set(c.moveId, set);
  }
  const anchors = new Map<string, string>();
  const counts: Record<string, number> = {};
  const body: string[] = [];
  for (const row of rows) {
    counts[row.op] = (counts[row.op] ?? 0) + 1;
    const rid = `blk-${htmlId(row.id)}`;
    const move = row.moveId ? ` data-move-id="${escapeHtml(row.moveId)}"` : '';
    let jump = '';
    if (moved(row))
      jump = `<a class="jump" href="#blk-${htmlId(row.id)}-from" title="old position">↶ moved from</a>`;
    if (row.op === 'moved-away')
      jump = `<a class="jump" href="#${rid.replace(/-from$/, '')}" title="new position">↷ moved to</a>`;
    const sim = row.similarity === undefined ? '' : round(row.similarity);
    body.push(
      `<tr id="${rid}" data-op="${row.op}"${move}><td class="op">${row.op}${jump}</td>` +
        `<td class="txt a">${renderRanges(base, row.a, marksA, 'a', anchors, halves)}</td>` +
        `<td class="txt b">${row.op === 'moved-away' ? '' : renderRanges(target, row.b, marksB, 'b', anchors, halves)}</td>` +
        `<td class="sim">${sim}</td></tr>`,
    );
  }
  // A link to the other side of a move whose other side has no marked text here (e.g. a sentence pair
  // that joined a move group keeps its token edits, which carry no moveId) would dangle: drop it.
  const rendered = body
    .join('\n')
    .replace(/<a class="jump" href="#(mv-[^"]+)"[^>]*>[^<]*<\/a>/g, (link, target: string) =>
      anchors.has(target) ? link : '',
    );
  const similarity =
    typeof cs.meta?.similarity === 'number' ? ` · similarity ${round(cs.meta.similarity)}` : '';
  const degraded = cs.meta?.degraded
    ? ` · <strong>degraded</strong>: ${escapeHtml(JSON.stringify(cs.meta.degraded))}`
    : '';
  const summary = Object.entries(counts)
    .map(([op, n]) => `${escapeHtml(op)} ${n}`)
    .join(' · ');
  const title = options.title ?? `${aName} → ${bName}`;
  const html = `<h1>${escapeHtml(title)}</h1>
<p class="muted">${cs.changes.length} changes${similarity} · ${summary}${degraded}</p>
<p class="legend"><span style="background:var(--del)"><del>deleted</del></span><span style="background:var(--ins)">inserted</span><span class="moved">moved</span><span style="background:var(--mod)">whole block added or dropped</span> · % = block similarity</p>
<table>
<thead><tr><th class="op">block</th><th>${escapeHtml(aName)}</th><th>${escapeHtml(bName)}</th><th class="sim">sim</th></tr></thead>
<tbody>
${rendered}
</tbody>
</table>`;
  return htmlPage(html, { title, css: CSS, lang: options.lang });
}
