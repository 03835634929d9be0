import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockHome } from '../../../local/home-lock';
import { StartupError } from '../../../local/startup-error';

const fresh = () => mkdtempSync(join(tmpdir(), 'claimtrail-lock-'));

describe('state folder lock', () => {
  it('refuses a second stack on a folder in use, naming the holder, until it is released', () => {
    const home = fresh();
    const release = lockHome(home);
    expect(() => lockHome(home)).toThrow(StartupError);
    expect(() => lockHome(home)).toThrow(`a local stack (pid ${process.pid}) is using ${home}`);
    release();
    expect(existsSync(join(home, 'stack.pid'))).toBe(false);
    lockHome(home)();
  });

  it('takes over a lock left by a stack that was killed', () => {
    const home = fresh();
    // the pid of a process that has exited
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    }).stdout;
    writeFileSync(join(home, 'stack.pid'), dead);
    const release = lockHome(home);
    release();
    writeFileSync(join(home, 'stack.pid'), 'garbage');
    lockHome(home)();
  });

  it('is removed when the process exits without stopping the stack', () => {
    const home = fresh();
    const out = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `import('./local/home-lock.ts').then((m) => { m.lockHome(${JSON.stringify(home)}); process.exit(3); })`,
      ],
      { encoding: 'utf8' },
    );
    expect(out.status).toBe(3);
    expect(existsSync(join(home, 'stack.pid'))).toBe(false);
  });
});
