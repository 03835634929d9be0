import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractedArticle } from '../../functions/domain/model/document';
import { DEFAULT_LIMITS } from '../../functions/domain/parse/index';

const env = { ...process.env, NODE_NO_WARNINGS: '1' };
const cli = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, ['bin/claimtrail.mjs', ...args], {
    input,
    encoding: 'utf8',
    env,
    maxBuffer: 1 << 26,
  });
const titles = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => ExtractedArticle.parse(JSON.parse(line)).title);
const STACK = /^\s+at /m;

describe('claimtrail extract with bad inputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-cli-bad-'));
  const good = join(dir, 'good');
  mkdirSync(good);
  writeFileSync(join(good, 'one.txt'), 'Port reopens\n\n"We are open," harbour master Lina Park said.');
  writeFileSync(join(good, 'two.txt'), 'Bridge closes\n\n"It is shut," engineer Omar Haddad said.');

  it('reports a link to nothing in a folder as unreadable and reads the rest', () => {
    const linked = join(dir, 'linked');
    mkdirSync(linked);
    writeFileSync(join(linked, 'a.txt'), 'Port reopens\n\n"We are open," harbour master Lina Park said.');
    symlinkSync(join(dir, 'nowhere.txt'), join(linked, 'b.txt'));
    writeFileSync(join(linked, 'c.txt'), 'Bridge closes\n\n"It is shut," engineer Omar Haddad said.');
    const run = cli(['extract', linked]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/b\.txt: UNREADABLE/);
    expect(run.stderr).not.toMatch(STACK);
    expect(titles(run.stdout)).toEqual(['Port reopens', 'Bridge closes']);
  });

  // an empty folder printed nothing at all and exited 0, as if it had been read
  it('says a folder holds no files to read (dot files left out), reads the rest, and exits 1', () => {
    const empty = join(dir, 'empty');
    mkdirSync(join(empty, 'sub'), { recursive: true });
    writeFileSync(join(empty, '.notes.txt'), 'Port reopens\n\n"We are open," harbour master Lina Park said.');
    const run = cli(['extract', empty, good]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `claimtrail: ${empty}: EMPTY: the folder holds no files (names starting with "." are left out)\n`,
    );
    expect(titles(run.stdout)).toEqual(['Port reopens', 'Bridge closes']);
  });

  it('reads the paths that exist when one is missing, and exits 1', () => {
    const run = cli(['extract', good, join(dir, 'missing.txt')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/missing\.txt: UNREADABLE: no such file/);
    expect(titles(run.stdout)).toEqual(['Port reopens', 'Bridge closes']);
  });

  it('checks a file size before reading it, and goes on with the rest of a folder', () => {
    const big = join(dir, 'big');
    mkdirSync(big);
    // Sparse: takes no disk, but reading it whole would take 3 GB of memory, past Node's largest buffer.
    writeFileSync(join(big, 'a-huge.txt'), '');
    truncateSync(join(big, 'a-huge.txt'), 3 * 1024 ** 3);
    writeFileSync(join(big, 'b.txt'), 'Port reopens\n\n"We are open," harbour master Lina Park said.');
    const started = Date.now();
    const run = cli(['extract', big]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      `a-huge.txt: TOO_LARGE: the file is ${3 * 1024 ** 3} bytes; the limit is ${DEFAULT_LIMITS.maxBytes}`,
    );
    expect(run.stderr).not.toMatch(STACK);
    expect(titles(run.stdout)).toEqual(['Port reopens']);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  // it was read with U+FFFD in place of the bytes, as the bucket was; now all three paths fail it alike
  it('reports a page whose <meta charset> its bytes do not hold as CHARSET_MISMATCH', () => {
    const pages = join(dir, 'pages');
    mkdirSync(pages);
    const cut = Buffer.from([0x8e, 0x73, 0x92, 0xb7, 0x82]); // Shift_JIS cut after a lead byte
    writeFileSync(
      join(pages, 'cut.html'),
      Buffer.concat([
        Buffer.from('<meta charset="shift_jis"><p>The mayor spoke. '),
        cut,
        Buffer.from('</p>'),
      ]),
    );
    const run = cli(['extract', pages]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("cut.html: CHARSET_MISMATCH: the page's <meta charset> declares shift_jis");
    expect(run.stderr).not.toMatch(STACK);
  });

  it('stops reading standard input past the size limit', () => {
    const run = cli(['extract', '-'], Buffer.alloc(DEFAULT_LIMITS.maxBytes + 2, 'a'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /standard input: TOO_LARGE: the file is more than \d+ bytes; the limit is \d+/,
    );
    expect(run.stdout).toBe('');
  });

  it('treats an unknown option as a usage error', () => {
    const run = cli(['extract', '--foo', good]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Unknown option '--foo'/);
    expect(run.stderr).toMatch(/usage: claimtrail extract/);
    expect(run.stderr).not.toMatch(STACK);
    expect(run.stdout).toBe('');
  });

  it('stops quietly when the reader closes the pipe', async () => {
    const many = join(dir, 'many');
    mkdirSync(many);
    for (let i = 0; i < 300; i++)
      writeFileSync(
        join(many, `${String(i).padStart(3, '0')}.txt`),
        `Story ${i}\n\n"We are open," Lina Park said.`,
      );
    const child = spawn(process.execPath, ['bin/claimtrail.mjs', 'extract', many], { env });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    // Like `| head -c 100`: take the first bytes, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE/);
    expect(stderr).not.toMatch(STACK);
    expect(status).toBe(0);
  }, 30_000);
});
