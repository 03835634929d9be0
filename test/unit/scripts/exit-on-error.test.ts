import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
