import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
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

/**
 * Files to read under a path. What cannot be stat'ed (missing, a link to
 * nothing) is returned as a file, so reading it reports it; a folder that
 * cannot be listed is reported in `failures`.
 */
function filesUnder(path: string, failures: string[]): string[] {
  if (path === STDIN) return [path];
  try {
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .filter((e) => !e.name.startsWith('.'))
      .flatMap((e) => filesUnder(join(path, e.name), failures));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [path];
    failures.push(`${path}: ${failure(err)}`);
    return [];
  }
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
  for (const f of unlisted) console.error(`claimtrail: ${f}`);
  const single = paths.length === 1 && files.length === 1;
  let failed = unlisted.length > 0;
  for (const file of files) {
    const { docs, failures } = file === STDIN ? await extractStdin() : await extractFile(file);
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
