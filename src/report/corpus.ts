// The corpus report (`jiaokan report`): one self-contained HTML page with, per file, the findings listed
// and highlighted in the document text, then the near-duplicate clusters and the boilerplate. No script,
// no external request: a Content-Security-Policy forbids both, so even a bug in escaping could not run
// anything. Text is escaped with the diff page's escapeHtml (src/format/html-page.ts). Long documents
// stay fast: the text is cut into chunks the browser may skip rendering (content-visibility) until they
// scroll into view.
import type { Finding, RuleId } from '../detect/types.js';
import { RULES } from '../detect/types.js';
import { escapeHtml } from '../format/html-page.js';
import { LineIndex } from '../text/index.js';
import { RULE_COLOR, RULE_SUMMARY } from './rules.js';

export interface ReportFile {
  /** the path shown to people */
  path: string;
  text: string;
  findings: Finding[];
  encoding?: string;
}

export interface CorpusReport {
  title?: string;
  files: ReportFile[];
  /** near-duplicate clusters (members are file paths); single-member clusters are left out */
  clusters?: Array<{ representative: string; members: string[] }>;
  /** passages shared by many files */
  boilerplate?: Array<{ text: string; docs: number | string[] }>;
  /** files that could not be read, with the reason */
  errors?: Array<{ path: string; message: string }>;
}

/** Lines per chunk of document text; each chunk is skipped by layout while off screen. */
const CHUNK_LINES = 100;

const CSS = `
:root{--fg:#1d2125;--muted:#667;--line:#e3e6ea;--bg:#fff;--accent:#1c5fd0}
*{box-sizing:border-box}
body{margin:0;font:15px/1.6 system-ui,"Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;color:var(--fg);background:var(--bg)}
header,main{max-width:1100px;margin:0 auto;padding:0 20px}
header{padding-top:20px;border-bottom:1px solid var(--line)}
h1{font-size:22px;margin:0 0 6px}h2{font-size:18px;margin:28px 0 8px}h3{font-size:15px;margin:18px 0 6px}
a{color:var(--accent)}
.muted{color:var(--muted)}
.stats{display:flex;gap:18px;flex-wrap:wrap;margin:6px 0 12px}
.stats b{font-size:18px}
.legend{display:flex;flex-wrap:wrap;gap:6px 14px;margin:8px 0 16px;padding:0;list-style:none;font-size:13px}
.legend li{display:flex;align-items:center;gap:6px}
.sw{display:inline-block;width:14px;height:14px;border-radius:3px;border:1px solid #0002}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-weight:600;background:#f6f7f9}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.sev-error{color:#c92a2a;font-weight:600}.sev-warning{color:#b35c00}.sev-info{color:#1971c2}
code.rule{font-size:12px;background:#f1f3f5;padding:1px 4px;border-radius:3px}
.file{border-top:2px solid var(--line);margin-top:28px}
.doc{font:14px/1.7 ui-monospace,"Noto Sans Mono CJK SC","Noto Sans CJK SC",monospace;border:1px solid var(--line);border-radius:6px;padding:6px 0;overflow-x:auto}
.chunk{content-visibility:auto;contain-intrinsic-size:auto 2400px}
/* line numbers from an attribute: CSS counters restart inside each content-visibility chunk (style containment) */
.ln{display:flex;white-space:pre-wrap;word-break:break-all;padding:0 10px 0 0;min-height:1.7em}
.tx{flex:1 1 auto;min-width:0}
.ln::before{content:attr(data-n);flex:0 0 4.5em;text-align:right;padding-right:12px;color:#aab;user-select:none}
.ln:target{background:#fff3bf}
mark{border-radius:2px;padding:0;color:inherit}
mark.related{background:none;outline:2px dashed #adb5bd;outline-offset:-1px}
.fa{font-size:11px;vertical-align:super;text-decoration:none;margin:0 1px}
.quote{max-width:420px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;color:var(--muted)}
.bp{white-space:pre-wrap;word-break:break-all;background:#f8f9fa;border-left:3px solid #ced4da;padding:4px 8px;margin:4px 0}
`;

const RULE_CSS = RULES.map((r) => `mark.r-${r}{background:${RULE_COLOR[r]}}`).join('\n');

function ruleOf(f: Finding): RuleId {
  return (RULES as readonly string[]).includes(f.rule) ? f.rule : 'boilerplate';
}

interface Event {
  at: number;
  /** index into the list of spans; negative means the span ends here */
  span: number;
  open: boolean;
}

interface Span {
  start: number;
  end: number;
  finding: number;
  related: boolean;
}

/**
 * An offset clamped into the text and moved off the middle of a surrogate pair: a cut there would leave
 * two lone halves that no browser can show (findings never split one, but the page must not depend on it).
 */
function snap(text: string, offset: number): number {
  const o = Math.max(0, Math.min(text.length, Math.trunc(offset)));
  const c = text.charCodeAt(o);
  const p = text.charCodeAt(o - 1);
  return c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff ? o - 1 : o;
}

/** The document's lines as HTML, with findings (and the spans they point to) highlighted. */
function renderDocument(fileId: string, text: string, findings: readonly Finding[]): string {
  const spans: Span[] = [];
  findings.forEach((f, i) => {
    const start = snap(text, f.start);
    spans.push({ start, end: Math.max(snap(text, f.end), start), finding: i, related: false });
    for (const r of f.related ?? []) {
      spans.push({ start: snap(text, r.start), end: snap(text, r.end), finding: i, related: true });
    }
  });
  const anchors = new Map<number, number[]>();
  findings.forEach((f, i) => {
    const at = snap(text, f.start);
    const list = anchors.get(at) ?? [];
    list.push(i);
    anchors.set(at, list);
  });
  const events: Event[] = [];
  spans.forEach((s, i) => {
    if (s.end <= s.start) return;
    events.push({ at: s.start, span: i, open: true }, { at: s.end, span: i, open: false });
  });
  events.sort((x, y) => x.at - y.at || Number(x.open) - Number(y.open));
  // every offset where highlighting changes or an anchor sits, ascending, walked with one pointer
  const cuts = [...new Set<number>([...events.map((e) => e.at), ...anchors.keys()])].sort((x, y) => x - y);
  let cut = 0;

  const index = new LineIndex(text);
  const starts = index.lineStarts;
  const active = new Set<number>();
  let ev = 0;
  const out: string[] = [];
  for (let line = 0; line < starts.length; line++) {
    if (line % CHUNK_LINES === 0) {
      if (line) out.push('</div>');
      out.push('<div class="chunk">');
    }
    const from = starts[line] as number;
    const next = starts[line + 1];
    // the line's text without its line break
    let to = next ?? text.length;
    if (next !== undefined)
      to -= text.charCodeAt(next - 2) === 0x0d && text.charCodeAt(next - 1) === 0x0a ? 2 : 1;
    let html = '';
    let pos = from;
    while (pos <= to) {
      while (ev < events.length && (events[ev] as Event).at <= pos) {
        const e = events[ev] as Event;
        if (e.open) active.add(e.span);
        else active.delete(e.span);
        ev++;
      }
      for (const i of anchors.get(pos) ?? []) {
        html += `<a class="fa" id="${fileId}-f${i + 1}" href="#${fileId}-l${i + 1}" title="back to the list">[${i + 1}]</a>`;
      }
      if (pos === to) break;
      while (cut < cuts.length && (cuts[cut] as number) <= pos) cut++;
      const stop = Math.min(to, cuts[cut] ?? to);
      html += wrap(text.slice(pos, stop), active, spans, findings);
      pos = stop;
    }
    out.push(
      `<div class="ln" id="${fileId}-L${line + 1}" data-n="${line + 1}"><span class="tx">${html}</span></div>`,
    );
  }
  if (starts.length) out.push('</div>');
  return out.join('\n');
}

function wrap(
  piece: string,
  active: Set<number>,
  spans: readonly Span[],
  findings: readonly Finding[],
): string {
  const escaped = escapeHtml(piece);
  if (active.size === 0 || piece === '') return escaped;
  // the innermost (latest opened) finding decides the colour; the tooltip names all of them
  const list = [...active].map((i) => spans[i] as Span);
  const own = list.filter((s) => !s.related);
  const top = (own.length ? own : list)[(own.length ? own : list).length - 1] as Span;
  const f = findings[top.finding] as Finding;
  const title = list
    .map((s) => {
      const g = findings[s.finding] as Finding;
      return `${s.related ? '(related) ' : ''}${g.rule}: ${g.message}`;
    })
    .join('\n');
  const cls = own.length ? `r-${ruleOf(f)}` : 'related';
  return `<mark class="${cls}" title="${escapeHtml(title)}">${escaped}</mark>`;
}

function severityCounts(findings: readonly Finding[]): string {
  const n = { error: 0, warning: 0, info: 0 };
  for (const f of findings) n[f.severity]++;
  return `<td class="n sev-error">${n.error || ''}</td><td class="n sev-warning">${n.warning || ''}</td><td class="n sev-info">${n.info || ''}</td>`;
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return escapeHtml(flat.length > 80 ? `${flat.slice(0, 80)}…` : flat);
}

export function renderCorpusReport(report: CorpusReport): string {
  const title = report.title ?? 'jiaokan report';
  const files = report.files;
  const ids = new Map(files.map((f, i) => [f.path, `file-${i + 1}`]));
  const totalFindings = files.reduce((n, f) => n + f.findings.length, 0);
  const clusters = (report.clusters ?? []).filter((c) => c.members.length > 1);
  const boilerplate = report.boilerplate ?? [];
  const link = (p: string): string => {
    const id = ids.get(p);
    return id ? `<a href="#${id}">${escapeHtml(p)}</a>` : escapeHtml(p);
  };

  const parts: string[] = [];
  parts.push(`<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${CSS}\n${RULE_CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<div class="stats"><span><b>${files.length}</b> files</span><span><b>${totalFindings}</b> findings</span><span><b>${clusters.length}</b> near-duplicate clusters</span><span><b>${boilerplate.length}</b> boilerplate passages</span></div>
<ul class="legend" aria-label="legend">
${RULES.map((r) => `<li><span class="sw" style="background:${RULE_COLOR[r]}"></span><code class="rule">${r}</code> <span class="muted">${RULE_SUMMARY[r]}</span></li>`).join('\n')}
<li><span class="sw" style="outline:2px dashed #adb5bd;outline-offset:-2px"></span><span class="muted">related span (e.g. the first copy)</span></li>
</ul>
</header>
<main>
<section id="files"><h2>Files</h2>
<table><thead><tr><th>file</th><th>encoding</th><th class="n">characters</th><th class="n">errors</th><th class="n">warnings</th><th class="n">info</th></tr></thead><tbody>
${files.map((f) => `<tr><td>${link(f.path)}</td><td>${escapeHtml(f.encoding ?? '')}</td><td class="n">${f.text.length}</td>${severityCounts(f.findings)}</tr>`).join('\n')}
</tbody></table>
${(report.errors ?? []).length ? `<h3>Not read</h3><ul>${(report.errors ?? []).map((e) => `<li>${escapeHtml(e.path)}: ${escapeHtml(e.message)}</li>`).join('')}</ul>` : ''}
</section>`);

  parts.push(`<section id="clusters"><h2>Near-duplicate clusters</h2>
${
  clusters.length
    ? `<ol>${clusters.map((c) => `<li>${c.members.map((m) => (m === c.representative ? `<strong>${link(m)}</strong>` : link(m))).join(', ')}</li>`).join('\n')}</ol>`
    : '<p class="muted">No near-duplicate documents.</p>'
}
</section>`);

  parts.push(`<section id="boilerplate"><h2>Boilerplate</h2>
${
  boilerplate.length
    ? boilerplate
        .map((b) => {
          const docs = Array.isArray(b.docs) ? b.docs : undefined;
          const count = docs ? docs.length : b.docs;
          return `<div><span class="muted">in ${count} files${docs ? `: ${docs.slice(0, 8).map(link).join(', ')}${docs.length > 8 ? ', …' : ''}` : ''}</span><div class="bp">${escapeHtml(b.text)}</div></div>`;
        })
        .join('\n')
    : '<p class="muted">No passage repeats across enough files to count as boilerplate.</p>'
}
</section>`);

  files.forEach((f) => {
    const id = ids.get(f.path) as string;
    const findings = [...f.findings].sort((x, y) => x.start - y.start || x.end - y.end);
    parts.push(`<section class="file" id="${id}"><h2>${escapeHtml(f.path)}</h2>
${
  findings.length
    ? `<table class="findings"><thead><tr><th>#</th><th>place</th><th>severity</th><th>rule</th><th>message</th><th>text</th></tr></thead><tbody>
${findings
  .map(
    (g, i) =>
      `<tr id="${id}-l${i + 1}"><td><a href="#${id}-f${i + 1}">${i + 1}</a></td><td><a href="#${id}-L${g.line}">${g.line}:${g.column}</a></td><td class="sev-${g.severity}">${g.severity}</td><td><code class="rule">${escapeHtml(g.rule)}</code></td><td>${escapeHtml(g.message)}</td><td class="quote">${quote(g.actual)}</td></tr>`,
  )
  .join('\n')}
</tbody></table>`
    : '<p class="muted">No findings.</p>'
}
<h3>Text</h3>
<div class="doc">
${renderDocument(id, f.text, findings)}
</div>
</section>`);
  });
  parts.push('</main>\n</body>\n</html>\n');
  return parts.join('\n');
}
