// --reference on scan and clean: texts of the same kind attest a join across a paragraph break. The
// case is a real report with one paragraph cut inside 产业链群, a term the report itself never uses.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, FIXTURES, tempDir } from './helpers.js';

const body = readFileSync(path.join(FIXTURES, 'corpus/gov-work-report/2024.txt'), 'utf8').trimEnd();
const head = '各地要围绕重点产业打造创新联合体，发挥龙头企业带动作用，推动产业链';
const doc = `${body}\n\n${head}\n\n群协同集聚，扩大开放合作。\n\n全面加强政府自身建设，提高依法行政能力。\n`;
const { dir, cleanup } = tempDir();
afterAll(cleanup);
mkdirSync(path.join(dir, 'ref'));
writeFileSync(path.join(dir, 'doc.txt'), doc);
writeFileSync(path.join(dir, 'ref/a.txt'), '打造产业链群，推动产业链群协同发展，壮大产业链群规模。\n');
writeFileSync(path.join(dir, 'ref/b.txt'), '各地加快培育先进制造业集群和产业链群，提升产业竞争力。\n');

const at = doc.indexOf(head) + head.length;
const rulesAtCut = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { rule: string; severity: string; start: number; end: number })
    .filter((f) => f.severity !== 'info' && f.start <= at && f.end >= at)
    .map((f) => f.rule);

describe('--reference', () => {
  it('scan: the join attested in the reference folder makes the cut a split', () => {
    expect(rulesAtCut(cli(['scan', '--json', 'doc.txt'], { cwd: dir }).stdout)).not.toContain(
      'split-paragraph',
    );
    const r = cli(['scan', '--json', '--reference', 'ref', 'doc.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(rulesAtCut(r.stdout)).toEqual(['split-paragraph']);
  });

  it('clean: joins the split with the reference, not without it', () => {
    const joined = `${head}群协同集聚`;
    cli(['clean', '--out', 'plain', 'doc.txt'], { cwd: dir });
    cli(['clean', '--out', 'joined', '--reference', 'ref/a.txt', '--reference', 'ref/b.txt', 'doc.txt'], {
      cwd: dir,
    });
    expect(readFileSync(path.join(dir, 'plain/doc.txt'), 'utf8')).not.toContain(joined);
    expect(readFileSync(path.join(dir, 'joined/doc.txt'), 'utf8')).toContain(joined);
  });

  it('refuses stdin as a reference', () => {
    const r = cli(['scan', '--reference', '-', 'doc.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--reference reads files or folders, not stdin');
  });
});
