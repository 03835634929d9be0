import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ExtractedArticle } from '../../functions/domain/model/document';

const run = promisify(execFile);
const cli = (args: string[]) =>
  run(process.execPath, ['bin/claimtrail.mjs', ...args], { env: { ...process.env, NODE_NO_WARNINGS: '1' } });

describe('claimtrail extract', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-cli-'));
  mkdirSync(join(dir, 'nested'));
  writeFileSync(join(dir, 'one.txt'), 'Port reopens\n\n"We are open," harbour master Lina Park said.');
  writeFileSync(
    join(dir, 'nested', 'two.json'),
    JSON.stringify([
      { title: 'A', text: 'Omar Haddad spoke.' },
      { title: 'B', text: 'Lina Park replied.' },
    ]),
  );

  it('prints one document for one file', async () => {
    const { stdout } = await cli(['extract', join(dir, 'one.txt')]);
    const doc = ExtractedArticle.parse(JSON.parse(stdout));
    expect(doc.title).toBe('Port reopens');
    expect(doc.entities.map((e) => e.id)).toContain('person.lina-park');
  });

  it('prints one document per line for a folder, recursively', async () => {
    const { stdout } = await cli(['extract', dir]);
    const docs = stdout
      .trim()
      .split('\n')
      .map((line) => ExtractedArticle.parse(JSON.parse(line)));
    expect(docs.map((d) => d.title)).toEqual(['A', 'B', 'Port reopens']);
  });

  it('reports unreadable files on stderr and exits 1', async () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    const err = await cli(['extract', join(dir, 'empty.txt')]).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(err).toMatchObject({ code: 1 });
    expect((err as { stderr: string }).stderr).toMatch(/EMPTY/);
  });
});
