import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { parseArgs } from 'node:util';
import { extractBytes, extractFile } from './extract-file';

const USAGE = `usage: claimtrail extract PATH...

Extracts entities and claims with no AWS and no network.
One file: prints its document-model JSON. A folder or several files:
prints one JSON document per line (every file under a folder, recursively).
PATH - reads standard input (its format told from its content).
Files that cannot be read are reported on stderr; the exit code is then 1.`;

/** Standard input as one file. */
const STDIN = '-';

function filesUnder(path: string): string[] {
  if (path === STDIN || !statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .filter((e) => !e.name.startsWith('.'))
    .flatMap((e) => filesUnder(join(path, e.name)));
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h' } },
  });
  const [command, ...paths] = positionals;
  if (values.help || command !== 'extract' || paths.length === 0) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const missing = paths.filter((p) => {
    if (p === STDIN) return false;
    try {
      statSync(p);
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length > 0) {
    console.error(`claimtrail: no such file or folder: ${missing.join(', ')}`);
    return 2;
  }
  const files = paths.flatMap(filesUnder);
  const single = paths.length === 1 && files.length === 1;
  let failed = false;
  for (const file of files) {
    const { docs, failures } =
      file === STDIN
        ? await extractBytes('stdin', await buffer(process.stdin), 'standard input')
        : await extractFile(file);
    for (const f of failures) console.error(`claimtrail: ${f}`);
    failed ||= failures.length > 0;
    for (const doc of docs)
      process.stdout.write(
        single && docs.length === 1 ? `${JSON.stringify(doc, null, 2)}\n` : `${JSON.stringify(doc)}\n`,
      );
  }
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
