import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

/**
 * The AWS SDK clients' schema files (schemas_0.js: every operation's input and
 * output shapes) key their trait objects by constants, `{ [_h]: ["GET", ...] }`,
 * with `const _h = "http"`. esbuild cannot tell a computed key is free of side
 * effects, so it keeps every shape of the service, not only those the commands
 * we send reach: S3's kept 69 KB of the ingest bundle, 15 KB of it used.
 */
const SCHEMA_FILE = /[\\/]@aws-sdk[\\/]client-[\w-]+[\\/]dist-es[\\/]schemas[\\/]schemas_\d+\.js$/;

/** A top-level string constant, as the SDK's generator writes them. */
const STRING_CONST = /^const ([\w$]{1,40}) = ("[^"\\\n]{0,500}");$/gm;

/** A computed key naming a constant, at an object literal's key position (never `a[_x]`). */
const COMPUTED_KEY = /([{,\s])\[([\w$]{1,40})\]:/g;

/** `source` with each computed key that names a string constant written as that string: the same objects. */
export function literalKeys(source: string): string {
  const strings = new Map<string, string>();
  for (const [, name, value] of source.matchAll(STRING_CONST)) strings.set(name as string, value as string);
  return source.replace(COMPUTED_KEY, (all, before: string, name: string) => {
    const value = strings.get(name);
    return value === undefined ? all : `${before}${value}:`;
  });
}

/** The esbuild plugin applying literalKeys to the SDK clients' schema files, so unused shapes drop out. */
export const literalSchemaKeys: Plugin = {
  name: 'literal-schema-keys',
  setup(build) {
    build.onLoad({ filter: SCHEMA_FILE }, async (args) => ({
      contents: literalKeys(await readFile(args.path, 'utf8')),
      loader: 'js',
    }));
  },
};
