import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { esbuildOptions, PROJECT_ROOT } from '../../lib/bundle-settings';

describe('packedJsonImports', () => {
  it('bundles the alias table packed, and it loads as the file reads', async () => {
    const root = mkdtempSync(join(tmpdir(), 'packed-json-'));
    const file = `${PROJECT_ROOT}functions/domain/entities/aliases.json`;
    const entry = join(root, 'entry.ts');
    writeFileSync(entry, `export { default } from '${file}';\n`);
    const out = join(root, 'index.mjs');
    await build(esbuildOptions(entry, out));
    const code = readFileSync(out, 'utf8');
    const text = readFileSync(file, 'utf8');
    // no entry's name in plain text, and a third of the file's bytes at most
    expect(code).not.toContain('"United Arab Emirates"');
    expect(code.length).toBeLessThan(text.length / 3);
    const loaded = (await import(pathToFileURL(out).href)).default;
    expect(JSON.stringify(loaded)).toBe(JSON.stringify(JSON.parse(text)));
  });
});
