// A dead letter names the files its S3 event held: the message id alone sent the operator into the body.
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeS3Key } from '../../../functions/commons/s3-event';
import { deadLetterWriter, eventKeys, fileDeadLetters } from '../../../local/dead-letter';

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

describe('deadLetterWriter', () => {
  it('appends each failed message as a line the dead-letter pass reads back, and logs its files and reason', async () => {
    const home = mkdtempSync(join(tmpdir(), 'claimtrail-dead-'));
    try {
      const path = join(home, 'dead-letters.jsonl');
      const logged: string[] = [];
      const write = deadLetterWriter(path, (line) => logged.push(line));
      const body = event(encodeS3Key('incoming/a b.txt'));
      write({ id: 'm1', body, receiveCount: 3, error: 'TIMEOUT' });
      write({ id: 'm2', body: 'not json', receiveCount: 3, error: null });
      const lines = readFileSync(path, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines.map(({ at: _, ...rest }) => rest)).toEqual([
        { receiveCount: 3, error: 'TIMEOUT', keys: ['incoming/a b.txt'], id: 'm1', body },
        { receiveCount: 3, error: null, keys: [], id: 'm2', body: 'not json' },
      ]);
      expect(await fileDeadLetters(path).peek(10)).toEqual([
        { id: 'm2', body: 'not json', handle: 'm2' },
        { id: 'm1', body, handle: 'm1' },
      ]);
      expect(logged).toEqual([
        `message m1 (incoming/a b.txt) moved to ${path} after 3 receives: TIMEOUT`,
        `message m2 (no object key) moved to ${path} after 3 receives: no reason given`,
      ]);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
