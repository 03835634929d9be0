/**
 * Builds a function's index.mjs again through esbuild's API, with its plugins
 * (esbuildOptions), over the one NodejsFunction built with esbuild's CLI, which
 * takes none: `tsx lib/rebuild-bundle.ts <entry> <outfile>`, from the project root.
 */
import { build } from 'esbuild';
import { esbuildOptions } from './bundle-settings';

const [entry, outfile] = process.argv.slice(2);
if (!entry || !outfile) throw new Error('usage: rebuild-bundle.ts <entry> <outfile>');
await build(esbuildOptions(entry, outfile));
