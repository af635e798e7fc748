// loneRest: a lone head's rest is the paragraph that the junction evidence and lexical cohesion both
// pick, clearly, and that shares more with the head than with its neighbours and the head's next one.
import { describe, expect, it } from 'vitest';
import { type LoneCandidate, loneRest } from '../../src/detect/lone-heads.js';

const COHESIVE = 1.2;
const c = (tail: number, score: number, cohesion: number, neighbours = 0): LoneCandidate => ({
  tail,
  score,
  cohesion,
  neighbours,
});

describe('loneRest', () => {
  it.each<[string, LoneCandidate[], number, number]>([
    ['takes the paragraph both witnesses pick', [c(5, 0.6, 2.5, 0.4), c(6, 0.2, 0.8), c(7, 0.1, 0)], 0.3, 5],
    ['no candidate, no rest', [], 0, -1],
    ['junction evidence and cohesion pick different paragraphs', [c(5, 0.6, 1.3), c(6, 0.2, 2.8)], 0, -1],
    ['two paragraphs share the best junction evidence', [c(5, 0.6, 2.5), c(6, 0.6, 0.5)], 0, -1],
    ['two paragraphs share the best cohesion', [c(5, 0.6, 2.5), c(6, 0.3, 2.5)], 0, -1],
    ['junction evidence below LONE_SCORE', [c(5, 0.45, 2.5), c(6, 0.1, 0.2)], 0, -1],
    ['cohesion below the cohesive threshold', [c(5, 0.8, 1.1), c(6, 0.1, 0.2)], 0, -1],
    ['at home: it shares as much with a neighbour', [c(5, 0.8, 2.5, 2.5), c(6, 0.1, 0.2)], 0, -1],
    ['the head’s next paragraph shares as much with the head', [c(5, 0.8, 2.5, 1), c(6, 0.1, 0.2)], 2.5, -1],
    ['a lone candidate with both witnesses', [c(9, 0.5, 1.2, 1.1)], 1.1, 9],
  ])('%s', (_name, cands, nextCohesion, want) => {
    expect(loneRest(cands, COHESIVE, nextCohesion)).toBe(want);
  });
});
