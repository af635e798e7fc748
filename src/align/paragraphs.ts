// Paragraph level: one unit per paragraph of parseDocument, aligned by the generic level steps.

import type { Document } from '../text/document.js';
import type { Bead } from './beads.js';
import type { Budget } from './budget.js';
import { alignLevel, type LevelOptions } from './level.js';
import { makeUnit, type Unit } from './similarity.js';

export function paragraphUnits(doc: Document): Unit[] {
  return doc.paragraphs.map((p) => makeUnit(doc.text, p.start, p.end));
}

export function alignParagraphs(
  a: readonly Unit[],
  b: readonly Unit[],
  budget: Budget,
  o: LevelOptions,
): Bead[] {
  return alignLevel(a, b, 'paragraph', budget, o, '');
}
