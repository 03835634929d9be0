import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockHome } from '../../local/home-lock';

/** `npm start` as a user runs it; resolves with its exit code and stderr. */
function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'local/start.ts'], {
    env: { ...process.env, SAMPLES: '0', NODE_NO_WARNINGS: '1', CLAIMTRAIL_INGEST_WORKERS: '1', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr: stderr.trim() })));
}

describe('npm start refuses what it cannot use, in one line', () => {
  it('a port already in use', async () => {
    const held = createServer();
    await new Promise<void>((resolve) => held.listen(0, '127.0.0.1', resolve));
    const port = (held.address() as { port: number }).port;
    const home = mkdtempSync(join(tmpdir(), 'claimtrail-start-'));
    try {
      const { code, stderr } = await start({ PORT: String(port), CLAIMTRAIL_HOME: home });
      expect(code).toBe(1);
      expect(stderr).toBe(
        `claimtrail: port ${port} is in use (another npm start?): set PORT to another port`,
      );
      expect(existsSync(join(home, 'stack.pid'))).toBe(false);
      // refused before the ingest bundle is built and storage started: at once, with nothing else printed
      expect(existsSync(join(home, 'build'))).toBe(false);
      expect(existsSync(join(home, 'dynamodb'))).toBe(false);
    } finally {
      held.close();
    }
  });

  it('a setting that is no number', async () => {
    const home = mkdtempSync(join(tmpdir(), 'claimtrail-start-'));
    // read as NaN, it ran reconcile passes back to back
    expect(await start({ PORT: '0', CLAIMTRAIL_HOME: home, CLAIMTRAIL_RECONCILE_MS: '60s' })).toEqual({
      code: 2,
      stderr: 'claimtrail: CLAIMTRAIL_RECONCILE_MS must be whole milliseconds, 1000 or more, not "60s"',
    });
    expect(existsSync(join(home, 'stack.pid'))).toBe(false);
  });

  it('a port that is no port, and a state folder that is a file', async () => {
    expect(await start({ PORT: 'eighty' })).toEqual({
      code: 2,
      stderr: 'claimtrail: PORT must be a port number (0-65535), not "eighty"',
    });
    const file = join(mkdtempSync(join(tmpdir(), 'claimtrail-start-')), 'state');
    writeFileSync(file, '');
    expect(await start({ PORT: '0', CLAIMTRAIL_HOME: file })).toEqual({
      code: 1,
      stderr: `claimtrail: ${file} is a file, not a folder: set CLAIMTRAIL_HOME to a folder`,
    });
  });

  it('a state folder another stack is using', async () => {
    const home = mkdtempSync(join(tmpdir(), 'claimtrail-start-'));
    const release = lockHome(home);
    try {
      const { code, stderr } = await start({ PORT: '0', CLAIMTRAIL_HOME: home });
      expect(code).toBe(1);
      expect(stderr).toBe(
        `claimtrail: a local stack (pid ${process.pid}) is using ${home}: stop it, or set CLAIMTRAIL_HOME to another folder`,
      );
    } finally {
      release();
    }
  });
});

describe('npm start', () => {
  it('ingests the samples and prints example queries that answer with data', async () => {
    const home = mkdtempSync(join(tmpdir(), 'claimtrail-start-'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'local/start.ts'], {
      env: { ...process.env, PORT: '0', CLAIMTRAIL_HOME: home, NODE_NO_WARNINGS: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      let out = '';
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if (out.includes('Press Ctrl+C to stop.')) resolve();
        });
        child.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${out}`)));
      });
      expect(out).toContain('uploaded 4 sample files');
      const urls = [...out.matchAll(/^\s+curl -s '?(http:\/\/127\.0\.0\.1:\d+\/[^'\s]+)'?$/gm)].map(
        (m) => m[1] as string,
      );
      expect(urls.length).toBeGreaterThanOrEqual(5);
      for (const url of urls) {
        const res = await fetch(url);
        expect(res.status, url).toBe(200);
        const body = (await res.json()) as { items?: unknown[] };
        if (body.items) expect(body.items.length, url).toBeGreaterThan(0);
      }
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });
});
