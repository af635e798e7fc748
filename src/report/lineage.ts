// The lineage page (`jiaokan versions --format html`): one column per version, one row per paragraph
// lineage, so a reader follows a paragraph across the years: where it first appears, how it changed at
// each step (kept, revised, moved, split, merged) and where it was dropped. Self-contained, no script.
import { escapeHtml } from '../format/html-page.js';

/** The parts of align's lineage this page reads (structural, so the page does not pin align's types). */
export interface LineageStepLike {
  version: number;
  paragraphs: number[];
  ranges: Array<{ start: number; end: number }>;
  op: string;
  similarity: number;
}

export interface LineageLike {
  id: string;
  first: number;
  dropped?: number;
  absent?: number[];
  steps: LineageStepLike[];
}

export interface LineagePageOptions {
  /** version names (file names), oldest first */
  names?: string[];
  title?: string;
}

const CSS = `
:root{--fg:#1d2125;--muted:#667;--line:#e3e6ea}
body{margin:0;font:14px/1.6 system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:var(--fg)}
header{padding:16px 20px;border-bottom:1px solid var(--line)}
h1{font-size:20px;margin:0 0 6px}.muted{color:var(--muted)}
.legend{display:flex;gap:12px;flex-wrap:wrap;font-size:12px;margin-top:8px}
.legend span{padding:1px 6px;border-radius:3px}
table{border-collapse:collapse;table-layout:fixed;width:100%}
th,td{border-bottom:1px solid var(--line);border-right:1px solid var(--line);padding:6px 8px;vertical-align:top;text-align:left}
th{position:sticky;top:0;background:#f6f7f9;z-index:1}
td{white-space:pre-wrap;overflow-wrap:anywhere}
td.id{width:4.5em;color:var(--muted);font-size:12px}
td.none{background:repeating-linear-gradient(45deg,#fafafa,#fafafa 6px,#f1f3f5 6px,#f1f3f5 12px)}
.op{display:inline-block;font-size:11px;padding:0 5px;border-radius:3px;margin-right:4px;color:#333}
.op-origin,.op-equal{background:#e9ecef}.op-modify{background:#fff3bf}.op-insert{background:#d3f9d8}
.op-move{background:#d0ebff}.op-split,.op-merge{background:#e5dbff}.op-dropped{background:#ffe3e3}
.op-reappear{background:#c3fae8}
.sim{font-size:11px;color:var(--muted)}
tr.dropped td.txt:last-of-type{opacity:.6}
`;

const OPS = ['origin', 'equal', 'modify', 'insert', 'move', 'split', 'merge', 'reappear'];

export function renderLineage(
  lineage: { lineages: LineageLike[] },
  texts: readonly string[],
  options: LineagePageOptions = {},
): string {
  const names = texts.map((_, k) => options.names?.[k] ?? `v${k + 1}`);
  const title = options.title ?? `Lineage: ${names.join(' → ')}`;
  // rows in reading order: by the version they appear in, then by their place in it
  const rows = [...lineage.lineages].sort(
    (x, y) => x.first - y.first || (x.steps[0]?.ranges[0]?.start ?? 0) - (y.steps[0]?.ranges[0]?.start ?? 0),
  );
  const counts = { kept: 0, changed: 0, dropped: 0, added: 0 };
  for (const l of rows) {
    if (l.dropped !== undefined) counts.dropped++;
    if (l.first > 0) counts.added++;
    if (l.steps.some((s) => s.op !== 'origin' && s.op !== 'equal')) counts.changed++;
    else if (l.dropped === undefined && l.first === 0) counts.kept++;
  }
  const body = rows
    .map((l) => {
      const byVersion = new Map(l.steps.map((s) => [s.version, s]));
      const cells = texts.map((text, k) => {
        const s = byVersion.get(k);
        if (!s)
          // dropped here for good, or here for a while (the first version of a run in `absent`)
          return l.dropped === k || (l.absent?.includes(k) && !l.absent.includes(k - 1))
            ? '<td class="txt none"><span class="op op-dropped">dropped</span></td>'
            : '<td class="txt none"></td>';
        const snippet = s.ranges.map((r) => text.slice(r.start, r.end).trim()).join('\n¶ ');
        const sim = s.op === 'origin' ? '' : ` <span class="sim">${Math.round(s.similarity * 100)}%</span>`;
        return `<td class="txt" data-op="${escapeHtml(s.op)}"><span class="op op-${escapeHtml(s.op)}">${escapeHtml(s.op)}</span>${sim}\n${escapeHtml(snippet)}</td>`;
      });
      return `<tr id="${escapeHtml(l.id)}"${l.dropped !== undefined ? ' class="dropped"' : ''}><td class="id">${escapeHtml(l.id)}</td>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<div class="muted">${rows.length} paragraph lineages: ${counts.kept} unchanged throughout, ${counts.changed} changed, ${counts.added} added after ${escapeHtml(names[0] ?? 'v1')}, ${counts.dropped} dropped</div>
<div class="legend">${OPS.map((o) => `<span class="op-${o}">${o}</span>`).join('')}</div>
</header>
<table>
<thead><tr><th class="id" style="width:4.5em">#</th>${names.map((n) => `<th>${escapeHtml(n)}</th>`).join('')}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</body>
</html>
`;
}
