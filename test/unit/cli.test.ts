import { execFile, spawnSync } from 'node:child_process';
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

  it('prints one line for a folder that holds one file, as for any folder', async () => {
    const alone = mkdtempSync(join(tmpdir(), 'claimtrail-cli-one-'));
    writeFileSync(join(alone, 'one.txt'), 'Port reopens\n\nLina Park said so.');
    const { stdout } = await cli(['extract', alone]);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(ExtractedArticle.parse(JSON.parse(stdout)).title).toBe('Port reopens');
  });

  it('reports unreadable files on stderr and exits 1', async () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    const err = await cli(['extract', join(dir, 'empty.txt')]).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(err).toMatchObject({ code: 1 });
    expect((err as { stderr: string }).stderr).toMatch(/EMPTY/);
  });

  it('reads standard input for -, its format told from its content', () => {
    const piped = (input: string) =>
      spawnSync(process.execPath, ['bin/claimtrail.mjs', 'extract', '-'], {
        input,
        encoding: 'utf8',
        env: { ...process.env, NODE_NO_WARNINGS: '1' },
      });
    const html = piped(
      '<html><body><article><h1>Port reopens</h1><p>Lina Park said so.</p></article></body></html>',
    );
    expect(html.status).toBe(0);
    const doc = ExtractedArticle.parse(JSON.parse(html.stdout));
    expect(doc).toMatchObject({ title: 'Port reopens', sourceKey: 'stdin' });
    expect(doc.entities.map((e) => e.id)).toContain('person.lina-park');
    const json = piped(JSON.stringify({ title: 'A', text: 'Omar Haddad spoke.' }));
    expect(ExtractedArticle.parse(JSON.parse(json.stdout)).title).toBe('A');
    const empty = piped('');
    expect(empty.status).toBe(1);
    expect(empty.stderr).toMatch(/standard input: EMPTY/);
  });
});
