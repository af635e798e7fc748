// Human and machine output for findings. The human form follows vfile-reporter (what unified-args,
// remark-cli and retext users already read): a file header, `line:col-endLine:endCol severity message
// rule source` in aligned columns, related spans indented under their finding, then one summary line.
// The machine form is JSON Lines: one finding per line with the file path, for jq and friends.
import type { Finding } from '../detect/types.js';
import { shown } from '../format/ansi.js';
import { LineIndex } from '../text/index.js';
import { cellWidth, type Paint, padEnd } from './color.js';

/** Widest the message column is padded to (terminal cells); longer messages just run on. */
const MESSAGE_COLUMN = 72;

export interface FileReport {
  file: string;
  findings: Finding[];
  /** the scanned text, to place related spans (line/column) */
  text?: string;
}

function place(f: { line: number; column: number; endLine: number; endColumn: number }): string {
  return `${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;
}

function severityLabel(severity: Finding['severity'], p: Paint): string {
  if (severity === 'error') return p.red('error');
  if (severity === 'warning') return p.yellow('warning');
  return p.blue('info');
}

/** One line naming the totals, e.g. `3 messages (✖ 1 error, ⚠ 1 warning)`. */
export function summary(reports: readonly FileReport[], p: Paint): string {
  let errors = 0;
  let warnings = 0;
  let total = 0;
  for (const r of reports) {
    for (const f of r.findings) {
      total++;
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
    }
  }
  if (total === 0) return '';
  const parts: string[] = [];
  if (errors) parts.push(p.red(`✖ ${errors} error${errors === 1 ? '' : 's'}`));
  if (warnings) parts.push(p.yellow(`⚠ ${warnings} warning${warnings === 1 ? '' : 's'}`));
  const head = `${total} message${total === 1 ? '' : 's'}`;
  return parts.length ? `${head} (${parts.join(', ')})` : head;
}

export interface HumanOptions {
  /** leave out files without findings */
  quiet?: boolean;
}

export function formatHuman(reports: readonly FileReport[], p: Paint, options: HumanOptions = {}): string {
  const blocks: string[] = [];
  for (const r of reports) {
    if (r.findings.length === 0) {
      if (!options.quiet) blocks.push(`${p.underline(r.file)}: no issues found`);
      continue;
    }
    const sorted = [...r.findings].sort((x, y) => x.start - y.start || x.end - y.end);
    const rows = sorted.map((f) => [place(f), f.severity, oneLine(f.message), f.rule, 'jiaokan'] as const);
    const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((row) => cellWidth(row[c] as string))));
    // one very long message must not push every other line's rule column far to the right
    widths[2] = Math.min(widths[2] as number, MESSAGE_COLUMN);
    const lines = [p.underline(r.file)];
    const index =
      r.text !== undefined && sorted.some((f) => f.related?.length) ? new LineIndex(r.text) : null;
    sorted.forEach((f, i) => {
      const row = rows[i] as (typeof rows)[number];
      lines.push(
        [
          padEnd(row[0], widths[0] as number),
          severityLabel(f.severity, p) + ' '.repeat((widths[1] as number) - row[1].length),
          padEnd(row[2], widths[2] as number),
          p.dim(padEnd(row[3], widths[3] as number)),
          p.dim(row[4]),
        ].join(' '),
      );
      if (index) {
        for (const rel of f.related ?? []) {
          const a = index.position(rel.start);
          const b = index.position(rel.end);
          lines.push(p.dim(`  ↳ ${a.line}:${a.column}-${b.line}:${b.column} ${oneLine(rel.note)}`));
        }
      }
    });
    blocks.push(lines.join('\n'));
  }
  const total = summary(reports, p);
  if (total) blocks.push(total);
  return blocks.length ? `${blocks.join('\n\n')}\n` : '';
}

/**
 * One line per file: how many findings of each rule (most first), then the totals line. For a corpus or
 * a hard-wrapped file (every line end a finding), where the full listing is too long to read.
 */
export function formatSummary(reports: readonly FileReport[], p: Paint, options: HumanOptions = {}): string {
  const lines: string[] = [];
  const all = new Map<string, number>();
  for (const r of reports) {
    if (r.findings.length === 0) {
      if (!options.quiet) lines.push(`${p.underline(r.file)}: no issues found`);
      continue;
    }
    const byRule = new Map<string, number>();
    for (const f of r.findings) {
      byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
      all.set(f.rule, (all.get(f.rule) ?? 0) + 1);
    }
    lines.push(`${p.underline(r.file)}: ${counts(byRule)}`);
  }
  const total = summary(reports, p);
  if (total) lines.push('', reports.length > 1 ? `${total}: ${counts(all)}` : total);
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** "split-paragraph 24, boilerplate 2": most frequent first, ties by name. */
function counts(byRule: ReadonlyMap<string, number>): string {
  return [...byRule]
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .map(([rule, n]) => `${rule} ${n}`)
    .join(', ');
}

/** One JSON object per finding, with the file it belongs to first. */
export function formatJsonLines(reports: readonly FileReport[]): string {
  let out = '';
  for (const r of reports) {
    for (const f of r.findings) out += `${JSON.stringify({ file: r.file, ...f })}\n`;
  }
  return out;
}

/** Messages are one line in a terminal report: newlines and tabs in quoted text become visible marks. */
/** A message on one line, with any control character it quotes from the document shown, not sent. */
function oneLine(s: string): string {
  return shown(s.replace(/\r\n|\r|\n/g, '⏎').replace(/\t/g, '→'));
}
