import { describe, expect, it } from 'vitest';
import { FeatureExtractor } from '../../functions/domain/ner/features';

describe('feature extraction', () => {
  const fx = new FeatureExtractor({ hashBits: 16, clusters: null, gazetteer: null });

  it('gives every token a non-empty, bounded, deterministic feature set', () => {
    const doc = [
      ['Pentagon', 'Press', 'Secretary', 'General', 'Patrick', 'Ryder', 'said', '.'],
      ['Ryder', 'spoke', 'in', 'Baghdad', '.'],
    ];
    const a = fx.document(doc);
    const b = fx.document(doc);
    expect(a).toHaveLength(2);
    const first = a[0];
    if (!first) throw new Error('no features');
    expect(first.offsets).toHaveLength(9);
    for (let i = 0; i < 8; i++) {
      expect((first.offsets[i + 1] as number) - (first.offsets[i] as number)).toBeGreaterThan(10);
    }
    for (const f of first.feats) expect(f).toBeLessThan(1 << 16);
    expect(Array.from(a[1]?.feats ?? [])).toEqual(Array.from(b[1]?.feats ?? []));
  });
});
