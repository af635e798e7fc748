// Reuse coverage (issue 4, "Quality"): of the verbatim spans of ≥ 12 characters shared by a and b, the
// share (by characters of b) that lies inside a linked pair of blocks — any op but insert/delete, at
// some level. A character of b counts as shared when some 12-gram covering it also occurs in a; it counts
// as covered when, for one such occurrence, the two positions fall inside the same linked pair. Linked
// pairs are blocks with both sides, and the sentence blocks of one sentence move group (same moveId:
// halves on either side, and pairs that joined the group).
// Whitespace characters are not counted: blocks never cover the breaks between paragraphs (contract),
// so a span running over a paragraph break could never be fully "inside" one.
// Plain JS so the test suite and bench/ share it.

const K = 12;

/** Label every position of a and b with the linked pair that contains it (-1: none), per layer. */
function labels(alignment, lenA, lenB) {
  const top = { a: new Int32Array(lenA).fill(-1), b: new Int32Array(lenB).fill(-1) };
  const half = { a: new Int32Array(lenA).fill(-1), b: new Int32Array(lenB).fill(-1) };
  const mark = (arr, ranges, id) => {
    for (const r of ranges) arr.fill(id, r.start, r.end);
  };
  let next = 0;
  const moveIds = new Map();
  const walk = (block, isTop) => {
    if (block.op !== 'insert' && block.op !== 'delete' && block.a.length && block.b.length && isTop) {
      const id = next++;
      mark(top.a, block.a, id);
      mark(top.b, block.b, id);
    }
    if (block.moveId && block.level === 'sentence') {
      let id = moveIds.get(block.moveId);
      if (id === undefined) {
        id = next++;
        moveIds.set(block.moveId, id);
      }
      mark(half.a, block.a, id);
      mark(half.b, block.b, id);
    }
    for (const c of block.children ?? []) walk(c, false);
  };
  for (const block of alignment.blocks) walk(block, true);
  return [top, half];
}

/** { shared, covered, coverage } in characters of b. */
export function reuseCoverage(a, b, alignment) {
  const grams = new Map();
  for (let i = 0; i + K <= a.length; i++) {
    const g = a.slice(i, i + K);
    const list = grams.get(g);
    if (list) list.push(i);
    else grams.set(g, [i]);
  }
  const layers = labels(alignment, a.length, b.length);
  const shared = new Uint8Array(b.length);
  const covered = new Uint8Array(b.length);
  for (let j = 0; j + K <= b.length; j++) {
    const list = grams.get(b.slice(j, j + K));
    if (!list) continue;
    for (const i of list) {
      for (let k = 0; k < K; k++) {
        shared[j + k] = 1;
        if (covered[j + k]) continue;
        for (const layer of layers) {
          const x = layer.a[i + k];
          if (x >= 0 && x === layer.b[j + k]) {
            covered[j + k] = 1;
            break;
          }
        }
      }
    }
  }
  let s = 0;
  let c = 0;
  for (let j = 0; j < b.length; j++) {
    if (/\s/.test(b[j])) continue;
    s += shared[j];
    c += covered[j];
  }
  return { shared: s, covered: c, coverage: s === 0 ? 1 : c / s };
}
