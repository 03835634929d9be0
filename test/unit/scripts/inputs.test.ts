import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../scripts/lib/exit-on-error';
import { requireSources } from '../../../scripts/lib/shared-sources';
import { readClaimbuster } from '../../../scripts/train/checkworthy/data';

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-scripts-'));

/** Runs `npm run eval -- <args>` as a user would (tsx, no npm banner); returns exit code and stderr. */
function evalScript(args: string[]): { status: number | null; stderr: string } {
  const out = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
  });
  return { status: out.status, stderr: out.stderr.trim() };
}

describe('scripts on bad paths and data', () => {
  it('name a missing path in one line, exit code 1, no stack trace', () => {
    const { status, stderr } = evalScript(['attribution', join(dir, 'missing'), '--out', join(dir, 'out')]);
    expect(status).toBe(1);
    expect(stderr).toBe(
      `npm run eval -- attribution: ${join(dir, 'missing', 'text')}: no such file or folder`,
    );
  });

  it('answer a usage error in one line, exit code 2, as the CLI does', () => {
    // ner and html threw their usage line as an Error: a stack trace and exit code 1
    expect(evalScript(['ner'])).toEqual({
      status: 2,
      stderr: 'usage: npm run eval -- ner <conll-file> --out <pred-file> [--model <path>]',
    });
    expect(evalScript(['html', join(dir, 'pages')])).toEqual({
      status: 2,
      stderr: 'usage: npm run eval -- html <dir> --out <file> [--no-baseline] [--details <file>]',
    });
  });

  it('answer an option they do not take in one line, exit code 2', () => {
    // parseArgs' TypeError, with its stack and exit code 1
    const { status, stderr } = evalScript(['attribution', dir, '--out', join(dir, 'attr'), '--outt']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^npm run eval -- attribution: Unknown option '--outt'/);
    expect(stderr).not.toContain('    at ');
    const help = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check/train-inputs.ts', '--help'], {
      encoding: 'utf8',
      env: { ...process.env, NODE_NO_WARNINGS: '1' },
    });
    expect({ status: help.status, stderr: help.stderr.trim() }).toEqual({
      status: 2,
      stderr: "npm run check:train-inputs: Unknown option '--help'",
    });
  });

  it('say which file is not the data they expect', () => {
    const notJson = join(dir, 'notes.md');
    writeFileSync(notJson, '# notes');
    const { status, stderr } = evalScript(['checkworthy', notJson, '--out', join(dir, 'cw.json')]);
    expect(status).toBe(1);
    expect(stderr).toMatch(new RegExp(`^npm run eval -- checkworthy: ${notJson} is not JSON \\(`));
    expect(stderr).not.toContain('    at ');
  });

  it('read ClaimBuster files and refuse other JSON by name', () => {
    const good = join(dir, 'cb.json');
    writeFileSync(good, JSON.stringify([{ sentence_id: 1, text: 'Taxes rose 5%.', label: 1 }]));
    expect(readClaimbuster(good)).toEqual([{ sentence_id: 1, text: 'Taxes rose 5%.', label: 1 }]);
    const other = join(dir, 'other.json');
    writeFileSync(other, JSON.stringify({ sentences: [] }));
    expect(() => readClaimbuster(other)).toThrow(`${other} is not a ClaimBuster array`);
  });
});

describe('training inputs', () => {
  it('name every unlabeled source missing under the shared folder', () => {
    const shared = mkdtempSync(join(tmpdir(), 'claimtrail-shared-'));
    mkdirSync(join(shared, 'bbc-news'));
    expect(() => requireSources(shared, ['bbc-news', 'polnear/dev/text', 'claim-matching/docs.tsv'])).toThrow(
      new InputError(
        `missing under ${shared}: polnear/dev/text, claim-matching/docs.tsv (unlabeled text the model is trained with); pass --shared <the folder that holds them>`,
      ),
    );
    expect(() => requireSources(shared, ['bbc-news'])).not.toThrow();
  });

  it('stop train:checkworthy before training when a source is missing', () => {
    const shared = mkdtempSync(join(tmpdir(), 'claimtrail-shared-'));
    const data = join(shared, 'claimbuster', 'train.json');
    mkdirSync(join(shared, 'claimbuster'));
    writeFileSync(data, '[]');
    const out = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/train-checkworthy.ts', '--data', data],
      {
        encoding: 'utf8',
        env: { ...process.env, NODE_NO_WARNINGS: '1' },
      },
    );
    expect(out.status).toBe(1);
    expect(out.stderr.trim()).toMatch(
      new RegExp(`^npm run train:checkworthy: missing under ${shared}: bbc-news, `),
    );
  });
});
