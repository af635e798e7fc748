// Held-out revision families (issue 4, "the project is also scored on held-out revisions it never
// sees"): a second generator of revisions with known truth, written apart from bench/lib/synthetic.mjs
// (which the aligner was tuned on) and deliberately different from it — other source texts, other
// layouts (CRLF, blank lines, LF → CRLF), and edits the first one never makes: heavy rewording of moved
// paragraphs, several and adjacent moves, runs of paragraphs moved together, splits into three and
// merges of three, a split at a comma, splits/merges next to moves and edits, headings moved and
// deleted, duplicate paragraphs, numbering changed all through the text, and inserted near-copies of
// existing paragraphs. Deterministic per seed; plain JS for bench/ and the test suite.
//
// Scoring is the same as synthetic.mjs's `score` (mapping over a and b paragraphs, moved paragraphs
// reported as `move` with the right partner, split/merged paragraphs reported as `split`/`merge` with the
// right partners), with three differences that only follow from the new inputs: paragraphs are found by
// the generator's own offsets (CRLF and blank lines), a split may have three parts, and byte-identical
// paragraphs are interchangeable (nobody can tell which of two identical copies was deleted or kept).

import { mulberry32 } from '../lib.mjs';
import { offsetIndex, predicted } from './synthetic.mjs';

/** @typedef {{ text: string, from: number[], tag: null | 'moved' | 'split' | 'merged', touched?: boolean }} Item */

const LAYOUTS = [
  { name: 'LF, line per paragraph', a: '\n', b: '\n' },
  { name: 'CRLF, blank lines', a: '\r\n\r\n', b: '\r\n\r\n' },
  { name: 'LF, blank lines', a: '\n\n', b: '\n\n' },
  { name: 'CRLF, line per paragraph', a: '\r\n', b: '\r\n' },
  { name: 'LF → CRLF', a: '\n\n', b: '\r\n' },
  // e-mail style: every paragraph hard-wrapped, blank lines between (a only, then both)
  { name: 'hard-wrapped → line per paragraph', a: '\n\n', b: '\n', wrapA: true },
  { name: 'hard-wrapped, blank lines', a: '\n\n', b: '\n\n', wrapA: true, wrapB: true },
];

/** Hard-wraps a paragraph: 36 characters a line (Chinese), or at spaces before 72 (Latin). */
function wrap(p, zh) {
  const lines = [];
  if (zh) for (let i = 0; i < p.length; i += 36) lines.push(p.slice(i, i + 36));
  else {
    let line = '';
    for (const w of p.split(' ')) {
      if (line && line.length + 1 + w.length > 72) {
        lines.push(line);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    lines.push(line);
  }
  return lines.join('\n');
}
export const LAYOUT_NAMES = LAYOUTS.map((l) => l.name);

const HAN = /[\u4e00-\u9fff]/;
const isZh = (text) => {
  let han = 0;
  const sample = text.slice(0, 4000);
  for (const c of sample) if (HAN.test(c)) han++;
  return han * 3 > sample.length;
};

const ABBREVIATION = /\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|U\.S|U\.N|No|vs)\.$/;

function sentencesOf(p, zh) {
  if (zh) return p.match(/[^。！？；]+[。！？；]*[”」）]?|[。！？；]+/g) ?? [p];
  // Latin: a sentence ends at . ! ? (and closing quotes) before a space and a capital, not after a title
  const out = [];
  let from = 0;
  const re = /[.!?]+["”’)]*\s+(?=[A-Z“"])/g;
  for (let m = re.exec(p); m; m = re.exec(p)) {
    const end = m.index + m[0].length;
    if (ABBREVIATION.test(p.slice(0, m.index + 1))) continue;
    out.push(p.slice(from, end));
    from = end;
  }
  if (from < p.length) out.push(p.slice(from));
  return out;
}
const joinSentences = (ss, zh) => (zh ? ss.join('') : ss.map((s) => s.trim()).join(' '));
const joinParagraphs = (ps, zh) => (zh ? ps.join('') : ps.map((s) => s.trim()).join(' '));

/** Character bigrams (Chinese) or word pairs (Latin) of a paragraph, for the generator's own checks. */
function shingles(text, zh) {
  const out = new Set();
  if (zh) for (let i = 0; i + 2 <= text.length; i++) out.add(text.slice(i, i + 2));
  else {
    const w = text.toLowerCase().split(/\W+/).filter(Boolean);
    for (let i = 0; i + 2 <= w.length; i++) out.add(`${w[i]} ${w[i + 1]}`);
  }
  return out;
}

function diceSets(x, y) {
  let n = 0;
  for (const v of x) if (y.has(v)) n++;
  return x.size + y.size === 0 ? 1 : (2 * n) / (x.size + y.size);
}

/** A heading: a short line that does not end a sentence. */
const isHeading = (text, zh) => {
  const t = text.trim();
  return t.length > 0 && t.length <= (zh ? 30 : 60) && !/[。！？.!?]$/.test(t);
};

/**
 * Rewords a paragraph: replaces words (Han runs of 2 characters, or Latin words) with others taken from
 * the donor; `heavy` also drops one sentence and swaps two. Returns the new text.
 */
function reword(text, rand, donorText, zh, heavy) {
  const pick = (n) => Math.floor(rand() * n);
  const ss = sentencesOf(text, zh);
  if (heavy && ss.length >= 3) {
    ss.splice(1 + pick(ss.length - 1), 1);
    const k = pick(ss.length - 1);
    [ss[k], ss[k + 1]] = [ss[k + 1], ss[k]];
  }
  let t = joinSentences(ss, zh);
  if (zh) {
    const n = Math.ceil(t.length / (heavy ? 8 : 60));
    for (let r = 0; r < n; r++) {
      const at = pick(Math.max(1, t.length - 2));
      if (!HAN.test(t[at] ?? '') || !HAN.test(t[at + 1] ?? '')) continue;
      let d = pick(Math.max(1, donorText.length - 2));
      while (d < donorText.length - 2 && !(HAN.test(donorText[d]) && HAN.test(donorText[d + 1]))) d++;
      t = t.slice(0, at) + donorText.slice(d, d + 2) + t.slice(at + 2);
    }
  } else {
    const words = t.split(' ');
    const donorWords = donorText.split(/\s+/).filter((w) => /^[a-z]{4,}$/.test(w));
    const n = Math.ceil(words.length / (heavy ? 3 : 25));
    for (let r = 0; r < n && donorWords.length; r++) {
      const at = pick(words.length);
      if (/^[a-z]{4,}$/.test(words[at])) words[at] = donorWords[pick(donorWords.length)];
    }
    t = words.join(' ');
  }
  return t;
}

/** Global renumbering: years +1, five-year plans and congress numbers shifted (all occurrences). */
function renumber(text, zh) {
  let t = text.replace(/(19|20)(\d\d)(?=年|\b)/g, (m) => String(Number(m) + 1));
  if (zh) {
    const next = { 一: '二', 二: '三', 三: '四', 四: '五', 五: '六', 六: '七', 七: '八', 八: '九', 九: '十' };
    t = t.replace(/十([一二三四五六七八九])五/g, (_, d) => `十${next[d]}五`);
    t = t.replace(/第十([一二三四五六七八九])届/g, (_, d) => `第十${next[d]}届`);
  } else t = t.replace(/\b(\d+)(st|nd|rd|th) Congress/g, (_, n) => `${Number(n) + 1}th Congress`);
  return t;
}

/**
 * One family: a name, what it stresses, and `edit(items, ctx)` that revises the working list of b
 * paragraphs in place (each item remembers the a paragraphs it comes from).
 */
export const FAMILIES = [
  {
    name: 'reworded moves',
    what: '4 moves, each heavily reworded (words replaced, a sentence dropped, two swapped)',
    edit(_items, c) {
      for (let n = 0; n < 4; n++) c.move(c.pick1(c.body()), 1, (it) => c.reword(it, true));
      c.background(1);
    },
  },
  {
    name: 'adjacent and run moves',
    what: 'two neighbours moved to different places; a run of 2–6 paragraphs moved together',
    edit(items, c) {
      const k = c.pick1(c.body().filter((k) => c.free(k + 1, 80)));
      if (k >= 0) {
        const second = items[k + 1];
        c.move(k, 1);
        const k2 = items.indexOf(second);
        if (k2 >= 0) c.move(k2, 1);
      }
      // a run of 2–3, or (in a long text) a whole section of up to 6
      const len = items.length > 120 ? 2 + c.pick(5) : 2 + c.pick(2);
      const r = c.pick1(c.body().filter((k) => [...Array(len).keys()].every((d) => c.free(k + d, 1))));
      if (r >= 0) c.move(r, len);
      c.background(1);
    },
  },
  {
    name: 'three-way splits/merges',
    what: 'one paragraph split into 3, three merged into 1, one split at a comma',
    edit(_items, c) {
      c.split(c.pick1(c.body((it) => c.sentences(it).length >= 3)), 3);
      c.merge(c.pick1(c.body().filter((k) => c.free(k + 1, 80) && c.free(k + 2, 80))), 3);
      c.split(c.pick1(c.body((it) => c.commaAt(it) > 0)), 2, true);
      c.background(1);
    },
  },
  {
    name: 'splits/merges beside moves and edits',
    what: 'a split whose neighbour moved away, a merge with a sentence dropped, a split with a part reworded, a merge of two paragraphs whose middle one moved away (revised)',
    edit(items, c) {
      const k = c.pick1(c.body().filter((k) => c.free(k + 1, 80)));
      if (k >= 0) {
        const next = items[k + 1];
        c.split(k, 2);
        c.move(items.indexOf(next), 1);
      }
      const m = c.pick1(c.body().filter((k) => c.free(k + 1, 80)));
      if (m >= 0) {
        c.dropSentence(items[m]);
        c.merge(m, 2);
      }
      const s = c.pick1(c.body((it) => c.sentences(it).length >= 3));
      if (s >= 0) {
        c.split(s, 2);
        c.reword(items[s + 1], false);
        c.reword(items[s + 1], false);
      }
      // the paragraph between two others moves away (revised), and the two close up into one
      const g = c.pick1(c.body().filter((k) => c.free(k + 1, 80) && c.free(k + 2, 80)));
      if (g >= 0) {
        const [first, third] = [items[g], items[g + 2]];
        c.move(g + 1, 1, (it) => c.reword(it, false));
        const at = items.indexOf(first);
        if (items[at + 1] === third) c.merge(at, 2);
      }
      c.background(1);
    },
  },
  {
    name: 'headings',
    what: 'short heading lines moved (2) and deleted (2), one new heading inserted',
    edit(_items, c) {
      c.background(1);
      for (let n = 0; n < 2; n++) c.move(c.pick1(c.headings()), 1);
      for (let n = 0; n < 2; n++) c.remove(c.pick1(c.headings()));
      c.insert(c.zh ? '（六）加强和改进政府自身建设' : 'A Stronger Economy');
    },
  },
  {
    name: 'duplicate paragraphs',
    what: 'a text with repeated paragraphs (copies made in a); one copy deleted, a neighbour of a copy moved',
    base(paras, c) {
      // two long paragraphs and one short line each repeated once, far from the first copy
      const out = paras.slice();
      const long = paras.map((_, i) => i).filter((i) => paras[i].length >= 60);
      for (let n = 0; n < 3 && long.length; n++) {
        const src = n < 2 ? long[c.pick(long.length)] : 0;
        const to = (src + Math.floor(out.length / 3) + c.pick(Math.floor(out.length / 3))) % out.length;
        out.splice(to, 0, paras[src]);
      }
      return out;
    },
    edit(items, c) {
      const dups = c
        .body(() => true)
        .filter((k) => items.some((o, q) => q !== k && o.text === items[k].text));
      const gone = c.pick1(dups);
      const text = gone >= 0 ? items[gone].text : null;
      c.remove(gone);
      // the copy left behind stays where it is: moving it to where its twin was would make the
      // deleted copy and the moved one indistinguishable (nobody could tell which went where)
      for (const it of items) if (it.text === text) it.touched = true;
      const twin = (k) => items.some((o, q) => q !== k && o.text === items[k]?.text);
      const near = c.pick1(c.body().filter((k) => !twin(k) && (twin(k - 1) || twin(k + 1))));
      c.move(near, 1);
      c.move(c.pick1(c.body().filter((k) => !twin(k))), 1);
      c.background(1);
    },
  },
  {
    name: 'renumbering',
    what: 'years +1 and 十X五 shifted in every paragraph, plus 3 moves, a split and a merge',
    edit(items, c) {
      for (const it of items) it.text = renumber(it.text, c.zh);
      for (let n = 0; n < 3; n++) c.move(c.pick1(c.body()), 1);
      c.split(c.pick1(c.body()), 2);
      c.merge(c.pick1(c.body().filter((k) => c.free(k + 1, 80))), 2);
      c.background(0.5);
    },
  },
  {
    name: 'edits everywhere',
    what: 'words changed in 60 % of the paragraphs (few exact anchors), 3 moves, a split and a merge',
    edit(items, c) {
      for (let n = 0; n < 3; n++) c.move(c.pick1(c.body()), 1);
      c.split(c.pick1(c.body()), 2);
      c.merge(c.pick1(c.body().filter((k) => c.free(k + 1, 80))), 2);
      c.background(1);
      for (const it of items) if (it.text.trim().length > 20 && c.pick(10) < 6) c.reword(it, false);
    },
  },
  {
    name: 'everything at once',
    what: 'renumbering, 30 % of paragraphs reworded, 2 reworded moves, a run move, heading moves and deletes, 3-way and comma splits, a 3-way merge, 5 deletes and inserts',
    edit(items, c) {
      for (const it of items) it.text = renumber(it.text, c.zh);
      c.split(c.pick1(c.body((it) => c.sentences(it).length >= 3)), 3);
      c.merge(c.pick1(c.body().filter((k) => c.free(k + 1, 80) && c.free(k + 2, 80))), 3);
      c.split(c.pick1(c.body((it) => c.commaAt(it) > 0)), 2, true);
      for (let n = 0; n < 2; n++) c.move(c.pick1(c.body()), 1, (it) => c.reword(it, true));
      const r = c.pick1(c.body().filter((k) => c.free(k + 1, 1) && c.free(k + 2, 1)));
      if (r >= 0) c.move(r, 3);
      c.move(c.pick1(c.headings()), 1);
      c.remove(c.pick1(c.headings()));
      c.background(5 / 3);
      for (const it of items)
        if (!it.touched && it.text.trim().length > 20 && c.pick(10) < 3) c.reword(it, false);
    },
  },
  {
    name: 'similar inserts',
    what: 'near-copies of existing paragraphs inserted far away (the originals moved or kept), 2 moves',
    edit(items, c) {
      for (let n = 0; n < 3; n++) {
        const k = c.pick1(c.body());
        if (k < 0) continue;
        const original = items[k];
        const copy = { text: original.text, from: [], tag: null };
        c.reword(copy, false);
        c.reword(copy, true);
        if (n === 0) c.move(k, 1);
        else original.touched = true;
        items.splice(c.far(items.indexOf(original), 1), 0, copy);
      }
      c.background(1);
    },
  },
];

/**
 * Builds one held-out revision of `text`.
 * @param {string} text
 * @param {number} seed
 * @param {object} family one of FAMILIES
 * @param {{ donor: string, layout?: number }} o
 */
export function makeHeldout(text, seed, family, o) {
  const rand = mulberry32(seed * 7919 + family.name.length);
  const pick = (n) => Math.floor(rand() * n);
  const zh = isZh(text);
  const layout = LAYOUTS[o.layout ?? seed % LAYOUTS.length];
  const donorParas = o.donor
    .split(/\r?\n/)
    .map((p) => p.trimEnd())
    .filter((p) => p.trim().length > (zh ? 30 : 80));
  let paras = text
    .split(/\r?\n/)
    .map((p) => p.trimEnd())
    .filter((p) => p.trim() !== '');
  /** @type {Item[]} */
  let items = [];
  const c = {
    zh,
    pick,
    pick1: (list) => (list.length ? list[pick(list.length)] : -1),
    sentences: (it) => sentencesOf(it.text, zh),
    /** untouched single-origin body paragraphs (optionally filtered by a predicate on the item) */
    body: (pred = () => true) =>
      items
        .map((_, k) => k)
        .filter((k) => c.free(k, zh ? 80 : 160) && c.sentences(items[k]).length >= 2 && pred(items[k])),
    free: (k, min) => {
      const it = items[k];
      return !!it && it.from.length === 1 && it.tag === null && !it.touched && it.text.trim().length >= min;
    },
    headings: () =>
      items
        .map((_, k) => k)
        .filter(
          (k) =>
            c.free(k, 2) &&
            isHeading(items[k].text, zh) &&
            items.filter((o) => o.text === items[k].text).length === 1,
        ),
    commaAt: (it) => {
      const t = it.text;
      const mid = t.length >> 1;
      const re = zh ? /，/g : /, /g;
      let best = -1;
      for (let m = re.exec(t); m; m = re.exec(t))
        if (Math.abs(m.index - mid) < Math.abs(best - mid) && /[^。.!?]$/.test(t.slice(0, m.index)))
          best = m.index;
      return best > t.length * 0.2 && best < t.length * 0.8 ? best + (zh ? 1 : 2) : -1;
    },
    /** a destination at least a quarter of the text (and 2·len + 2 paragraphs) away from k */
    far: (k, len) => {
      const gap = Math.max(Math.floor(items.length / 4), 2 * len + 2);
      for (let tries = 0; tries < 50; tries++) {
        const to = pick(items.length + 1);
        if (Math.abs(to - k) >= gap && c.between(to)) return to;
      }
      return k < items.length / 2 ? items.length : 0;
    },
    /** never between the parts of one split paragraph (the parts of a split stay together) */
    between: (to) => {
      const x = items[to - 1];
      const y = items[to];
      return !(x && y && x.tag === 'split' && y.tag === 'split' && x.from[0] === y.from[0]);
    },
    move(k, len, change) {
      if (k < 0) return;
      const run = items.splice(k, len);
      for (const it of run) {
        it.tag = 'moved';
        change?.(it);
      }
      const to = c.far(k, len);
      items.splice(Math.min(to, items.length), 0, ...run);
    },
    reword(it, heavy) {
      if (!it) return;
      it.text = reword(it.text, rand, o.donor, zh, heavy);
      it.touched = true;
    },
    dropSentence(it) {
      const ss = c.sentences(it);
      if (ss.length >= 3) ss.splice(1 + pick(ss.length - 1), 1);
      it.text = joinSentences(ss, zh);
    },
    split(k, parts, atComma = false) {
      if (k < 0) return;
      const it = items[k];
      let pieces;
      if (atComma) {
        const at = c.commaAt(it);
        if (at < 0) return;
        pieces = [it.text.slice(0, at).trimEnd(), it.text.slice(at).trimStart()];
      } else {
        const ss = c.sentences(it);
        if (ss.length < parts) return;
        const cuts = new Set();
        while (cuts.size < parts - 1) cuts.add(1 + pick(ss.length - 1));
        const at = [0, ...[...cuts].sort((x, y) => x - y), ss.length];
        pieces = at.slice(1).map((end, q) => joinSentences(ss.slice(at[q], end), zh));
      }
      items.splice(k, 1, ...pieces.map((text) => ({ text, from: it.from.slice(), tag: 'split' })));
    },
    merge(k, n) {
      if (k < 0 || k + n > items.length) return;
      const run = items.slice(k, k + n);
      items.splice(k, n, {
        text: joinParagraphs(
          run.map((it) => it.text),
          zh,
        ),
        from: run.flatMap((it) => it.from),
        tag: 'merged',
      });
    },
    remove(k) {
      if (k >= 0) items.splice(k, 1);
    },
    insert(text, at = pick(items.length + 1)) {
      while (!c.between(at)) at++;
      items.splice(at, 0, { text, from: [], tag: null, touched: true });
    },
    /**
     * A donor paragraph unlike every paragraph of a (shingle Dice < 0.25): the donor is another year of
     * the same series, whose paragraphs are often last year's version of one in a — inserting such a
     * paragraph where its counterpart was deleted is a move with edits, not an insert, to any reader.
     */
    donorParagraph() {
      let best = donorParas[0];
      let bestSim = 2;
      for (let tries = 0; tries < 20; tries++) {
        const d = donorParas[pick(donorParas.length)];
        const sd = shingles(d, zh);
        let top = 0;
        for (const p of paraShingles) top = Math.max(top, diceSets(sd, p));
        if (top < 0.25) return d;
        if (top < bestSim) [best, bestSim] = [d, top];
      }
      return best;
    },
    /** the ordinary background of a revision: a few sentence edits, deleted and inserted paragraphs */
    background(scale) {
      const n = Math.max(1, Math.round(3 * scale));
      for (let r = 0; r < n; r++) {
        const k = c.pick1(c.body((it) => c.sentences(it).length >= 3));
        if (k >= 0) {
          c.dropSentence(items[k]);
          items[k].touched = true;
        }
      }
      for (let r = 0; r < n; r++) c.remove(c.pick1(c.body()));
      for (let r = 0; r < n && donorParas.length; r++) c.insert(c.donorParagraph());
    },
  };
  if (family.base) paras = family.base(paras, c);
  const paraShingles = paras.map((p) => shingles(p, zh));
  items = paras.map((text, i) => ({ text, from: [i], tag: null }));
  family.edit(items, c);
  const join = (list, sep, wrapped) => {
    const starts = [];
    let s = '';
    list.forEach((p, k) => {
      if (k > 0) s += sep;
      starts.push(s.length);
      s += wrapped ? wrap(p, zh) : p;
    });
    return { text: s, starts };
  };
  const A = join(paras, layout.a, layout.wrapA);
  const B = join(
    items.map((it) => it.text),
    layout.b,
    layout.wrapB,
  );
  const map = paras.map(() => []);
  items.forEach((it, j) => {
    for (const i of it.from) map[i].push(j);
  });
  const moved = [];
  const split = [];
  const merged = [];
  const seenMerge = new Set();
  items.forEach((it) => {
    if (it.tag === 'moved') moved.push(it.from[0]);
    if (it.tag === 'merged' && !seenMerge.has(it)) {
      seenMerge.add(it);
      merged.push(it.from);
    }
  });
  for (let i = 0; i < paras.length; i++) if (map[i].length >= 2) split.push(i);
  return {
    a: A.text,
    b: B.text,
    layout: layout.name,
    aParagraphs: paras,
    bParagraphs: items.map((it) => it.text),
    truth: {
      aParas: paras.length,
      bParas: items.length,
      aStarts: A.starts,
      bStarts: B.starts,
      map,
      moved,
      split,
      merged,
    },
  };
}

/** Scores an alignment of a held-out revision (definitions as synthetic.mjs's `score`; see the header). */
export function scoreHeldout(rev, alignment) {
  const t = rev.truth;
  const ia = offsetIndex(t.aStarts);
  const ib = offsetIndex(t.bStarts);
  const { predA, predB, opOfA } = predicted(alignment, ia, ib, t.aParas, t.bParas);
  const truthB = Array.from({ length: t.bParas }, () => []);
  t.map.forEach((js, i) => {
    for (const j of js) truthB[j].push(i);
  });
  // byte-identical paragraphs are interchangeable: compare the partners' texts, as sorted lists
  const same = (pred, truth, texts) => {
    const x = [...pred].map((k) => texts[k]).sort();
    const y = truth.map((k) => texts[k]).sort();
    return x.length === y.length && x.every((v, k) => v === y[k]);
  };
  let ok = 0;
  const wrongA = [];
  t.map.forEach((js, i) => {
    if (same(predA[i], js, rev.bParagraphs)) ok++;
    else wrongA.push(i);
  });
  truthB.forEach((is, j) => {
    if (same(predB[j], is, rev.aParagraphs)) ok++;
  });
  const right = (i, op) => opOfA[i] === op && same(predA[i], t.map[i], rev.bParagraphs);
  const movedOk = t.moved.filter((i) => right(i, 'move')).length;
  const splitOk = t.split.filter((i) => right(i, 'split')).length;
  const mergeOk = t.merged.filter((g) => g.every((i) => right(i, 'merge'))).length;
  const sm = t.split.length + t.merged.length;
  return {
    mapping: ok / (t.aParas + t.bParas),
    moves: t.moved.length ? movedOk / t.moved.length : 1,
    splitMerge: sm ? (splitOk + mergeOk) / sm : 1,
    counts: {
      moved: t.moved.length,
      movedOk,
      split: t.split.length,
      merged: t.merged.length,
      smOk: splitOk + mergeOk,
    },
    wrongA,
  };
}
