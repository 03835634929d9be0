/** A Content-Type's media type and parameters, all lower-cased but quoted values. */
export interface MediaType {
  mime: string;
  params: Record<string, string>;
}

// RFC 9110 5.6.2 token, 5.6.4 quoted-string
const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const WHOLE_TOKEN = new RegExp(`^${TOKEN}$`);
const MEDIA = new RegExp(`^\\s*(${TOKEN}/${TOKEN})`);
/**
 * One `; name=value` (or an empty `;`, which RFC 9110 allows), from where the
 * last one ended; blanks around the `=`, which some clients write, are let pass.
 */
const PARAM = new RegExp(`\\s*;\\s*(?:(${TOKEN})\\s*=\\s*(?:(${TOKEN})|"((?:[^"\\\\]|\\\\.)*)"))?`, 'y');

/** `type/subtype` and its parameters, as RFC 9110 writes them; null for anything else. */
export function parseContentType(value: string): MediaType | null {
  const media = MEDIA.exec(value);
  if (!media?.[1]) return null;
  const params: Record<string, string> = {};
  PARAM.lastIndex = media[0].length;
  for (let at = PARAM.lastIndex; at < value.trimEnd().length; at = PARAM.lastIndex) {
    const param = PARAM.exec(value);
    if (!param || PARAM.lastIndex === at) return null;
    const [, name, token, quoted] = param;
    if (name) params[name.toLowerCase()] = token?.toLowerCase() ?? quoted?.replace(/\\(.)/g, '$1') ?? '';
  }
  return { mime: media[1].toLowerCase(), params };
}

/** A parameter value as a Content-Type writes it: bare when it is a token, else quoted. */
export function paramValue(value: string): string {
  return WHOLE_TOKEN.test(value) ? value : `"${value.replace(/["\\]/g, '\\$&')}"`;
}
