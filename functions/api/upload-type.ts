import * as z from 'zod';
import { charsetLabel } from '../domain/parse/charset';
import { type MediaType, paramValue, parseContentType } from '../domain/parse/content-type';
import { HttpError, invalid } from './http';

/** The media types POST /articles takes, and the extension a file sent as each is named with. */
export const UPLOAD_EXTENSIONS: Record<string, string> = {
  'text/plain': '.txt',
  'text/html': '.html',
  'text/markdown': '.md',
  'application/json': '.json',
  'application/x-ndjson': '.ndjson',
  'application/octet-stream': '',
  'application/gzip': '.gz',
};

const ContentTypeHeader = z
  .string()
  .optional()
  .transform((value, ctx): MediaType | undefined => {
    if (value === undefined || value.trim() === '') return undefined;
    const parsed = parseContentType(value);
    if (!parsed)
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is not a media type: send type/subtype, with "; charset=<label>" when the text is not UTF-8`,
      });
    return parsed ?? undefined;
  });

/** What curl's --data-binary sends unless told otherwise: the 415 says so, as a first POST often meets it. */
const CURL_DEFAULT = 'application/x-www-form-urlencoded';

export interface UploadType {
  mime: string;
  /** What the object is stored with: the media type, and the charset when one was declared, for ingest to read it by. */
  stored: string;
  /** The declared encoding (WHATWG name) when it is not UTF-8 or ASCII, which sniffing reads anyway. */
  encoding?: string;
}

/**
 * The posted file's Content-Type: 400 when it is no media type, 415 when
 * it names one the parser does not read or a charset no decoder knows
 * (ingest would fail the file UNKNOWN_CHARSET after the 202).
 */
export function uploadType(header: string | undefined): UploadType {
  const parsed = ContentTypeHeader.safeParse(header);
  if (!parsed.success) throw invalid('headers.content-type', parsed.error);
  const type = parsed.data;
  if (!type || !(type.mime in UPLOAD_EXTENSIONS))
    throw new HttpError(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      `Content-Type must be one of ${Object.keys(UPLOAD_EXTENSIONS).join(', ')}; got ${type ? type.mime : 'none'}${type?.mime === CURL_DEFAULT ? ' (curl --data-binary sends it unless given -H "content-type: …")' : ''}`,
    );
  const charset = type.params.charset?.toLowerCase();
  if (!charset) return { mime: type.mime, stored: type.mime };
  const declared = charsetLabel(charset);
  if (declared && 'unknown' in declared)
    throw new HttpError(
      415,
      'UNSUPPORTED_CHARSET',
      `charset "${charset}" is not an encoding this API knows: send a label of the WHATWG Encoding Standard (utf-8, shift_jis, koi8-r, iso-8859-2, gb18030...), or none to have the encoding detected`,
    );
  const stored = `${type.mime}; charset=${paramValue(charset)}`;
  return declared ? { mime: type.mime, stored, encoding: declared.encoding } : { mime: type.mime, stored };
}
