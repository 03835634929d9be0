import { describe, expect, it } from 'vitest';
import {
  retypePersonNamedFirms,
  splitSurnameFirms,
} from '../../../functions/domain/entities/person-named-firms';
import { entityAt, typesOf } from './helpers';

/** The type the rule gives "Jo Bloggs" (and a bare "Bloggs" where the text has one), typed a person. */
function type(text: string, roles: string[] = []): string | undefined {
  const mentions: [string, number][] = [['Jo Bloggs', 0]];
  if (/Bloggs(?!\w)/.test(text.replace(/Jo Bloggs/g, ''))) mentions.push(['Bloggs', 1]);
  const e = entityAt(text, 'person.jo-bloggs', 'PERSON', mentions, roles);
  return retypePersonNamedFirms(text, [e])[0]?.type;
}

describe('a firm named after a person', () => {
  it('is an organisation, through the linker', () => {
    const text = 'Jo Bloggs, which is due to report soon, has had poor sales.';
    expect(typesOf(text, [['Jo Bloggs', 'PER']])).toMatchObject({ 'Jo Bloggs': 'ORG' });
  });

  it('is an organisation where a firm noun or its shares name it', () => {
    expect(type('The pump was supplied by parts maker Jo Bloggs.')).toBe('ORG');
    expect(type('British car maker Jo Bloggs has gone head-to-head with Porsche.')).toBe('ORG');
    expect(type('Jo Bloggs shares rose 3%.')).toBe('ORG');
    expect(type('Shares in Jo Bloggs closed up 9%.')).toBe('ORG');
    expect(type("Jo Bloggs's chief executive stepped down.")).toBe('ORG');
    expect(type('Jo Bloggs, the US car company, reported higher profits.')).toBe('ORG');
  });

  it('leaves a person with an honorific, a role, "who" or "said he", or a "which" after a clause', () => {
    expect(type('Shares in Jo Bloggs closed up. Mr Bloggs was pleased.')).toBe('PERSON');
    expect(type('Shares in Jo Bloggs closed up.', ['chairman'])).toBe('PERSON');
    expect(type('Shares in Jo Bloggs closed up. Jo Bloggs, who owns them, is glad.')).toBe('PERSON');
    expect(type('Shares in Jo Bloggs closed up. Bloggs said he was glad.')).toBe('PERSON');
    expect(type('It is based on the novel by journalist Jo Bloggs, which looks at the blasts.')).toBe(
      'PERSON',
    );
    expect(type('Games maker Jo Bloggs has been made an OBE.')).toBe('PERSON');
    expect(type('Jo Bloggs shares the formula he used.')).toBe('PERSON');
    const song = "Elvis' Zed, which entered the chart at two, is a reissue.";
    expect(
      retypePersonNamedFirms(song, [entityAt(song, 'person.x', 'PERSON', [["Elvis' Zed", 0]])])[0]?.type,
    ).toBe('PERSON');
  });
});

describe("a person's bare surname the article calls a firm", () => {
  const text =
    'Bloggs, the US car company, reported profits. "We did well," said chairman Jo Bloggs. Bloggs declined to say more.';
  const person = () =>
    entityAt(
      text,
      'person.jo-bloggs',
      'PERSON',
      [
        ['Jo Bloggs', 0],
        ['Bloggs', 0],
        ['Bloggs', 2],
      ],
      ['chairman'],
    );
  const view = (t: string, e = person()) =>
    splitSurnameFirms(t, [e]).map((x) => [x.id, x.mentions.map((m) => m.start)]);

  it('is the firm, apart from the person', () => {
    const [full, first, last] = person().mentions;
    expect(view(text)).toEqual([
      ['org.bloggs', [first?.start, last?.start]],
      ['person.jo-bloggs', [full?.start]],
    ]);
  });

  it('stays the person with an honorific or "said he"', () => {
    for (const t of [`${text} Mr Bloggs left.`, `${text} Bloggs said he was glad.`]) {
      const e = entityAt(
        t,
        'person.jo-bloggs',
        'PERSON',
        [
          ['Jo Bloggs', 0],
          ['Bloggs', 0],
        ],
        ['chairman'],
      );
      expect(splitSurnameFirms(t, [e])).toEqual([e]);
    }
  });
});
