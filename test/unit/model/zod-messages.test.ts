import { describe, expect, it } from 'vitest';
import { reconcileOptions } from '../../../functions/batch/event';
import { loadConfig } from '../../../functions/commons/config';
import { IngestMessage } from '../../../functions/commons/s3-event';
import { AliasEntry } from '../../../functions/domain/entities/alias-table';
import { Entity } from '../../../functions/domain/model/document';

// zod/mini loads no locale of its own: without domain/model/zod.ts's English one each of these says only "Invalid input"
describe('schema errors on zod/mini', () => {
  it('name the bad variable and the problem in a configuration error', () => {
    expect(() =>
      loadConfig({ TABLE_NAME: '', BUCKET_NAME: 'b', INGEST_PREFIX: 'in', LEASE_MS: '0' }),
    ).toThrow(
      'invalid configuration: TABLE_NAME: Too small: expected string to have >=1 characters; ' +
        'INGEST_PREFIX: Invalid string: must end with "/"; LEASE_MS: Too small: expected number to be >0',
    );
    expect(() => loadConfig({ BUCKET_NAME: 'b', MAX_LINE_CHARS: 'lots' })).toThrow(
      'TABLE_NAME: Invalid input: expected string, received undefined; MAX_LINE_CHARS: Invalid input: expected number, received NaN',
    );
  });

  it('name the field and the problem in a bad S3 event, document entity, alias entry and batch event', () => {
    const issues = (r: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
      r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues(IngestMessage.safeParse({ Records: [] }))).toEqual([
      'Records: Too small: expected array to have >=1 items',
    ]);
    const span = { start: 0, end: 1, text: 'A' };
    expect(
      issues(
        Entity.safeParse({ id: 'a b', name: 'A', type: 'ORG', aliases: [], mentions: [span], salience: 2 }),
      ),
    ).toEqual(['id: must contain only A-Z a-z 0-9 . _ ~ -', 'salience: Too big: expected number to be <=1']);
    expect(issues(AliasEntry.safeParse({ id: 'a', name: 'A', type: 'FIRM', aliases: [] }))).toEqual([
      'type: Invalid option: expected one of "PERSON"|"ORG"|"GPE"|"LOC"|"NORP"|"EVENT"|"MISC"',
    ]);
    expect(() => reconcileOptions({ mode: 'recent', recentHours: 1.5 }, 0)).toThrow(
      'invalid batch event: recentHours: Invalid input: expected int, received number',
    );
  });
});
