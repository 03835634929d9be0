/**
 * A query string's percent-escapes must spell UTF-8 text. Decoded leniently
 * (as URLSearchParams does locally), `q=%E0%A4` became a replacement
 * character and `q=100%` a bare "%", each searched for and answered 200 with
 * an empty list, as if nothing matched; refused here, naming the parameter.
 * Read from rawQueryString, which the local bridge and API Gateway pass
 * undecoded. The message naming the first such parameter, or null.
 */
export function malformedEscape(rawQueryString: string | undefined): string | null {
  if (!rawQueryString?.includes('%')) return null;
  for (const piece of rawQueryString.split('&')) {
    const bad = badEscape(piece);
    if (bad === null) continue;
    const eq = piece.indexOf('=');
    const name = eq < 0 ? piece : piece.slice(0, eq);
    return `query.${lenient(name)}: ${bad} is no percent-encoded UTF-8 text: percent-encode the value's UTF-8 bytes, as encodeURIComponent or curl --data-urlencode does (é is %C3%A9, a % itself %25)`;
  }
  return null;
}

/** The first run of escapes in `piece` that does not decode (or a "%" not followed by two hex digits), null when all do. */
function badEscape(piece: string): string | null {
  for (const [run] of piece.matchAll(/(?:%[0-9A-Fa-f]{2})+|%.{0,2}/g)) {
    try {
      decodeURIComponent(run);
    } catch {
      return `"${run}"`;
    }
  }
  return null;
}

function lenient(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}
