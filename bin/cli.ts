import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { extractBytes, extractFile, failure, MAX_BYTES, readStdinCapped } from './extract-file';

const USAGE = `usage: claimtrail extract PATH...

Extracts entities and claims with no AWS and no network.
One file: prints its document-model JSON. A folder or several files:
prints one JSON document per line (every file under a folder, recursively).
PATH - reads standard input (its format told from its content).
Files that cannot be read (missing, over ${MAX_BYTES / 2 ** 20} MB, ...) are reported on stderr;
the rest are still read, and the exit code is then 1 (2 for a usage error).`;

/** Standard input as one file. */
const STDIN = '-';

/** A file to read, and the key that names it (its ids and sourceKey): the same wherever the command runs. */
interface Input {
  path: string;
  key: string;
}

/**
 * Files to read under a path: a folder's files keyed by their path inside
 * it, as `aws s3 cp --recursive folder s3://bucket/incoming/` would key them,
 * and a file by its name, as an upload of it would be. What cannot be
 * stat'ed (missing, a link to nothing) is returned as a file, so reading it
 * reports it; a folder that cannot be listed, or holds no file, is reported in `failures`.
 */
function filesUnder(path: string, failures: string[]): Input[] {
  if (path === STDIN) return [{ path, key: 'stdin' }];
  const before = failures.length;
  const files = walk(path, null, failures);
  // a folder with nothing to read printed nothing and exited 0; an empty file is EMPTY, and so is it
  if (files.length === 0 && failures.length === before)
    failures.push(`${path}: EMPTY: the folder holds no files (names starting with "." are left out)`);
  return files;
}

function walk(path: string, root: string | null, failures: string[]): Input[] {
  const file = () => [
    { path, key: root === null ? basename(path) : relative(root, path).split(sep).join('/') },
  ];
  try {
    if (!statSync(path).isDirectory()) return file();
    return readdirSync(path, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .filter((e) => !e.name.startsWith('.'))
      .flatMap((e) => walk(join(path, e.name), root ?? path, failures));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return file();
    failures.push(`${path}: ${failure(err)}`);
    return [];
  }
}

/** Files of one run that share a key get the same ids: said on stderr, since their records would collide if indexed. */
function sameKeys(files: Input[]): string[] {
  const first = new Map<string, string>();
  const notes: string[] = [];
  for (const { path, key } of files) {
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, path);
    else if (earlier !== path)
      notes.push(`${path} has the same key as ${earlier} ("${key}"), so the same article ids`);
  }
  return notes;
}

async function extractStdin() {
  let bytes: Uint8Array;
  try {
    bytes = await readStdinCapped();
  } catch (err) {
    return { docs: [], failures: [`standard input: ${failure(err)}`] };
  }
  return extractBytes('stdin', bytes, 'standard input');
}

function options(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' } },
    });
  } catch (err) {
    // An unknown option, say: a usage error.
    console.error(`claimtrail: ${(err as Error).message}\n\n${USAGE}`);
    return null;
  }
}

async function main(argv: string[]): Promise<number> {
  const parsed = options(argv);
  if (!parsed) return 2;
  const { positionals, values } = parsed;
  const [command, ...paths] = positionals;
  if (values.help || command !== 'extract' || paths.length === 0) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const unlisted: string[] = [];
  const files = paths.flatMap((p) => filesUnder(p, unlisted));
  for (const f of [...unlisted, ...sameKeys(files)]) console.error(`claimtrail: ${f}`);
  // one file named on the command line, not a folder that holds one: a folder always gives lines
  const single = paths.length === 1 && files.length === 1 && files[0]?.path === paths[0];
  let failed = unlisted.length > 0;
  for (const { path, key } of files) {
    const { docs, failures } = path === STDIN ? await extractStdin() : await extractFile(path, key);
    for (const f of failures) console.error(`claimtrail: ${f}`);
    failed ||= failures.length > 0;
    for (const doc of docs)
      process.stdout.write(
        single && docs.length === 1 ? `${JSON.stringify(doc, null, 2)}\n` : `${JSON.stringify(doc)}\n`,
      );
  }
  return failed ? 1 : 0;
}

// A reader that stops early (`| head`) closes the pipe: stop quietly, not with a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv.slice(2));
