import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractedArticle } from '../../functions/domain/model/document';

const BIN = resolve('bin/claimtrail.mjs');
const cli = (cwd: string, args: string[]) =>
  spawnSync(process.execPath, [BIN, 'extract', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
  });
/** Each document's key and id, as printed. */
const keyed = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => ExtractedArticle.parse(JSON.parse(line)))
    .map((d) => ({ sourceKey: d.sourceKey, id: d.id, source: d.source }));

// each test runs the CLI four or five times in a row, each run loading the models: on a
// shared 2-core machine that took 37-50 s, past the default 30 s limit (a limit, not a measure)
describe('claimtrail extract gives a file the same id wherever it is run from', { timeout: 120_000 }, () => {
  const root = mkdtempSync(join(tmpdir(), 'claimtrail-cli-ids-'));
  const dir = join(root, 'harbour');
  mkdirSync(join(dir, 'ferries'), { recursive: true });
  writeFileSync(join(dir, 'one.txt'), 'Port reopens\n\n"We are open," harbour master Lina Park said.');
  writeFileSync(join(dir, 'ferries', 'two.txt'), 'Ferry resumes\n\n"It sails at noon," Omar Haddad said.');
  const elsewhere = mkdtempSync(join(tmpdir(), 'claimtrail-cli-cwd-'));

  it('a folder: each file keyed by its path inside the folder', () => {
    const runs = [
      cli(dir, ['.']),
      cli(root, ['harbour']),
      cli(root, ['harbour/']),
      cli(elsewhere, [relative(elsewhere, dir)]),
      cli(process.cwd(), [dir]),
    ];
    for (const run of runs) expect(run.status).toBe(0);
    const [first, ...rest] = runs.map((run) => keyed(run.stdout));
    expect(first?.map((d) => d.sourceKey)).toEqual(['ferries/two.txt', 'one.txt']);
    // the first folder inside it is the collection, as under the ingest prefix
    expect(first?.map((d) => d.source)).toEqual(['ferries', 'upload']);
    for (const other of rest) expect(other).toEqual(first);
  });

  it('a file: keyed by its name', () => {
    const file = join(dir, 'ferries', 'two.txt');
    const runs = [
      cli(dirname(file), ['two.txt']),
      cli(root, ['harbour/ferries/two.txt']),
      cli(elsewhere, [relative(elsewhere, file)]),
      cli(process.cwd(), [file]),
    ];
    const docs = runs.map((run) => ExtractedArticle.parse(JSON.parse(run.stdout)));
    for (const doc of docs) expect(doc).toMatchObject({ sourceKey: 'two.txt', id: docs[0]?.id });
    expect(basename(file)).toBe(docs[0]?.sourceKey);
  });

  it('says so on stderr when two files of one run get the same key, and so the same ids', () => {
    const other = join(root, 'other');
    mkdirSync(other);
    writeFileSync(join(other, 'one.txt'), 'Bridge closes\n\n"It is shut," engineer Omar Haddad said.');
    const run = cli(root, ['harbour/one.txt', 'other/one.txt']);
    expect(run.status).toBe(0);
    const [a, b] = keyed(run.stdout);
    expect(a?.id).toBe(b?.id);
    expect(run.stderr).toContain('other/one.txt has the same key as harbour/one.txt ("one.txt")');
  });
});
