import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Reads a file from test/fixtures (tests read nothing outside the repository). */
export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
}

export const SEEDS = [
  '000_2ed30927621ba227.txt',
  '001_eac445e406787b96.txt',
  '002_d4730f42f3b6ffd7.txt',
  '003_56a0f6db8ff78e7d.txt',
  '004_627586bead8599d4.txt',
] as const;
