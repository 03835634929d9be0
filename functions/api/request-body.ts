import type { ApiEvent } from './http';
import { HttpError } from './http';

/**
 * The posted file's bytes. API Gateway's HTTP API hands a text/* (or JSON,
 * XML) body to Lambda as a UTF-8 string and anything else base64-encoded.
 * A text body is re-encoded exactly when the client's bytes were valid
 * UTF-8; when they were not, each bad sequence became U+FFFD and the bytes
 * are gone. With a non-UTF-8 charset declared that is an answer, not a file
 * ingest would fail CHARSET_MISMATCH after the 202.
 */
export function requestBytes(event: ApiEvent, type: { mime: string; encoding?: string }): Buffer {
  if (event.isBase64Encoded) return Buffer.from(event.body ?? '', 'base64');
  const text = event.body ?? '';
  if (type.encoding && text.includes('\uFFFD'))
    throw new HttpError(
      415,
      'BODY_NOT_KEPT',
      `the body reached the API as UTF-8 text, so its ${type.encoding} bytes were not kept: send it as application/octet-stream; charset=${type.encoding} with an x-filename such as story${type.mime === 'text/html' ? '.html' : '.txt'} (a binary body keeps its bytes), convert it to UTF-8, or put the file into the bucket with its Content-Type`,
    );
  return Buffer.from(text, 'utf8');
}
