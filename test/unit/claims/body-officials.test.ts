import { describe, expect, it } from 'vitest';
import { named, speakerOf } from './article-fixture';

/** The entity without its first mention, which is inside the name of a body. */
const laterOnly = (e: ReturnType<typeof named>) => ({ ...e, mentions: e.mentions.slice(1) });

/** The speaker of `source` in `text`, with the entities given. */
describe('resolveSpeaker: "<country> <modifier> officials" whose modifier names a body of the article', () => {
  const text =
    'The Ruritania Department of Transport opened the bridge in May. Ruritania transport officials said the span was safe, and Ruritania health officials said the water was clean.';
  const transport = named(text, 'org.ruritania-department-of-transport', 'ORG', [
    'Ruritania Department of Transport',
  ]);
  const entities = [transport, laterOnly(named(text, 'gpe.ruritania', 'GPE', ['Ruritania']))];

  it('goes to the body whose name has the modifier ("transport" of the Department of Transport)', () => {
    expect(speakerOf(text, 'Ruritania transport officials', entities)).toBe(
      'org.ruritania-department-of-transport',
    );
  });

  it('stays with the country when no body named has the modifier', () => {
    expect(speakerOf(text, 'Ruritania health officials', entities)).toBe('gpe.ruritania');
  });

  it('takes a people for the country too, and a spokesman or sources for officials', () => {
    const said =
      'The Foreign Ministry of Ruritania summoned the envoy. Ruritanian foreign ministry sources said talks would go on.';
    const people = [
      named(said, 'org.foreign-ministry', 'ORG', ['Foreign Ministry']),
      named(said, 'norp.ruritanian', 'NORP', ['Ruritanian']),
      named(said, 'gpe.ruritania', 'GPE', ['Ruritania']),
    ];
    expect(speakerOf(said, 'Ruritanian foreign ministry sources', people)).toBe('org.foreign-ministry');
  });

  it('leaves "government officials" with the country, and a body with no office word in its name alone', () => {
    const said =
      'The Ruritania Government Press Club and the Transport Workers Union met. Ruritania government officials said so, and Ruritania transport officials agreed.';
    const all = [
      named(said, 'org.press-club', 'ORG', ['Ruritania Government Press Club']),
      named(said, 'org.transport-workers-union', 'ORG', ['Transport Workers Union']),
      laterOnly(named(said, 'gpe.ruritania', 'GPE', ['Ruritania'])),
    ];
    expect(speakerOf(said, 'Ruritania government officials', all)).toBe('gpe.ruritania');
    expect(speakerOf(said, 'Ruritania transport officials', all)).toBe('gpe.ruritania');
  });
});
