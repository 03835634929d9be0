import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyModelsCommand, MODELS_DIR } from '../../lib/copy-models';

/** A project folder holding `files` in functions/models, and an empty output folder. */
function fixture(files: string[] | null): { input: string; output: string } {
  const root = mkdtempSync(join(tmpdir(), 'copy-models-'));
  const input = join(root, 'project');
  const output = join(root, 'bundle');
  mkdirSync(output);
  if (files) {
    mkdirSync(join(input, MODELS_DIR), { recursive: true });
    for (const file of files) writeFileSync(join(input, MODELS_DIR, file), file);
  }
  return { input, output };
}

/** Runs the hook the way NodejsFunction's local bundling does: through bash. */
function run(input: string, output: string): number | null {
  return spawnSync('bash', ['-c', copyModelsCommand(input, output)], { stdio: 'ignore' }).status;
}

describe('copyModelsCommand', () => {
  it('copies every brotli model into the bundle and nothing else', () => {
    const { input, output } = fixture(['ner.bin.br', 'attribution.bin.br', 'old.bin.gz', 'index.ts']);
    expect(run(input, output)).toBe(0);
    expect(readdirSync(output).sort()).toEqual(['attribution.bin.br', 'ner.bin.br']);
  });

  it('succeeds with an empty bundle when there are no models yet', () => {
    const { input, output } = fixture(['index.ts']);
    expect(run(input, output)).toBe(0);
    expect(readdirSync(output)).toEqual([]);
  });

  it('fails when the models folder is missing', () => {
    const { input, output } = fixture(null);
    expect(run(input, output)).not.toBe(0);
  });

  it('fails when a model cannot be copied', () => {
    const { input } = fixture(['ner.bin.br']);
    expect(run(input, join(input, 'no-such-dir'))).not.toBe(0);
  });
});
