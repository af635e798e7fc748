// The near-identical pairs of bench/align-speed.mjs and bench/first-call.mjs, built deterministically.
import { corpus } from './corpus.mjs';
import { rng } from './synthetic.mjs';

/**
 * A near-identical pair of about `bytes` of UTF-8: the reports 2009–2025 joined, then `edits` small
 * edits (a 2-character deletion, insertion or replacement) and one moved paragraph. `scattered`:
 * edits anywhere in the document; clustered: all in one stretch of 5 % of its paragraphs (the moved
 * paragraph too), the case diff-match-patch's common prefix/suffix is made for.
 */
export function nearIdentical(bytes, edits, scattered) {
  const all = [];
  for (let y = 2009; y <= 2025; y++) all.push(corpus(`gov-work-report/${y}.txt`));
  let a = all.join('\n\n');
  while (Buffer.byteLength(a) > bytes) a = a.slice(0, a.lastIndexOf('\n\n'));
  const r = rng(42);
  const paras = a.split('\n\n');
  const width = scattered ? paras.length : Math.ceil(paras.length * 0.05);
  const from = scattered ? 0 : Math.floor(paras.length * 0.45);
  for (let k = 0; k < edits; k++) {
    const i = from + Math.floor(r() * width);
    const p = paras[i];
    const at = Math.floor(r() * p.length);
    paras[i] = p.slice(0, at) + (k % 3 === 0 ? '' : '新增') + p.slice(at + (k % 3 === 2 ? 0 : 2));
  }
  const src = scattered ? 10 : from + 1;
  const dst = scattered ? paras.length - 10 : from + width - 2;
  const [moved] = paras.splice(src, 1);
  paras.splice(dst, 0, moved);
  return [a, paras.join('\n\n')];
}

/** The warm-up every method gets before a timed first call: a 20k-character pair from another report. */
export function warmPair() {
  const a = corpus('gov-work-report/2015.txt');
  return [a, a.replace(/发展/g, '發展').replace('各位代表', '各位委员')];
}
