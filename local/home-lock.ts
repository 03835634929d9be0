import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StartupError } from './startup-error';

/**
 * Claims the state folder for this process: two stacks on one folder would
 * share dynalite's LevelDB and s3rver's files, and the second would fail
 * deep inside dynalite ("Database is closed"). The claim is a pid file,
 * removed when the process exits; one left by a killed stack is taken over.
 * Hand-written rather than proper-lockfile: its locks go stale by mtime, so
 * a stack restarted right after a SIGKILL (the soak and crash tests do this)
 * would be refused or kept waiting, where a pid check on one machine is exact.
 */
export function lockHome(home: string): () => void {
  try {
    mkdirSync(home, { recursive: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR')
      throw new StartupError(`${home} is a file, not a folder: set CLAIMTRAIL_HOME to a folder`);
    throw err;
  }
  const file = join(home, 'stack.pid');
  for (;;) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      const release = () => rmSync(file, { force: true });
      process.once('exit', release);
      return () => {
        process.off('exit', release);
        release();
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const pid = Number(readFileSync(file, 'utf8'));
    if (running(pid))
      throw new StartupError(
        `a local stack (pid ${pid}) is using ${home}: stop it, or set CLAIMTRAIL_HOME to another folder`,
      );
    rmSync(file, { force: true }); // left by a stack that was killed
  }
}

function running(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
