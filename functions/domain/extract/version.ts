import { createHash } from 'node:crypto';
import manifest from '../../models/manifest.json' with { type: 'json' };

/** Bumped when extraction code changes its output. */
const CODE_VERSION = '52';

/**
 * The extractor version stored with every article: code version plus a hash
 * of the model manifest, so new code or new models make the scheduled batch
 * re-process every article. Functions without models know it too.
 */
export const EXTRACTOR_VERSION = `${CODE_VERSION}+${createHash('sha256').update(JSON.stringify(manifest)).digest('hex').slice(0, 8)}`;

/** The version the running extractor writes: the rules of extraction v1 mark theirs. */
export function currentExtractorVersion(): string {
  return process.env.CLAIMTRAIL_EXTRACTOR === 'rules' ? `${EXTRACTOR_VERSION}-rules` : EXTRACTOR_VERSION;
}
