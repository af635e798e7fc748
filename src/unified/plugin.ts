// The unified plugin, as a factory over the scan function so that the adapter itself holds no logic:
// findings already have the shape of vfile messages (design.md), this file only moves fields across.
//
// Like remark-lint-no-tabs, it works on `String(file)` offsets and never looks at the tree, so it runs
// under any parser (retext-english, remark-parse, rehype-parse, a custom one).
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { ScanOptions } from '../detect/options.js';
import type { Finding, RuleId } from '../detect/types.js';
import { RULES } from '../detect/types.js';
import { LineIndex } from '../text/index.js';

/** Severity of one rule, as unified-lint-rule takes it: off/0, warn/1 (or on/true), error/2. */
export type Level = 'off' | 'on' | 'warn' | 'error' | 0 | 1 | 2 | boolean;

export interface Options {
  /**
   * Per-rule severity. A rule that is not listed reports with its own severity (error → fatal,
   * warning → not fatal, info → informational). `'off'` (or `0`, `false`) turns a rule off. A level
   * applies to the rule's warnings and errors; its low-confidence (info) findings stay informational.
   */
  rules?: Partial<Record<RuleId, Level>> | null | undefined;
  /** Anything else scan() takes (extra boilerplate patterns, a corpus as evidence…), passed through. */
  scan?: Omit<ScanOptions, 'rules'> | null | undefined;
}

/** Where each rule is documented: the rule's section in the README. */
export const DOCS_URL = 'https://www.npmjs.com/package/jiaokan';

export type ScanFn = (text: string, options?: Record<string, unknown>) => Finding[];

/** Rules whose related span is the earlier copy: reported as the message's `cause`, as remark-lint does. */
const CAUSED: ReadonlySet<string> = new Set(['repeated-block', 'repetition-loop']);

function levelOf(value: Level): 'off' | 'warning' | 'error' {
  if (value === 'off' || value === 0 || value === false) return 'off';
  if (value === 'error' || value === 2) return 'error';
  if (value === 'warn' || value === 'on' || value === 1 || value === true) return 'warning';
  throw new TypeError(
    `jiaokan: invalid severity ${JSON.stringify(value)}; use 'off', 'warn' or 'error' (or 0, 1, 2)`,
  );
}

export function createPlugin(scan: ScanFn): Plugin<[(Options | null | undefined)?]> {
  return function jiaokan(options) {
    const levels = new Map<string, 'off' | 'warning' | 'error'>();
    for (const [rule, value] of Object.entries(options?.rules ?? {})) {
      if (!(RULES as readonly string[]).includes(rule)) {
        throw new TypeError(`jiaokan: unknown rule "${rule}" (rules: ${RULES.join(', ')})`);
      }
      levels.set(rule, levelOf(value as Level));
    }
    const scanRules: Record<string, string> = {};
    for (const [rule, level] of levels) scanRules[rule] = level;
    const scanOptions = { ...(options?.scan ?? {}), ...(levels.size ? { rules: scanRules } : {}) };

    return (_tree, file: VFile) => {
      const text = String(file);
      const findings = scan(text, scanOptions);
      if (findings.length === 0) return;
      const lines = new LineIndex(text);
      for (const f of findings) {
        const level = levels.get(f.rule);
        if (level === 'off') continue;
        const place = {
          start: { line: f.line, column: f.column, offset: f.start },
          end: { line: f.endLine, column: f.endColumn, offset: f.end },
        };
        const first = f.related?.[0];
        const cause =
          first && CAUSED.has(f.rule)
            ? new VFileMessage(first.note, {
                place: { start: lines.position(first.start), end: lines.position(first.end) },
                ruleId: f.rule,
                source: 'jiaokan',
              })
            : undefined;
        const message = file.message(f.message, { place, ruleId: f.rule, source: 'jiaokan', cause });
        message.actual = f.actual;
        if (f.expected !== undefined) message.expected = [f.expected];
        message.url = `${DOCS_URL}#${f.rule}`;
        // a configured level sets warnings and errors; low-confidence findings stay informational, as in scan
        const severity = level !== undefined && f.severity !== 'info' ? level : f.severity;
        // vfile: fatal true = error, false = warning, undefined = info
        message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
      }
    };
  };
}
