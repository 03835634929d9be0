import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';
import { LAZY_PACKAGES, lazyPackagesCommand } from './lazy-packages';
import { literalSchemaKeys } from './literal-schema-keys';
import { packedJsonImports } from './packed-json-imports';
import { sdkClientVersions } from './sdk-client-versions';

/** Repository root: entries and the lock file are resolved from here, not from the caller's cwd. */
export const PROJECT_ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * The esbuild settings of every function, shared with `npm run bench` so the
 * sizes it reports are those of the deployed bundles.
 */
export const BUNDLE_SETTINGS = {
  format: 'esm',
  mainFields: ['module', 'main'],
  // Lets esbuild's ESM output load CommonJS dependencies that call require().
  banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
  minify: true,
  // No source maps: they would more than double the deployed package (and slow cold starts
  // with --enable-source-maps); errors are logged with their messages by Powertools.
  sourceMap: false,
  target: 'node22',
  // The AWS SDK is bundled, not taken from the runtime: one minified ESM file loads faster than
  // the runtime's hundreds of CommonJS files (cold init side by side, 9 runs each: ingest 1.35x,
  // api and batch 2x faster). Only the lazy packages stay out, to ship beside it.
  externalModules: Object.keys(LAZY_PACKAGES),
  // Resolved from the project root, whatever the caller's working directory.
  alias: {
    'cssomnom/parse': `${PROJECT_ROOT}functions/commons/no-style-sheets.ts`,
    '@aws-sdk/credential-provider-node': `${PROJECT_ROOT}functions/commons/lambda-credentials.ts`,
    // linkedom takes only the Parser class from htmlparser2, but by destructuring its namespace
    // (`const {Parser} = HTMLParser2`), which keeps all of it: DomUtils, feeds, and a second
    // dom-serializer with its own entity tables, ~100 KB of the linkedom bundle never run.
    htmlparser2: `${PROJECT_ROOT}node_modules/htmlparser2/dist/esm/Parser.js`,
    '@smithy/core/event-streams': `${PROJECT_ROOT}functions/commons/no-event-streams.ts`,
  },
} as const;

/**
 * The settings above as esbuild's API options, for builds outside the CDK app:
 * the bench's bundles, and the local stack's ingest worker (no externals, so it
 * runs from any folder).
 */
export function esbuildOptions(
  entry: string,
  outfile: string,
  external: readonly string[] = BUNDLE_SETTINGS.externalModules,
): BuildOptions {
  const s = BUNDLE_SETTINGS;
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: s.format,
    mainFields: [...s.mainFields],
    banner: { js: s.banner },
    minify: s.minify,
    sourcemap: s.sourceMap,
    target: s.target,
    external: [...external],
    alias: { ...s.alias },
    plugins: [literalSchemaKeys, sdkClientVersions, packedJsonImports],
    logLevel: 'error',
  };
}

/** The settings above as esbuild CLI flags, for the lazy packages' own bundles. */
function cliFlags(): string {
  const s = BUNDLE_SETTINGS;
  const aliases = Object.entries(s.alias).map(([from, to]) => `"--alias:${from}=${to}"`);
  return [
    `--format=${s.format}`,
    `--target=${s.target}`,
    `--main-fields=${s.mainFields.join(',')}`,
    `"--banner:js=${s.banner}"`,
    ...(s.minify ? ['--minify'] : []),
    ...aliases,
  ].join(' ');
}

/**
 * Run first after esbuild for every function: its index.mjs built again with the plugins
 * (literal-schema-keys.ts), which NodejsFunction's esbuild CLI cannot load.
 */
export function rebuildWithPlugins(inputDir: string, outputDir: string, entry: string): string {
  return `cd "${inputDir}" && node_modules/.bin/tsx lib/rebuild-bundle.ts "${entry}" "${outputDir}/index.mjs"`;
}

/** Run after esbuild for every function: the lazy packages its bundle imports, bundled alike. */
export function bundleLazyPackages(inputDir: string, outputDir: string): string {
  return lazyPackagesCommand(inputDir, outputDir, cliFlags());
}
