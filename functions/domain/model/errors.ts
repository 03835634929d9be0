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

export const INPUT_ERROR_CODES = [
  'EMPTY',
  'TOO_LARGE',
  'BINARY',
  'MALFORMED_JSON',
  'MALFORMED_HTML',
  'NO_TEXT',
  'UNSUPPORTED_FORMAT',
  'DECOMPRESSION',
  'UNKNOWN_CHARSET',
  'CHARSET_MISMATCH',
] as const;

export type InputErrorCode = (typeof INPUT_ERROR_CODES)[number];

/** Whether a recorded failure is the input's own: trying the same bytes again gives the same. */
export function isInputFailure(code: string): boolean {
  return (INPUT_ERROR_CODES as readonly string[]).includes(code);
}
