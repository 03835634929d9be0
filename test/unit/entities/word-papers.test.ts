import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

const papersOf = (text: string, spans: Parameters<typeof entitiesOf>[1] = []) =>
  entitiesOf(text, spans)
    .filter((e) => e.id === 'org.independent' || e.id === 'org.hill')
    .map((e) => [e.id, e.type, e.mentions.map((m) => m.start)]);

describe('newspapers named by a common word', () => {
  it('reads "the Independent" as the paper where the words around say so', () => {
    const text =
      'The leader told the Independent he was sure. According to the Independent, talks failed. Both The Independent and The Times grew.';
    const at = [...text.matchAll(/Independent/g)].map((m) => m.index);
    expect(papersOf(text)).toEqual([['org.independent', 'ORG', at]]);
  });

  it('takes "The Hill" from the person the tagger made of it', () => {
    const text =
      'Her lawyer told The Hill in a statement that she would appeal. Ms Hill did not respond to The Hill.';
    const entities = entitiesOf(text, [['Hill', 'PER']]);
    const texts = (id: string) =>
      entities.find((e) => e.id === id)?.mentions.map((m) => text.slice(m.start - 4, m.end));
    expect(texts('org.hill')).toEqual(['The Hill', 'The Hill']);
    expect(texts('person.hill')).toEqual([' Ms Hill']);
  });

  it('leaves other independents and hills alone', () => {
    expect(papersOf('She won at the Independent Spirit Awards.')).toEqual([]);
    expect(papersOf('A poll for the Independent on Sunday found support fell.')).toEqual([]);
    expect(
      papersOf('Independent musicians sold music online. He said the Independent candidate won.'),
    ).toEqual([]);
    expect(papersOf('Senators on the Hill were wary. The Hill was steep.')).toEqual([]);
  });
});
