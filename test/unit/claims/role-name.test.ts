import { describe, expect, it } from 'vitest';
import { namesOnlyARole } from '../../../functions/domain/claims/role-name';
import { named, speakerOf } from './article-fixture';
import { entity } from './entity-fixture';

describe('namesOnlyARole', () => {
  it('tells an entity made of a role alone from a name', () => {
    for (const name of ['Bishop', 'DJ', 'MP', 'Lord Chancellor'])
      expect(namesOnlyARole({ ...entity('x', 'ORG', [[0, 1]]), name }), name).toBe(true);
    for (const name of ['Hollywood Reporter', 'Executive', 'Bishop of Durham'])
      expect(namesOnlyARole({ ...entity('x', 'ORG', [[0, 1]]), name }), name).toBe(false);
  });
});

describe('resolveSpeaker with a role the tagger made an entity of', () => {
  it('links the person set beside its full title, not the salient one', () => {
    const text =
      'The Bishop of Durham, the Rt Rev Dr Tom Wright, described the novel as lousy history. Dan Brown wrote it. Despite that, the Bishop said there was no evidence.';
    const title = named(text, 'org.bishop-of-durham', 'ORG', ['Bishop of Durham']);
    const bishop = named(text, 'org.bishop', 'ORG', ['Bishop']);
    bishop.mentions = bishop.mentions.slice(1);
    const wright = named(text, 'person.tom-wright', 'PERSON', ['Tom Wright'], ['Rt Rev Dr']);
    const brown = named(text, 'person.dan-brown', 'PERSON', ['Dan Brown']);
    expect(speakerOf(text, 'the Bishop', [title, bishop, wright, brown])).toBe('person.tom-wright');
  });

  it('links the person given the role, or named next when no one is named before', () => {
    const text = 'Norman Cook played Rio. The DJ admitted it was hard.';
    const dj = named(text, 'org.dj', 'ORG', ['DJ']);
    const cook = named(text, 'person.norman-cook', 'PERSON', ['Norman Cook'], ['DJ']);
    expect(speakerOf(text, 'The DJ', [dj, cook])).toBe('person.norman-cook');
    const text2 = 'The Lord Chancellor has defended the plans. Lord Falconer said they were needed.';
    const office = named(text2, 'gpe.lord-chancellor', 'GPE', ['Lord Chancellor']);
    const falconer = named(text2, 'person.falconer', 'PERSON', ['Falconer'], ['Lord']);
    expect(speakerOf(text2, 'The Lord Chancellor', [office, falconer])).toBe('person.falconer');
  });

  it('links no one when no person is tied to the role', () => {
    const text = 'Archbishop Rowan Williams spoke. On Friday, the Cardinal will ask for peace.';
    const cardinal = named(text, 'org.cardinal', 'ORG', ['Cardinal']);
    const williams = named(text, 'person.rowan-williams', 'PERSON', ['Rowan Williams'], ['Archbishop']);
    expect(speakerOf(text, 'the Cardinal', [cardinal, williams])).toBeNull();
  });
});
