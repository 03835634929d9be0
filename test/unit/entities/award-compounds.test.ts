import { describe, expect, it } from 'vitest';
import { linkEntities, linkForExtraction } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import { idsAndMentions, tagLongestFirst } from './helpers';

describe('a prize the tagger took with the word its hyphen joins', () => {
  it('is the prize alone: "Grand Slam-winning", "World Cup-winning", "Bafta-winning"', () => {
    const text =
      'He was one of the Grand Slam-winning side. The World Cup-winning fly-half starred in a Bafta-winning drama.';
    const ids = idsAndMentions(text, [
      ['Grand Slam-winning', 'MISC'],
      ['World Cup-winning', 'MISC'],
      ['Bafta-winning', 'MISC'],
    ]).map(([id]) => id);
    expect(ids).toEqual(['misc.grand-slam', 'event.world-cup', 'misc.bafta']);
  });

  it('takes "Oscar-nominated" for the Oscars, tagged or not, in the document view only', () => {
    const text = 'The Oscar-nominated actress met an Oscar-winning director.';
    const tagged = tagLongestFirst(text, [['Oscar-nominated', 'MISC']]);
    expect(linkEntities(annotate(text), tagged).map((e) => [e.id, e.mentions.map((m) => m.text)])).toEqual([
      ['event.oscars', ['Oscar', 'Oscar']],
    ]);
    const { entities, forAttribution } = linkForExtraction(annotate(text), tagged);
    expect(entities.map((e) => e.id)).toEqual(['event.oscars']);
    expect(forAttribution.map((e) => e.id)).toEqual(['misc.oscar-nominated']);
  });

  it('takes no prize from a compound with a title after it: the title is cut out whole (./based-names)', () => {
    const text = 'The Oscar-winning Pulp Fiction director spoke.';
    expect(idsAndMentions(text, [['Oscar-winning Pulp Fiction', 'MISC']])).toEqual([
      ['misc.pulp-fiction', ['Pulp Fiction']],
    ]);
  });
});
