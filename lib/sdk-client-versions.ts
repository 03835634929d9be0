import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

/** An AWS SDK client's package.json, which its runtime config imports whole. */
const CLIENT_PACKAGE = /[\\/]@aws-sdk[\\/]client-[\w-]+[\\/]package\.json$/;

/**
 * The esbuild plugin that gives the SDK clients' runtime config only the field
 * it reads of their package.json, `version` (for the user agent): esbuild keeps
 * a default-imported JSON whole, 2.5 KB a client.
 */
export const sdkClientVersions: Plugin = {
  name: 'sdk-client-versions',
  setup(build) {
    build.onLoad({ filter: CLIENT_PACKAGE }, async (args) => {
      const { version } = JSON.parse(await readFile(args.path, 'utf8')) as { version: string };
      return { contents: JSON.stringify({ version }), loader: 'json' };
    });
  },
};
