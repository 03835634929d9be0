/**
 * `npm run models:manifest`: records the sha256 of every model artifact in
 * functions/models/manifest.json. The extractor version includes the
 * manifest's hash, so new models re-process every article; a test fails
 * when the manifest and the files disagree.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODELS_DIR, modelDigests } from '../functions/models/manifest-digest';

const manifest = modelDigests();
writeFileSync(join(MODELS_DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(JSON.stringify(manifest, null, 2));
