import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressModel, decompressModel, MODEL_EXTENSION } from '../../functions/models/compression';
import { readModel } from '../../functions/models/index';
import { MODELS_DIR } from '../../functions/models/manifest-digest';

const bytes = Buffer.from(Array.from({ length: 50_000 }, (_, i) => (i * 7919) % 251));

describe('model compression', () => {
  it('round-trips, and gives the same file for the same model (retraining reproduces it)', () => {
    const a = compressModel(bytes);
    expect(a.length).toBeLessThan(bytes.length);
    expect(compressModel(Buffer.from(bytes)).equals(a)).toBe(true);
    expect(decompressModel(`m.bin${MODEL_EXTENSION}`, a).equals(bytes)).toBe(true);
  });

  it('still reads gzip artifacts and uncompressed ones by their names', () => {
    expect(decompressModel('old.bin.gz', gzipSync(bytes)).equals(bytes)).toBe(true);
    expect(decompressModel('m.bin', bytes)).toBe(bytes);
  });

  it('refuses a damaged artifact instead of loading garbage', () => {
    const damaged = compressModel(bytes).subarray(0, 100);
    expect(() => decompressModel(`m.bin${MODEL_EXTENSION}`, damaged)).toThrow();
  });

  it('every committed model is brotli and decodes', () => {
    const models = readdirSync(MODELS_DIR).filter((f) => /\.bin\.\w+$/.test(f));
    expect(models.length).toBe(3);
    for (const file of models) {
      expect(file.endsWith(MODEL_EXTENSION)).toBe(true);
      expect(readModel(file).length).toBeGreaterThan(100_000);
    }
  });
});
