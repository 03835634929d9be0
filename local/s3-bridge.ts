import { encodeS3Key } from '../functions/commons/s3-event';

interface S3rverRecord {
  eventName: string;
  requestParameters: { sourceIPAddress: string };
  s3: { object: { key: string } };
}

/**
 * s3rver's event records as S3 would put them on the queue: keys
 * form-encoded, only the ingest prefix, created and removed events only.
 */
export function bridgeS3Events(
  s3rver: { on(event: 'event', listener: (e: { Records: S3rverRecord[] }) => void): unknown },
  ingestPrefix: string,
  send: (body: string) => void,
): void {
  s3rver.on('event', (event) => {
    for (const record of event.Records) {
      const key = record.s3.object.key;
      if (!key.startsWith(ingestPrefix) || !/^Object(Created|Removed):/.test(record.eventName)) continue;
      const encoded = {
        ...record,
        requestParameters: { sourceIPAddress: '127.0.0.1' },
        s3: { ...record.s3, object: { ...record.s3.object, key: encodeS3Key(key) } },
      };
      send(JSON.stringify({ Records: [encoded] }));
    }
  });
}
