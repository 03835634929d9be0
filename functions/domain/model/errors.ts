/**
 * An input the pipeline cannot turn into an article. Retrying will not help,
 * so the object is marked failed with this code and message at once.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly code: InputErrorCode,
    message: string,
    /** The ETag of the object it is about, when the store read it: the failure is recorded for that version. */
    readonly etag?: string,
  ) {
    super(message);
  }
}

export type InputErrorCode =
  | 'EMPTY'
  | 'TOO_LARGE'
  | 'BINARY'
  | 'MALFORMED_JSON'
  | 'MALFORMED_HTML'
  | 'NO_TEXT'
  | 'UNSUPPORTED_FORMAT'
  | 'DECOMPRESSION';
