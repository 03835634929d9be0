import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  paginateListObjectsV2,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { ObjectStore, ObjectSummary, StoredObject } from '../domain/index/ports';
import { InputError } from '../domain/model/errors';

/** ObjectStore on one S3 bucket. */
export class S3ObjectStore implements ObjectStore {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  async get(key: string, maxBytes: number): Promise<StoredObject | null> {
    try {
      const out = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      const etag = (out.ETag ?? '').replaceAll('"', '');
      if ((out.ContentLength ?? 0) > maxBytes) {
        out.Body?.transformToWebStream().cancel();
        throw new InputError(
          'TOO_LARGE',
          `the file is ${out.ContentLength} bytes; the limit is ${maxBytes}`,
          etag,
        );
      }
      const bytes = (await out.Body?.transformToByteArray()) ?? new Uint8Array();
      return {
        key,
        bytes,
        etag,
        contentType: out.ContentType,
        lastModified: out.LastModified?.toISOString(),
      };
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  async head(key: string): Promise<Pick<StoredObject, 'etag' | 'contentType'> | null> {
    try {
      const out = await this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { etag: (out.ETag ?? '').replaceAll('"', ''), contentType: out.ContentType };
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  async put(key: string, body: Uint8Array | string, contentType: string): Promise<{ etag: string }> {
    const out = await this.s3.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType }),
    );
    return { etag: (out.ETag ?? '').replaceAll('"', '') };
  }

  async delete(key: string): Promise<void> {
    await this.s3.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async *list(prefix: string, startAfter?: string): AsyncIterable<ObjectSummary> {
    for await (const page of paginateListObjectsV2(
      { client: this.s3 },
      { Bucket: this.bucket, Prefix: prefix, StartAfter: startAfter },
    )) {
      for (const o of page.Contents ?? []) {
        if (!o.Key) continue;
        yield {
          key: o.Key,
          etag: (o.ETag ?? '').replaceAll('"', ''),
          size: o.Size ?? 0,
          lastModified: o.LastModified,
        };
      }
    }
  }
}

function isNotFound(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === 'NoSuchKey' || e.name === 'NotFound' || e.$metadata?.httpStatusCode === 404;
}
