import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under a folder, sorted, as [absolute path, path relative to the folder]; a data set's README is not an article. */
export function listFiles(root: string): [string, string][] {
  const out: [string, string][] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (name.startsWith('.') || /^readme(\.|$)/i.test(name)) continue;
      if (statSync(path).isDirectory()) walk(path);
      else out.push([path, relative(root, path)]);
    }
  };
  walk(root);
  return out;
}

/** `--name value` options of a script. */
export function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}
