/**
 * Bumped whenever extraction output changes (code or models): the scheduled
 * batch re-processes every article indexed under an older version.
 */
export const EXTRACTOR_VERSION = '1.0.0';
