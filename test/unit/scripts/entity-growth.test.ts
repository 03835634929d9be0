import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-growth-'));

function growth(path: string) {
  const out = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check/entity-growth.ts', path], {
    encoding: 'utf8',
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
  });
  return {
    status: out.status,
    lines: out.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l)),
    stderr: out.stderr,
  };
}

const entity = (id: string, name: string, type: string, aliases: string[] = []) => ({
  id,
  name,
  type,
  aliases,
});

describe('entity-growth', () => {
  it('counts distinct ids and the name entries new entities write, whatever the order', () => {
    // 500 articles: every one names the same organisation, and each its own person
    const docs = Array.from({ length: 500 }, (_, i) => ({
      entities: [
        entity('org.world-health-organization', 'World Health Organization', 'ORG', ['WHO']),
        entity(`person.p${i}-smith`, `P${i} Smith`, 'PERSON'),
      ],
    }));
    const path = join(dir, 'docs.jsonl');
    writeFileSync(path, `${docs.map((d) => JSON.stringify(d)).join('\n')}\n{"error":"skipped"}\n`);
    const { status, lines } = growth(path);
    expect(status).toBe(0);
    // the organisation: profile, its WHO alias and the alias table's "World Health Organisation";
    // each person: profile and surname
    expect(lines.slice(0, 2)).toEqual([
      { articles: 250, ids: 251, names: 3 + 250 * 2 },
      { articles: 500, ids: 501, names: 3 + 500 * 2 },
    ]);
    expect(lines[2].exponent).toBeCloseTo(Math.log(501 / 251) / Math.log(2), 3);
  });

  it('says so when the file holds no extraction', () => {
    const path = join(dir, 'empty.jsonl');
    writeFileSync(path, '\n');
    const out = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check/entity-growth.ts', path], {
      encoding: 'utf8',
    });
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('no extracted articles');
  });
});
