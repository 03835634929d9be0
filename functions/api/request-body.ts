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
 * Bytes that were neither became U+FFFD and are gone: that is an answer
 * (415), not a file indexed with them replaced.
 */
export function receivedBody(event: ApiEvent, type: UploadType): ReceivedBody {
  if (event.isBase64Encoded)
    return { bytes: Buffer.from(event.body ?? '', 'base64'), contentType: type.stored };
  const text = event.body ?? '';
  // with no charset, or UTF-8's, U+FFFD is most likely a byte that was not UTF-8 (a Windows-1252 "£"), which
  // ingest would have read right from the bytes; one the file really held is refused too, and the 415 says how to send it
  if (text.includes('\uFFFD')) throw notKept(type);
  if (!type.encoding) return { bytes: Buffer.from(text, 'utf8'), contentType: type.stored };
  return { bytes: Buffer.from(text, 'utf8'), contentType: `${type.mime}; charset=utf-8` };
}

function notKept(type: UploadType): HttpError {
  const name = `story${UPLOAD_EXTENSIONS[type.mime] || '.txt'}`;
  const [bytes, binary] = type.encoding
    ? [`its ${type.encoding} bytes were not kept`, `application/octet-stream; charset=${type.encoding}`]
    : ['bytes in it that were not UTF-8 were replaced by U+FFFD', 'application/octet-stream'];
  return new HttpError(
    415,
    'BODY_NOT_KEPT',
    `the body reached the API as UTF-8 text, so ${bytes}: send it as ${binary} with an x-filename such as ${name} (a binary body keeps its bytes${type.encoding ? '' : ', and their encoding is detected'}), convert it to UTF-8, or put the file into the bucket${type.encoding ? ' with its Content-Type' : ''}`,
  );
}
