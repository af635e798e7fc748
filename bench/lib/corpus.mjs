// Where bench/ reads real text: ../shared/corpus (the full corpus) when present, else the copies in
// test/fixtures/corpus (enough for the pairs the suite uses).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SHARED = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../test/fixtures/corpus/', import.meta.url));

export const corpusRoot = existsSync(SHARED) ? SHARED : FIXTURES;

export function corpus(path) {
  for (const root of [SHARED, FIXTURES])
    if (existsSync(root + path)) return readFileSync(root + path, 'utf8');
  throw new Error(`corpus file not found: ${path} (looked in ${SHARED} and ${FIXTURES})`);
}

export function hasCorpus(path) {
  return [SHARED, FIXTURES].some((root) => existsSync(root + path));
}

/** The pairs of issue 4's quality table. */
export const PAIRS = [
  ['gov-work-report/2023.txt', 'gov-work-report/2024.txt'],
  ['gov-work-report/2024.txt', 'gov-work-report/2025.txt'],
  ['cpc-congress-report/2017.txt', 'cpc-congress-report/2022.txt'],
  ['gov-work-report/2015.txt', 'gov-work-report-variants/2015-alt-scrape-dxcarl.txt'],
];
