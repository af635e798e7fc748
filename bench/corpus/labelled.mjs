// A labelled near-duplicate set built from real reports, deterministic for a given seed. Shared by the
// corpus benchmark (bench/corpus.mjs, on ../shared/corpus) and the corpus quality test (on the few reports
// copied into test/fixtures/corpus/).
//
// Documents: every report is cut into chunks of whole paragraphs (chunkMin..chunkMax characters). Each
// chunk is an original. For a share of the originals, variants are made — each variant is a positive pair
// with its original and with the other variants of the same original:
//   - `edit`:   1–10 % of the characters changed in 1–5 places, clause-sized (replace, delete or insert a
//               run of 4–60 characters taken from another report): how reposts are edited;
//   - `source`: a source / editor line added at the top or the bottom (来源：… / 责任编辑：…);
//   - `repost`: the same text re-spaced and re-punctuated (full-width ↔ half-width), ≤ 1 % edits.
// Positive pairs are original–variant. Two variants of the same original are related but can differ by
// twice the edits: such pairs are not labelled and count neither way. Negatives are every other pair,
// including chunks of successive annual reports and the whole successive reports (added as documents).
// `scatter` (optional) adds word-level edits spread over the text instead — a harder, less realistic
// model used to show where 5-gram Jaccard at 0.8 stops catching edits.

import { mulberry32 } from '../lib.mjs';

export { mulberry32 };

/** Paragraph chunks of a report. */
export function chunkReport(text, rnd, chunkMin, chunkMax) {
  const paras = text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const chunks = [];
  let cur = [];
  let len = 0;
  let target = chunkMin + Math.floor(rnd() * (chunkMax - chunkMin));
  for (const p of paras) {
    cur.push(p);
    len += p.length;
    if (len >= target) {
      chunks.push(cur.join('\n'));
      cur = [];
      len = 0;
      target = chunkMin + Math.floor(rnd() * (chunkMax - chunkMin));
    }
  }
  if (len >= chunkMin / 2) chunks.push(cur.join('\n'));
  return chunks;
}

const SOURCES = [
  '来源：新华社',
  '来源：中国政府网',
  '来源：人民日报',
  '（责任编辑：王静）',
  '【来源：央视新闻客户端】',
  '本文来源：新华网 2024年03月05日 10:21',
  '转载请注明出处',
];

/** Clause-sized edits: `fraction` of the characters of `text`, in `places` places. */
export function clusteredEdit(text, fraction, places, donor, rnd) {
  let budget = Math.max(1, Math.round(text.length * fraction));
  let out = text;
  for (let k = 0; k < places && budget > 0; k++) {
    const size = k === places - 1 ? budget : Math.max(1, Math.round(budget / (places - k)));
    budget -= size;
    const at = Math.floor(rnd() * Math.max(1, out.length - size));
    const op = rnd();
    const from = Math.floor(rnd() * Math.max(1, donor.length - size));
    const piece = donor.slice(from, from + size);
    if (op < 0.4) out = out.slice(0, at) + piece + out.slice(at + size);
    else if (op < 0.7) out = out.slice(0, at) + out.slice(at + size);
    else out = out.slice(0, at) + piece + out.slice(at);
  }
  return out;
}

/** Word-level edits spread over the text: `fraction` of characters in runs of 1–4. */
export function scatteredEdit(text, fraction, donor, rnd) {
  let budget = Math.max(1, Math.round(text.length * fraction));
  let out = text;
  while (budget > 0) {
    const size = Math.min(budget, 1 + Math.floor(rnd() * 4));
    budget -= size;
    const at = Math.floor(rnd() * Math.max(1, out.length - size));
    const from = Math.floor(rnd() * Math.max(1, donor.length - size));
    out = out.slice(0, at) + donor.slice(from, from + size) + out.slice(at + size);
  }
  return out;
}

function respace(text, rnd) {
  const swaps = { '，': ',', '：': ':', '；': ';', '（': '(', '）': ')' };
  let out = '';
  for (const ch of text) {
    if (swaps[ch] && rnd() < 0.5) out += swaps[ch];
    else if (ch === '\n' && rnd() < 0.5) out += '\n\n　　';
    else out += ch;
    if (rnd() < 0.01) out += ' ';
  }
  return out;
}

/**
 * @param {{ name: string, text: string }[]} reports
 * @returns {{ docs: { id: string, text: string, group: number, kind: string, rate?: number }[], positives: number }}
 */
export function makeLabelledSet(reports, options = {}) {
  const rnd = mulberry32(options.seed ?? 20240305);
  const chunkMin = options.chunkMin ?? 1000;
  const chunkMax = options.chunkMax ?? 3000;
  const variantShare = options.variantShare ?? 0.5;
  const wholeReports = options.wholeReports ?? true;
  const scatter = options.scatter ?? false;
  const docs = [];
  let group = 0;
  const donorOf = (i) => reports[(i + 1) % reports.length].text;
  reports.forEach((r, ri) => {
    const donor = donorOf(ri);
    chunkReport(r.text, rnd, chunkMin, chunkMax).forEach((chunk, ci) => {
      const g = group++;
      docs.push({ id: `${r.name}#${ci}`, text: chunk, group: g, kind: 'original' });
      if (rnd() >= variantShare) return;
      const n = 1 + Math.floor(rnd() * 2);
      for (let v = 0; v < n; v++) {
        const pick = rnd();
        const id = `${r.name}#${ci}~${v}`;
        if (scatter) {
          const rate = 0.01 + rnd() * 0.09;
          docs.push({ id, text: scatteredEdit(chunk, rate, donor, rnd), group: g, kind: 'scatter', rate });
        } else if (pick < 0.6) {
          const rate = 0.01 + rnd() * 0.09;
          const places = 1 + Math.floor(rnd() * 5);
          docs.push({
            id,
            text: clusteredEdit(chunk, rate, places, donor, rnd),
            group: g,
            kind: 'edit',
            rate,
          });
        } else if (pick < 0.85) {
          const line = SOURCES[Math.floor(rnd() * SOURCES.length)];
          docs.push({
            id,
            text: rnd() < 0.5 ? `${line}\n${chunk}` : `${chunk}\n${line}`,
            group: g,
            kind: 'source',
          });
        } else {
          const rate = rnd() * 0.01;
          docs.push({
            id,
            text: respace(clusteredEdit(chunk, rate, 1, donor, rnd), rnd),
            group: g,
            kind: 'repost',
            rate,
          });
        }
      }
    });
    if (wholeReports) docs.push({ id: r.name, text: r.text, group: group++, kind: 'report' });
  });
  // Deterministic shuffle so that originals do not always come first.
  for (let i = docs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [docs[i], docs[j]] = [docs[j], docs[i]];
  }
  const sizes = new Map();
  for (const d of docs) sizes.set(d.group, (sizes.get(d.group) ?? 0) + 1);
  let positives = 0;
  for (const s of sizes.values()) positives += s - 1;
  return { docs, positives };
}

/**
 * Scores reported pairs [idA, idB] against the labels.
 * @returns {{ tp: number, fp: number, fn: number, related: number, precision: number, recall: number, falsePairs: string[], missed: string[] }}
 */
export function scorePairs(docs, positives, reported) {
  const byId = new Map(docs.map((d) => [d.id, d]));
  let tp = 0;
  let fp = 0;
  let related = 0;
  const falsePairs = [];
  const found = new Set();
  for (const [a, b] of reported) {
    const da = byId.get(a);
    const db = byId.get(b);
    if (da.group !== db.group) {
      fp++;
      falsePairs.push(`${a} ~ ${b}`);
    } else if (da.kind === 'original' || db.kind === 'original') {
      tp++;
      found.add(da.kind === 'original' ? b : a);
    } else related++;
  }
  const missed = docs
    .filter((d) => d.kind !== 'original' && d.kind !== 'report' && !found.has(d.id))
    .map((d) => d.id);
  return {
    tp,
    fp,
    fn: positives - tp,
    related,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: positives === 0 ? 1 : tp / positives,
    falsePairs,
    missed,
  };
}
