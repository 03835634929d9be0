/**
 * Stands in for cssomnom's parser in the Lambda bundles (see BUNDLE_SETTINGS.alias).
 * linkedom parses a <style> element's CSS only when its `sheet` is read, which
 * nothing here does; the parser is 194 KB of the ingest bundle's 3 MB budget.
 */
export function parse(): never {
  throw new Error(
    'CSS style sheets are not parsed in the Lambda bundles (claimtrail reads no element.sheet)',
  );
}
