import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockHome } from '../../../local/home-lock';
import { startLocalStack } from '../../../local/stack';
import { startStorage } from '../../../local/storage';

/** A port free now: one the system handed out and took back. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Whether this process can listen on the port. */
async function canListen(port: number): Promise<boolean> {
  const probe = createServer();
  return new Promise((resolve) => {
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

describe('a local stack whose storage fails to start', () => {
  // the API listens first, so a port in use stops the start at once; a later failure left it
  // listening, with the state folder locked and dynalite's thread holding its LevelDB lock
  it('frees the port, the state folder and the storage it had started', async () => {
    const home = mkdtempSync(join(tmpdir(), 'claimtrail-startfail-'));
    // the bucket's folder is a file: s3rver cannot make the bucket, after dynalite has started
    mkdirSync(join(home, 's3'), { recursive: true });
    writeFileSync(join(home, 's3', 'claimtrail-local'), '');
    const port = await freePort();
    await expect(startLocalStack({ home, port, samples: false })).rejects.toThrow();
    expect(await canListen(port)).toBe(true);
    lockHome(home)();
    rmSync(join(home, 's3', 'claimtrail-local'));
    const storage = await startStorage(home, 'claimtrail-local', 'claimtrail-local');
    await storage.close();
  }, 60_000);
});
