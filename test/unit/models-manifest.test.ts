import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../../functions/domain/extract/version';
import { MODELS_DIR, modelDigests } from '../../functions/models/manifest-digest';

describe('model manifest', () => {
  it('matches the committed model files (run npm run models:manifest after training)', () => {
    const manifest = JSON.parse(readFileSync(join(MODELS_DIR, 'manifest.json'), 'utf8'));
    expect(manifest).toEqual(modelDigests());
  });

  it('is part of the extractor version', () => {
    expect(EXTRACTOR_VERSION).toMatch(/^\d+\+[0-9a-f]{8}$/);
  });
});
