import { createHash, randomUUID } from 'node:crypto';
import { type Dirent, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A temporary name beside path, which TEMPORARY matches. The ".tmp" ending
 * keeps it out of listings, which match names ending "._S3rver_object".
 */
export const beside = (path: string) => `${path}.${randomUUID()}.tmp`;
const TEMPORARY = /^(.*)\._S3rver_(?:object|object\.md5|metadata\.json)\.[0-9a-f-]{36}\.tmp$/;
const OBJECT = '._S3rver_object';
const MD5 = '._S3rver_object.md5';
const METADATA = '._S3rver_metadata.json';

/**
 * What a kill -9 cut off, put right once at start-up, before the server
 * takes requests (the stack's home lock keeps other processes out):
 * - temporary files go, and their key's .md5 is worked out again from the
 *   body (under the order before this one, a crash could leave the old .md5
 *   beside a new body);
 * - an object file without metadata goes, with its .md5: its PUT was never
 *   acknowledged (or its DELETE was under way), and s3rver would list it
 *   forever while GET and HEAD answered 404;
 * - an object without .md5 gets one; metadata or .md5 without an object go.
 * Multipart uploads (._S3rver_uploads) are left as they are.
 */
export function sweepCrashLeftovers(folder: string): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  const names = new Set(entries.filter((e) => e.isFile()).map((e) => e.name));
  const cutOff = new Set<string>();
  for (const name of names) {
    const temporary = TEMPORARY.exec(name);
    if (!temporary) continue;
    cutOff.add(temporary[1] as string);
    rmSync(join(folder, name), { force: true });
  }
  for (const name of names) {
    if (!name.endsWith(OBJECT)) continue;
    const base = name.slice(0, -OBJECT.length);
    const path = join(folder, name);
    if (!names.has(base + METADATA)) {
      rmSync(path, { force: true });
      rmSync(join(folder, base + MD5), { force: true });
    } else if (cutOff.has(base) || !names.has(base + MD5)) {
      const temp = beside(join(folder, base + MD5));
      writeFileSync(temp, createHash('md5').update(readFileSync(path)).digest('hex'));
      renameSync(temp, join(folder, base + MD5));
    }
  }
  for (const name of names) {
    const sidecar = [METADATA, MD5].find((ending) => name.endsWith(ending));
    if (sidecar && !names.has(name.slice(0, -sidecar.length) + OBJECT))
      rmSync(join(folder, name), { force: true });
  }
  for (const entry of entries) {
    if (entry.isDirectory() && entry.name !== '._S3rver_uploads')
      sweepCrashLeftovers(join(folder, entry.name));
  }
}
