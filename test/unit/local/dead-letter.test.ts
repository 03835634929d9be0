// A dead letter names the files its S3 event held: the message id alone sent the operator into the body.
import { describe, expect, it } from 'vitest';
import { encodeS3Key } from '../../../functions/commons/s3-event';
import { eventKeys } from '../../../local/dead-letter';

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
