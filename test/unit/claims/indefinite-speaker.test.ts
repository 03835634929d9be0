import { describe, expect, it } from 'vitest';
import { resolveSpeaker } from '../../../functions/domain/claims/speaker';
import { named, spanOf } from './article-fixture';

const text =
  'Judge Ann Cole of Kelby Mining heard the case in Oslo, and activist Rob Dee spoke. Later a judge said the rules were unclear, one activist said the fine was small and an official said little. The judge said she would rule soon. A spokesman for the firm said it would appeal.';
const cole = named(text, 'person.ann-cole', 'PERSON', ['Ann Cole'], ['Judge']);
const dee = named(text, 'person.rob-dee', 'PERSON', ['Rob Dee'], ['activist']);
const kelby = named(text, 'org.kelby-mining', 'ORG', ['Kelby Mining']);
const oslo = named(text, 'gpe.oslo', 'GPE', ['Oslo']);
const entities = [cole, dee, kelby, oslo];

describe('resolveSpeaker: an indefinite source introduces someone new', () => {
  it('links "a judge", "one activist", "an official" to no one named before', () => {
    expect(resolveSpeaker(spanOf(text, 'a judge'), entities, [])).toBeNull();
    expect(resolveSpeaker(spanOf(text, 'one activist'), entities, [])).toBeNull();
    expect(resolveSpeaker(spanOf(text, 'an official'), entities, [])).toBeNull();
  });

  it('still links a definite one to the holder named before', () => {
    expect(resolveSpeaker(spanOf(text, 'The judge'), entities, [])).toBe('person.ann-cole');
  });

  it('links an indefinite one to the definite group it speaks for', () => {
    expect(resolveSpeaker(spanOf(text, 'A spokesman for the firm'), entities, [])).toBe('org.kelby-mining');
  });
});

describe('resolveSpeaker: a name inside the source speaks', () => {
  const long =
    'Tom Eng met Mona Reid. Later a statement issued on behalf of Tom Eng, the trade envoy, said talks were over. A Nordvik Air spokesman in Oslo said nothing. Lin Hughes, speaking on behalf of Mr Eng, declined to comment. Talks with Tom Eng are over, said Mona Reid.';
  const reid = named(long, 'person.mona-reid', 'PERSON', ['Mona Reid']);
  const eng = named(long, 'person.tom-eng', 'PERSON', ['Tom Eng', 'Eng']);
  const hughes = named(long, 'person.lin-hughes', 'PERSON', ['Lin Hughes']);
  const nordvik = named(long, 'org.nordvik-air', 'ORG', ['Nordvik Air']);
  const oslo = named(long, 'gpe.oslo', 'GPE', ['Oslo']);
  const all = [reid, eng, hughes, nordvik, oslo];

  it('takes the one a statement is issued on behalf of', () => {
    const source = spanOf(long, 'a statement issued on behalf of Tom Eng, the trade envoy');
    expect(resolveSpeaker(source, all, [])).toBe('person.tom-eng');
  });

  it('takes the one named before "on behalf of" over the one after', () => {
    expect(resolveSpeaker(spanOf(long, 'Lin Hughes, speaking on behalf of Mr Eng'), all, [])).toBe(
      'person.lin-hughes',
    );
  });

  it('takes the organisation a spokesman is of, not the place he is in', () => {
    expect(resolveSpeaker(spanOf(long, 'A Nordvik Air spokesman in Oslo'), all, [])).toBe('org.nordvik-air');
  });

  it('reads no name in a subject relative clause the tagger took for a source', () => {
    const text = 'Coldwater Bank, which has a fifth of the UK market, said demand was strong.';
    const uk = named(text, 'gpe.uk', 'GPE', ['UK']);
    expect(resolveSpeaker(spanOf(text, 'which has a fifth of the UK market'), [uk], [])).toBeNull();
  });
});
