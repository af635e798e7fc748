import { clean, type Finding, type RuleId, scan } from '../../src/index.js';

/** Non-info findings of one rule. */
export function found(text: string, rule: RuleId): Finding[] {
  return scan(text).filter((f) => f.rule === rule && f.severity !== 'info');
}

/** All findings of one rule, info included. */
export function noted(text: string, rule: RuleId): Finding[] {
  return scan(text).filter((f) => f.rule === rule);
}

/**
 * The paragraph breaks split-paragraph joins: an edit per break (a hard-wrapped paragraph is one
 * finding with an edit per line end; a hyphen dropped before a break is an edit of its own, not counted).
 */
export function joins(text: string, findings: readonly Finding[] = scan(text)): number {
  let n = 0;
  for (const f of findings) {
    if (f.rule !== 'split-paragraph' || f.severity === 'info') continue;
    for (const e of f.fix ?? []) if (/^\s+$/.test(text.slice(e.start, e.end))) n++;
  }
  return n;
}

export function cleaned(text: string): string {
  return clean(text).text;
}

/** A deterministic PRNG (mulberry32, shared with bench/) for generated inputs. */
export { rng as prng } from '../../bench/lib/synthetic.mjs';

/** Body paragraphs of ordinary report prose (no defects). */
export const PROSE = [
  '过去一年，我们坚持稳中求进工作总基调，经济运行总体平稳，发展质量稳步提升。',
  '就业形势保持稳定，城镇新增就业超过一千万人，居民收入增长与经济增长基本同步。',
  '坚持创新驱动发展，加快建设现代化产业体系，推动传统产业转型升级。',
  '深化重点领域改革，持续优化营商环境，激发各类经营主体活力。',
  '扎实推进乡村全面振兴，粮食产量再创新高，农村人居环境持续改善。',
  '加强生态环境保护，推动绿色低碳发展，空气质量持续好转。',
];
