// A dead letter names the files its S3 event held: the message id alone sent the operator into the body.
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeS3Key } from '../../../functions/commons/s3-event';
import { eventKeys, fileDeadLetters } from '../../../local/dead-letter';

const event = (...keys: string[]) =>
  JSON.stringify({
    Records: keys.map((key) => ({ eventName: 'ObjectCreated:Put', s3: { object: { key } } })),
  });

describe('eventKeys', () => {
  it('decodes the keys an S3 event names, as S3 encodes them', () => {
    const keys = ['incoming/news/ferry plan+1.txt', 'incoming/ünï/100%.txt'];
    expect(eventKeys(event(...keys.map(encodeS3Key)))).toEqual(keys);
  });

  it('names none for a test event, a body that is no JSON or a key that cannot be decoded', () => {
    expect(eventKeys(JSON.stringify({ Event: 's3:TestEvent' }))).toEqual([]);
    expect(eventKeys('{not json')).toEqual([]);
    expect(eventKeys(JSON.stringify({ Records: 'none' }))).toEqual([]);
    expect(eventKeys(event('incoming/%E0%A4%A.txt'))).toEqual([]);
  });
});

describe('fileDeadLetters', () => {
  it('reads the newest lines of dead-letters.jsonl as the DLQ, removing none', async () => {
    const home = mkdtempSync(join(tmpdir(), 'claimtrail-dead-'));
    try {
      const path = join(home, 'dead-letters.jsonl');
      const letters = fileDeadLetters(path);
      expect(await letters.peek(10)).toEqual([]);
      for (const id of ['m1', 'm2', 'm3'])
        appendFileSync(path, `${JSON.stringify({ id, keys: [], body: `b-${id}` })}\n`);
      appendFileSync(path, 'half a line\n');
      expect(await letters.peek(3)).toEqual([
        { id: 'line 4', body: 'half a line', handle: '4' },
        { id: 'm3', body: 'b-m3', handle: 'm3' },
        { id: 'm2', body: 'b-m2', handle: 'm2' },
      ]);
      await letters.release(await letters.peek(10));
      expect(await letters.peek(10)).toHaveLength(4);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
