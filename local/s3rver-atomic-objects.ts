import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import S3Error from 's3rver/lib/models/error.js';
import S3Object from 's3rver/lib/models/object.js';
import { beside, sweepCrashLeftovers } from './s3rver-crash-sweep';

/** The parts of s3rver's FilesystemStore (3.7) this shim replaces or calls. */
export interface S3rverFilesystemStore {
  readonly rootDirectory: string;
  getResourcePath(bucket: string, key: string, resource: string): string;
  /** A key's listing entry (size, ETag, stored headers); rejects with ENOENT for a key not there. */
  getMetadata(bucket: string, key: string): Promise<Record<string, unknown>>;
  getObject(
    bucket: string,
    key: string,
    options?: { start?: number; end?: number },
  ): Promise<S3Object | null>;
  putObject(object: PutRequest): Promise<{ size: number; md5: string }>;
  putMetadata(bucket: string, key: string, metadata: Record<string, string>, md5?: string): Promise<void>;
  deleteObject(bucket: string, key: string): Promise<void>;
}

interface PutRequest {
  bucket: string;
  key: string;
  content: Readable | Buffer;
  metadata: Record<string, string>;
}

/**
 * S3 replaces an object atomically, and a GET returns one version whole with
 * its own ETag. s3rver truncates the file in place and writes the new MD5
 * before the content reaches the disk, so a GET could answer an empty body
 * under the new ETag; the ingest ledger then recorded that version as failed
 * and took its event for a duplicate. Here each file is written aside and
 * renamed in, and a GET hashes the bytes it serves, so body and ETag agree.
 *
 * s3rver lists a key once its ._S3rver_object file is there, and a GET finds
 * it only with its metadata too, so the object file is renamed in last: that
 * rename is the commit, and a kill -9 before it leaves the previous version
 * (or no key), never a key listed that GET and HEAD answer 404. A PUT, in order:
 *   1. the body to a temporary file;
 *   2. the new metadata renamed in (until 4, a GET gives the old body with
 *      its own ETag but the new headers, and a crash keeps that pairing until
 *      the key is put again; renaming the body first paired the new body with
 *      the old headers: no order of separate renames avoids both, and only
 *      this one keeps a listed key readable, with the body, size and ETag
 *      of one version; ingest reads a key's format from its extension first);
 *   3. the .md5 sidecar removed, so a listing hashes the body it finds;
 *   4. the body renamed in: the commit;
 *   5. the new .md5 renamed in.
 * A listing takes its ETag from the sidecar, so the sidecar must never name
 * another body: it is gone from 3 to 5, and PUTs and DELETEs of one key take
 * turns. At start-up, sweepCrashLeftovers tidies what a crash cut off.
 */
export function makeS3rverObjectsAtomic(store: S3rverFilesystemStore): void {
  sweepCrashLeftovers(store.rootDirectory);
  const oneAtATime = turns();

  store.putObject = async (object) => {
    const path = store.getResourcePath(object.bucket, object.key, 'object');
    const md5Path = store.getResourcePath(object.bucket, object.key, 'object.md5');
    const md5 = createHash('md5');
    let size = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        md5.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    const content = Buffer.isBuffer(object.content) ? Readable.from([object.content]) : object.content;
    const temp = beside(path);
    try {
      await mkdir(dirname(path), { recursive: true });
      await pipeline(content, measure, createWriteStream(temp));
      const digest = md5.digest('hex');
      await oneAtATime(path, async () => {
        await writeMetadata(
          store.getResourcePath(object.bucket, object.key, 'metadata.json'),
          object.metadata,
        );
        await rm(md5Path, { force: true });
        await rename(temp, path);
        await writeAside(md5Path, (t) => writeFile(t, digest));
      });
      return { size, md5: digest };
    } catch (err) {
      // the error that stopped the PUT is the one to tell: rm fails too on a name too long
      await rm(temp, { force: true }).catch(() => undefined);
      throw tooLong(err) ? keyTooLong() : err;
    }
  };

  // s3rver calls this itself only for a CopyObject that replaces the metadata
  store.putMetadata = (bucket, key, metadata, md5) =>
    oneAtATime(store.getResourcePath(bucket, key, 'object'), async () => {
      if (md5) await writeAside(store.getResourcePath(bucket, key, 'object.md5'), (t) => writeFile(t, md5));
      await writeMetadata(store.getResourcePath(bucket, key, 'metadata.json'), metadata);
    });

  // The object file first, which takes the key out of listings and GETs at once;
  // then s3rver's own delete, for the sidecars and the folders left empty.
  const deleteFiles = store.deleteObject.bind(store);
  store.deleteObject = (bucket, key) => {
    const path = store.getResourcePath(bucket, key, 'object');
    return oneAtATime(path, async () => {
      await rm(path, { force: true });
      try {
        await deleteFiles(bucket, key);
      } catch (err) {
        // Deletes at once in one folder (aws s3 rm --recursive) each find it empty and remove it:
        // all but one then meet ENOENT, or ENOTEMPTY if a put refilled it. The object is gone
        // all the same; failing here answered 500 and sent no event, and the retry found nothing
        // to delete, so its articles stayed indexed until a reconcile pass.
        if (!FOLDER_RACE.has((err as NodeJS.ErrnoException).code ?? '')) throw err;
      }
    });
  };

  // What a listing gives for each key. As s3rver's own, but a key without metadata is
  // not listed (a GET could not find it), and a missing .md5 is hashed, not written:
  // that write could land after a PUT's own and name the body it replaced.
  store.getMetadata = async (bucket, key) => {
    const path = store.getResourcePath(bucket, key, 'object');
    const [file, json, md5] = await Promise.all([
      stat(path),
      orNull(readFile(store.getResourcePath(bucket, key, 'metadata.json'), 'utf8')),
      orNull(readFile(store.getResourcePath(bucket, key, 'object.md5'), 'utf8')),
    ]);
    if (json === null) throw Object.assign(new Error(`no metadata for ${key}`), { code: 'ENOENT' });
    return {
      ...(JSON.parse(json) as Record<string, unknown>),
      etag: JSON.stringify(md5 ?? (await hashFile(path))),
      'last-modified': file.mtime.toUTCString(),
      'content-length': file.size,
    };
  };

  // One open file gives the bytes and their modification time; the ETag is hashed from
  // the bytes, so the .md5 sidecar is not read: 9 file operations a GET instead of 13.
  store.getObject = async (bucket, key, options = {}) => {
    const file = await orNull(readWithTime(store.getResourcePath(bucket, key, 'object')));
    if (!file) return null;
    const json = await orNull(readFile(store.getResourcePath(bucket, key, 'metadata.json'), 'utf8'));
    // no metadata: a crash's leftover, or a copy still landing; s3rver's getMetadata says the same
    if (json === null) return null;
    const { bytes } = file;
    const etag = JSON.stringify(createHash('md5').update(bytes).digest('hex'));
    const metadata = {
      ...(JSON.parse(json) as Record<string, unknown>),
      etag,
      'last-modified': file.mtime.toUTCString(),
      'content-length': bytes.length,
    };
    const ranged = options.start !== undefined || options.end !== undefined;
    const range = {
      start: options.start ?? 0,
      end: Math.min(options.end ?? Number.POSITIVE_INFINITY, Math.max(0, bytes.length - 1)),
    };
    const satisfiable = range.start >= 0 && range.end >= range.start;
    const body = satisfiable ? Readable.from([bytes.subarray(range.start, range.end + 1)]) : null;
    const object = new S3Object(bucket, key, body, metadata);
    if (ranged) object.range = range;
    return object;
  };
}

const tooLong = (err: unknown) => (err as NodeJS.ErrnoException).code === 'ENAMETOOLONG';

/**
 * S3 takes keys up to 1,024 bytes, but s3rver stores each part of a key as a
 * file or folder name (most file systems take 255 bytes) with up to 64 bytes
 * of its own after the last: its default 500 "Please try again" no retry helps.
 */
const KEY_TOO_LONG =
  "the local stack stores each part of a key (between slashes) as a file name, and this one is more bytes than the state folder's file system takes: keep each part under 190 bytes (S3 takes keys up to 1,024 bytes)";
const keyTooLong = () => new S3Error('KeyTooLongError', KEY_TOO_LONG);

/** A file's bytes and modification time, from one open file (a rename cannot split them). */
async function readWithTime(path: string): Promise<{ bytes: Buffer; mtime: Date }> {
  const handle = await open(path, 'r');
  try {
    const { mtime } = await handle.stat();
    return { bytes: await handle.readFile(), mtime };
  } finally {
    await handle.close();
  }
}

/** The stored headers: the ones S3 keeps, and user metadata. */
function writeMetadata(path: string, metadata: Record<string, string>): Promise<void> {
  const kept = Object.entries(metadata).filter(
    ([name]) => S3Object.ALLOWED_METADATA.includes(name) || name.startsWith('x-amz-meta-'),
  );
  const json = JSON.stringify(Object.fromEntries(kept), null, 2);
  return writeAside(path, (t) => writeFile(t, json));
}

/** Writes to a temporary file beside path, then renames it over path. */
async function writeAside(path: string, write: (temp: string) => Promise<unknown>): Promise<void> {
  const temp = beside(path);
  try {
    await write(temp);
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/** What s3rver's removal of a folder left empty meets when another delete or a put got there first. */
const FOLDER_RACE = new Set(['ENOENT', 'ENOTEMPTY']);

/** Runs the steps asked for one path one after another, in the order asked. */
function turns(): <T>(path: string, step: () => Promise<T>) => Promise<T> {
  const last = new Map<string, Promise<unknown>>();
  return (path, step) => {
    const run = (last.get(path) ?? Promise.resolve()).then(step);
    const settled = run.catch(() => undefined);
    last.set(path, settled);
    void settled.then(() => {
      if (last.get(path) === settled) last.delete(path);
    });
    return run;
  };
}

/** The MD5 of a file's bytes, in hex. */
async function hashFile(path: string): Promise<string> {
  const md5 = createHash('md5');
  for await (const chunk of createReadStream(path)) md5.update(chunk as Buffer);
  return md5.digest('hex');
}

/** The value, or null when the file is gone (deleted between two reads). */
async function orNull<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}
