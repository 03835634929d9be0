import { type ApiEvent, HttpError } from './http';
import { UPLOAD_EXTENSIONS, type UploadType } from './upload-type';

export interface ReceivedBody {
  bytes: Buffer;
  /** What the object is stored with. */
  contentType: string;
}

/**
 * The posted file's bytes. API Gateway's HTTP API hands a text/* (or JSON,
 * XML) body to Lambda as a UTF-8 string and anything else base64-encoded.
 * A string is the text whatever the client's charset was: either its bytes
 * were valid UTF-8 or the gateway decoded them, so it is stored as UTF-8.
 * Bytes that were neither became U+FFFD and are gone: with a non-UTF-8
 * charset declared that is an answer, not a file indexed as mojibake.
 */
export function receivedBody(event: ApiEvent, type: UploadType): ReceivedBody {
  if (event.isBase64Encoded)
    return { bytes: Buffer.from(event.body ?? '', 'base64'), contentType: type.stored };
  const text = event.body ?? '';
  if (!type.encoding) return { bytes: Buffer.from(text, 'utf8'), contentType: type.stored };
  if (text.includes('\uFFFD'))
    throw new HttpError(
      415,
      'BODY_NOT_KEPT',
      `the body reached the API as UTF-8 text, so its ${type.encoding} bytes were not kept: send it as application/octet-stream; charset=${type.encoding} with an x-filename such as story${UPLOAD_EXTENSIONS[type.mime] || '.txt'} (a binary body keeps its bytes), convert it to UTF-8, or put the file into the bucket with its Content-Type`,
    );
  return { bytes: Buffer.from(text, 'utf8'), contentType: `${type.mime}; charset=utf-8` };
}
