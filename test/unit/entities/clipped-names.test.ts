import { describe, expect, it } from 'vitest';
import { joinClippedNames } from '../../../functions/domain/entities/clipped-names';
import type { Entity } from '../../../functions/domain/model/document';
import { entityAt, idsAndMentions as linked } from './helpers';

const view = (entities: Entity[]) => entities.map((e) => [e.id, e.mentions.map((m) => m.text), e.aliases]);

describe('a name the tagger cut after its first word', () => {
  it('joins the whole name the article writes run together, through the linker', () => {
    const text = 'TimeWarner shares rose. Time Warner said on Friday it owned 8% of Google.';
    expect(
      linked(text, [
        ['TimeWarner', 'ORG'],
        ['Warner', 'PER'],
        ['Google', 'ORG'],
      ]),
    ).toEqual([
      ['org.timewarner', ['TimeWarner', 'Time Warner']],
      ['org.google', ['Google']],
    ]);
  });

  it('joins the whole name the article writes spaced, leaving the short name its own mentions', () => {
    const text = 'Air China flies to Beijing. China said Air China would grow.';
    const entities = [
      entityAt(text, 'org.air-china', 'ORG', [['Air China', 0]]),
      entityAt(text, 'gpe.china', 'GPE', [
        ['China', 1],
        ['China', 2],
      ]),
    ];
    expect(view(joinClippedNames(text, entities))).toEqual([
      ['org.air-china', ['Air China', 'Air China'], []],
      ['gpe.china', ['China'], []],
    ]);
  });

  it('keeps the whole surface as an alias', () => {
    const text = 'TimeWarner rose. Time Warner said so.';
    const entities = [
      entityAt(text, 'org.timewarner', 'ORG', [['TimeWarner', 0]]),
      entityAt(text, 'person.warner', 'PERSON', [['Warner', 1]]),
    ];
    expect(view(joinClippedNames(text, entities))).toEqual([
      ['org.timewarner', ['TimeWarner', 'Time Warner'], ['Time Warner']],
    ]);
  });

  it('moves salience with the mention', () => {
    const text = 'Air China flies. Air China grows.';
    const entities = [
      entityAt(text, 'org.air-china', 'ORG', [['Air China', 0]]),
      entityAt(text, 'gpe.china', 'GPE', [['China', 1]]),
    ];
    const [joined, ...rest] = joinClippedNames(text, entities);
    expect(rest).toEqual([]);
    expect(joined?.salience).toBe(1);
  });

  it.each([
    ['an article', 'The Guardian said so. The Guardian', 'Guardian', 'The Guardian'],
    ['a rank', 'Prof Reddy said so. Prof Reddy', 'Reddy', 'Prof Reddy'],
    ['a role', 'Chancellor Brown said so. Chancellor Brown', 'Brown', 'Chancellor Brown'],
  ])('leaves a name after %s', (_, text, short, whole) => {
    const entities = [
      entityAt(text, 'x.short', 'PERSON', [[short, 0]]),
      entityAt(text, 'x.whole', 'ORG', [[whole, 1]]),
    ];
    expect(joinClippedNames(text, entities)).toBe(entities);
  });

  it('joins two mentions the tagger made of one name the article writes whole', () => {
    const text = 'Scottish Football Association rules. The Scottish Football Association said so.';
    const entities = [
      entityAt(text, 'norp.scottish', 'NORP', [['Scottish', 0]]),
      entityAt(text, 'org.football-association', 'ORG', [['Football Association', 0]]),
      entityAt(text, 'org.scottish-football-association', 'ORG', [['Scottish Football Association', 1]]),
    ];
    expect(view(joinClippedNames(text, entities))).toEqual([
      [
        'org.scottish-football-association',
        ['Scottish Football Association', 'Scottish Football Association'],
        [],
      ],
    ]);
  });

  it("leaves a word inside another mention's name", () => {
    const text = 'Royal Scottish Football Association rules. The Scottish Football Association said so.';
    const entities = [
      entityAt(text, 'org.royal-scottish', 'ORG', [['Royal Scottish', 0]]),
      entityAt(text, 'org.football-association', 'ORG', [['Football Association', 0]]),
      entityAt(text, 'org.scottish-football-association', 'ORG', [['Scottish Football Association', 1]]),
    ];
    expect(joinClippedNames(text, entities)).toBe(entities);
  });

  it('leaves a name the article never writes whole', () => {
    const text = 'Time Warner said so. Warner agreed.';
    const entities = [
      entityAt(text, 'person.warner', 'PERSON', [
        ['Warner', 0],
        ['Warner', 1],
      ]),
    ];
    expect(joinClippedNames(text, entities)).toBe(entities);
  });
});
