import { describe, expect, it } from 'vitest';
import { batchDepsFromEnv } from '../../../functions/batch/deps';
import { loadConfig } from '../../../functions/commons/config';
import { decodeS3Key, IngestMessage } from '../../../functions/commons/s3-event';

describe('the orphan sweep message', () => {
  const config = loadConfig({ TABLE_NAME: 't', BUCKET_NAME: 'b', QUEUE_URL: 'https://sqs.example/q' });
  const deps = batchDepsFromEnv(config);

  it('is an ObjectRemoved record ingest reads, for the key, with no etag to skip it as indexed', () => {
    const message = IngestMessage.parse(JSON.parse(deps.goneMessage('incoming/a b+c/ü.txt')));
    if (!('Records' in message)) throw new Error('not an event');
    const [record] = message.Records;
    expect(message.Records).toHaveLength(1);
    expect(record?.eventName).toBe('ObjectRemoved:Delete');
    expect(record?.s3.bucket.name).toBe('b');
    expect(decodeS3Key(record?.s3.object.key ?? '')).toBe('incoming/a b+c/ü.txt');
    expect(record?.s3.object).not.toHaveProperty('eTag');
  });
});
