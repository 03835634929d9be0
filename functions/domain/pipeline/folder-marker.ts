/**
 * A key ending in "/" is a folder marker (what the S3 console's "Create
 * folder" writes, zero bytes), not a file: it holds no article, so it is
 * neither indexed nor recorded as a failure.
 */
export function isFolderMarker(key: string): boolean {
  return key.endsWith('/');
}

export const FOLDER_MARKER_REASON = 'a folder marker (key ending in "/") is not an article';
