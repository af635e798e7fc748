// Synthetic revisions with known truth, generated from a real document (issue 4, "Quality"): term
// substitutions (十四五→十五五, years), deleted and inserted sentences, deleted and inserted paragraphs,
// moved paragraphs, one split, one merge. Deterministic for a given seed. Plain JS so that the test suite
// (small revisions) and bench/ (larger ones) share it; `score` measures an alignment against the truth.

import { mulberry32 as rng } from '../lib.mjs';

/** mulberry32 (bench/lib.mjs): a tiny seeded PRNG. */
export { rng };

const SUBS = [
  ['十四五', '十五五'],
  ['2023', '2024'],
  ['2024', '2025'],
  ['稳中求进', '稳中有进'],
  ['高质量发展', '高品质发展'],
  ['全面', '全方位'],
];

function sentencesOf(p) {
  return p.match(/[^。！？；]+[。！？；]*[”」）]?|[。！？；]+/g) ?? [p];
}

/**
 * @param {string} text  the base document (paragraphs on lines; blank lines allowed)
 * @param {number} seed
 * @param {{ moves?: number, deletes?: number, inserts?: number, sentenceEdits?: number, substitutions?: number, donor?: string, editMoved?: boolean }} [o]
 * @returns {{ a: string, b: string, truth: { aParas: number, bParas: number, map: number[][], moved: number[], split: number[], merged: number[][] } }}
 */
export function makeRevision(text, seed, o = {}) {
  const rand = rng(seed);
  const pick = (n) => Math.floor(rand() * n);
  const sep = /\n\n/.test(text) ? '\n\n' : '\n';
  const paras = text.split(/\n+/).filter((p) => p.trim() !== '');
  const donor = (o.donor ?? '').split(/\n+/).filter((p) => p.trim().length > 30);
  // Working list of b paragraphs, each with the a paragraphs it comes from.
  const items = paras.map((p, i) => ({ text: p, from: [i], moved: false, split: false, merged: false }));
  const big = () =>
    items
      .map((_, k) => k)
      .filter(
        (k) =>
          items[k].from.length === 1 &&
          !items[k].moved &&
          !items[k].split &&
          !items[k].merged &&
          items[k].text.length >= 80 &&
          sentencesOf(items[k].text).length >= 2,
      );
  // Sentence edits: drop one sentence, or insert a donor sentence, inside a paragraph.
  for (let n = 0; n < (o.sentenceEdits ?? 4); n++) {
    const cands = big();
    if (!cands.length) break;
    const it = items[cands[pick(cands.length)]];
    const ss = sentencesOf(it.text);
    if (n % 2 === 0 && ss.length >= 3) ss.splice(1 + pick(ss.length - 1), 1);
    else if (donor.length) ss.splice(pick(ss.length + 1), 0, sentencesOf(donor[pick(donor.length)])[0]);
    it.text = ss.join('');
  }
  // Substitutions.
  for (let n = 0; n < (o.substitutions ?? 6); n++) {
    const [x, y] = SUBS[n % SUBS.length];
    const hits = items.filter((it) => it.text.includes(x));
    if (hits.length) {
      const it = hits[pick(hits.length)];
      it.text = it.text.replace(x, y);
    }
  }
  // One split and one merge.
  const splitAt = big();
  if (splitAt.length) {
    const k = splitAt[pick(splitAt.length)];
    const it = items[k];
    const ss = sentencesOf(it.text);
    const cut = 1 + pick(ss.length - 1);
    items.splice(
      k,
      1,
      { ...it, text: ss.slice(0, cut).join(''), split: true },
      { ...it, text: ss.slice(cut).join(''), split: true },
    );
  }
  const mergeAt = big().filter((k) => k + 1 < items.length && big().includes(k + 1));
  if (mergeAt.length) {
    const k = mergeAt[pick(mergeAt.length)];
    const x = items[k];
    const y = items[k + 1];
    items.splice(k, 2, {
      text: x.text + y.text,
      from: [...x.from, ...y.from],
      moved: false,
      split: false,
      merged: true,
    });
  }
  // Moves: take a paragraph and put it at least a quarter of the document away.
  for (let n = 0; n < (o.moves ?? 3); n++) {
    const cands = big();
    if (!cands.length) break;
    const k = cands[pick(cands.length)];
    const [it] = items.splice(k, 1);
    it.moved = true;
    if (o.editMoved) {
      // A moved paragraph is often also revised: drop one sentence or change a phrase.
      const ss = sentencesOf(it.text);
      if (ss.length >= 3 && n % 2 === 0) ss.splice(1 + pick(ss.length - 1), 1);
      else ss[0] = ss[0].replace(/[\u4e00-\u9fff]{2}/, '调整');
      it.text = ss.join('');
    }
    const far = Math.floor(items.length / 4);
    let to = (k + far + pick(Math.max(1, items.length - 2 * far))) % (items.length + 1);
    if (Math.abs(to - k) < 2) to = (to + far) % (items.length + 1);
    items.splice(to, 0, it);
  }
  // Paragraph deletes and inserts.
  for (let n = 0; n < (o.deletes ?? 3); n++) {
    const cands = big();
    if (!cands.length) break;
    items.splice(cands[pick(cands.length)], 1);
  }
  for (let n = 0; n < (o.inserts ?? 3) && donor.length; n++) {
    items.splice(pick(items.length + 1), 0, {
      text: donor[pick(donor.length)],
      from: [],
      moved: false,
      split: false,
      merged: false,
    });
  }
  const map = paras.map(() => []);
  items.forEach((it, j) => {
    for (const i of it.from) map[i].push(j);
  });
  const moved = [];
  const split = [];
  const merged = [];
  items.forEach((it) => {
    if (it.moved) moved.push(it.from[0]);
    if (it.merged) merged.push(it.from);
  });
  for (let i = 0; i < paras.length; i++) if (map[i].length === 2) split.push(i);
  return {
    a: paras.join(sep),
    b: items.map((it) => it.text).join(sep),
    truth: { aParas: paras.length, bParas: items.length, map, moved, split, merged },
  };
}

/** Paragraph index of an offset: the texts are built as paragraphs joined by one separator. */
function paraIndex(text) {
  const starts = [];
  const re = /[^\n]+/g;
  let m;
  for (m = re.exec(text); m; m = re.exec(text)) starts.push(m.index);
  return offsetIndex(starts);
}

/** offset → index of the last start at or before it (binary search over sorted paragraph starts). */
export function offsetIndex(starts) {
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

/**
 * What an alignment says of each paragraph: its partners on the other side (linked blocks only) and, on
 * side a, the op of the block holding it. `ia`/`ib` map an offset to a paragraph index.
 */
export function predicted(alignment, ia, ib, aParas, bParas) {
  const predA = Array.from({ length: aParas }, () => new Set());
  const predB = Array.from({ length: bParas }, () => new Set());
  const opOfA = new Array(aParas).fill('none');
  for (const block of alignment.blocks) {
    const as = block.a.map((r) => ia(r.start));
    const bs = block.b.map((r) => ib(r.start));
    for (const i of as) opOfA[i] = block.op;
    if (block.op === 'insert' || block.op === 'delete') continue;
    for (const i of as)
      for (const j of bs) {
        predA[i].add(j);
        predB[j].add(i);
      }
  }
  return { predA, predB, opOfA };
}

/**
 * Scores an alignment of a revision against its truth.
 * mapping: share of a and b paragraphs whose partner set is right; moves: share of moved paragraphs
 * reported as `move` to the right place; splitMerge: share of the split and merged paragraphs reported
 * as `split`/`merge` with the right partners.
 */
export function score(rev, alignment) {
  const ia = paraIndex(rev.a);
  const ib = paraIndex(rev.b);
  const { predA, predB, opOfA } = predicted(alignment, ia, ib, rev.truth.aParas, rev.truth.bParas);
  const truthB = Array.from({ length: rev.truth.bParas }, () => new Set());
  rev.truth.map.forEach((js, i) => {
    for (const j of js) truthB[j].add(i);
  });
  const same = (x, y) => x.size === y.length && y.every((v) => x.has(v));
  let ok = 0;
  rev.truth.map.forEach((js, i) => {
    if (same(predA[i], js)) ok++;
  });
  truthB.forEach((is, j) => {
    if (same(predB[j], [...is])) ok++;
  });
  const mapping = ok / (rev.truth.aParas + rev.truth.bParas);
  const movedOk = rev.truth.moved.filter(
    (i) => opOfA[i] === 'move' && same(predA[i], rev.truth.map[i]),
  ).length;
  const splitOk = rev.truth.split.filter(
    (i) => opOfA[i] === 'split' && same(predA[i], rev.truth.map[i]),
  ).length;
  const mergeOk = rev.truth.merged.filter((g) =>
    g.every((i) => opOfA[i] === 'merge' && same(predA[i], rev.truth.map[i])),
  ).length;
  const sm = rev.truth.split.length + rev.truth.merged.length;
  return {
    mapping,
    moves: rev.truth.moved.length ? movedOk / rev.truth.moved.length : 1,
    splitMerge: sm ? (splitOk + mergeOk) / sm : 1,
    counts: { moved: rev.truth.moved.length, split: rev.truth.split.length, merged: rev.truth.merged.length },
  };
}
