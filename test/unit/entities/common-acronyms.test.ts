import { describe, expect, it } from 'vitest';
import { linkEntities } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import { entitiesOf, tagLongestFirst } from './helpers';

describe("technology's common nouns in capitals", () => {
  const text =
    'Sales of DVDs and PCs rose, and HD TV sets sold well. Digital Audio Broadcasting (DAB) radios did too, Sony said.';
  const tagged: Parameters<typeof entitiesOf>[1] = [
    ['DVDs', 'MISC'],
    ['PCs', 'ORG'],
    ['HD', 'ORG'],
    ['TV', 'ORG'],
    ['Digital Audio Broadcasting', 'ORG'],
    ['DAB', 'ORG'],
    ['Sony', 'ORG'],
  ];

  it('name no entity in the document view; a long form keeps its acronym', () => {
    expect(entitiesOf(text, tagged).map((e) => [e.id, e.mentions.map((m) => m.text)])).toEqual([
      ['org.digital-audio-broadcasting', ['Digital Audio Broadcasting', 'DAB']],
      ['org.sony', ['Sony']],
    ]);
  });

  it('stay in the attribution view', () => {
    const ids = linkEntities(annotate(text), tagLongestFirst(text, tagged), undefined, {
      document: false,
    }).map((e) => e.id);
    expect(ids).toContain('org.pcs');
  });
});
