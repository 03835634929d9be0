import { S3Client } from '@aws-sdk/client-s3';

/** An S3 client for the local s3rver: path-style, its fixed key pair, checksums only where S3 requires them. */
export function s3rverClient(endpoint: string): S3Client {
  return new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
}
