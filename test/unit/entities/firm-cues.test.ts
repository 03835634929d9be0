import { describe, expect, it } from 'vitest';
import { retypeCalledFirms } from '../../../functions/domain/entities/firm-cues';
import type { Entity } from '../../../functions/domain/model/document';
import { entityAt, idsAndMentions as linked, typesOf } from './helpers';

const view = (entities: Entity[]) => entities.map((e) => [e.id, e.type]);
const one = (text: string, name: string) =>
  view(retypeCalledFirms(text, [entityAt(text, `person.${name.toLowerCase()}`, 'PERSON', [[name, 0]])]));
/** Whether the rule leaves a person of that name as it was. */
function unchanged(text: string, name: string): boolean {
  const entities = [entityAt(text, 'person.x', 'PERSON', [[name, 0]])];
  return retypeCalledFirms(text, entities) === entities;
}

describe('a one-word name the article calls a firm', () => {
  it('is an organisation, through the linker', () => {
    const text = 'Developer Acmesoft has released a game. Acmesoft hopes to sell a million.';
    expect(linked(text, [['Acmesoft', 'PER']])).toEqual([['org.acmesoft', ['Acmesoft', 'Acmesoft']]]);
  });

  it('is an organisation after a firm noun the tagger cue lacks', () => {
    expect(one('Bookmakers Zed says the odds are long.', 'Zed')).toEqual([['org.zed', 'ORG']]);
    expect(one('That is according to phone line regulator Zed.', 'Zed')).toEqual([['org.zed', 'ORG']]);
    expect(one('Teens spend more, said market analyst Zed.', 'Zed')).toEqual([['org.zed', 'ORG']]);
    expect(one('The site was built by browser maker Zed.', 'Zed')).toEqual([['org.zed', 'ORG']]);
    expect(one('It hired a company called Zed to help.', 'Zed')).toEqual([['org.zed', 'ORG']]);
    expect(one('State-owned Zed now owns the unit.', 'Zed')).toEqual([['org.zed', 'ORG']]);
  });

  it('is an organisation after a hyphened maker, not a film-maker', () => {
    expect(one('Shops and the caravan-maker Zed said sales fell.', 'Zed')).toEqual([['org.zed', 'ORG']]);
    expect(unchanged('It starred the cult film-maker Zed in 1994.', 'Zed')).toBe(true);
    expect(unchanged('A row with documentary-maker Zed began.', 'Zed')).toBe(true);
  });

  it('is an organisation by any occurrence, not only a mention', () => {
    const text = 'Zed is busy. Rival publishers Zed and Ayco agreed.';
    expect(one(text, 'Zed')).toEqual([['org.zed', 'ORG']]);
  });

  it('is an organisation in a list headed by firms', () => {
    const text = 'It has support from technology firms like Ayco, LG, Zed and Bee amongst others.';
    expect(one(text, 'Zed')).toEqual([['org.zed', 'ORG']]);
    expect(one('A market dominated by manufacturers like Zed is hard.', 'Zed')).toEqual([['org.zed', 'ORG']]);
    expect(one('Prints cost more at High Street names such as Ayco, Zed and Bee.', 'Zed')).toEqual([
      ['org.zed', 'ORG'],
    ]);
  });

  it('is an organisation after "the company,", when it said it plans, or before its officer', () => {
    expect(one('The company, Zed, is to alter its pills.', 'Zed')).toEqual([['org.zed', 'ORG']]);
    expect(one("The world's largest retailer, Zed, has agreed to pay.", 'Zed')).toEqual([['org.zed', 'ORG']]);
    expect(one('The mill, Zed, is one of the most profitable.', 'Zed')).toEqual([['org.zed', 'ORG']]);
    expect(one('But Zed has said it plans to stick with the show.', 'Zed')).toEqual([['org.zed', 'ORG']]);
    expect(one('Zed said that it intends to buy the firm.', 'Zed')).toEqual([['org.zed', 'ORG']]);
    expect(one('"Eat well," said Jo Bloggs, Zed senior vice president.', 'Zed')).toEqual([
      ['org.zed', 'ORG'],
    ]);
  });

  it('leaves a person with a title, a given name or "he", and a given name alone', () => {
    expect(unchanged('Market analyst Zed spoke. Mr Zed said so.', 'Zed')).toBe(true);
    expect(unchanged('Market analyst Zed spoke. Analyst Jo Zed agreed.', 'Zed')).toBe(true);
    expect(unchanged('Market analyst Zed spoke. Zed said he agreed.', 'Zed')).toBe(true);
    expect(unchanged('Emily said it would be quite a step. Emily has said it plans nothing.', 'Emily')).toBe(
      true,
    );
  });

  it('reads a name its own full stop ends as no given name, but an initial as one', () => {
    expect(one('Shares in Zed and Vioxx. Vioxx said that it intends to grow.', 'Vioxx')).toEqual([
      ['org.vioxx', 'ORG'],
    ]);
    expect(unchanged('Shares in J.R. Vioxx rose. Vioxx said that it intends to grow.', 'Vioxx')).toBe(true);
  });

  it("reads a date's month as no given name, but a given name as one", () => {
    expect(one('On 10 January Zed launched. Zed said that it intends to grow.', 'Zed')).toEqual([
      ['org.zed', 'ORG'],
    ]);
    expect(unchanged('On 10 May we met June Zed. Zed said that it intends to grow.', 'Zed')).toBe(true);
  });

  it('leaves a film-maker, a view said of "it", and a two-word name', () => {
    expect(unchanged('Documentary maker Zed won.', 'Zed')).toBe(true);
    expect(unchanged('Zed said it would be wrong.', 'Zed')).toBe(true);
    expect(unchanged('Developer Jo Zed spoke.', 'Jo Zed')).toBe(true);
  });
});

describe('a name typed a place that the gazetteer knows as none', () => {
  it('takes the cues a name typed a person takes: a firm before it, a firm noun set off after it', () => {
    const text =
      'Market analysts Qorvanta said sales fell. Drellix, a subsidiary of the food group Ayco, runs the ranch.';
    expect(
      typesOf(text, [
        ['Qorvanta', 'LOC'],
        ['Drellix', 'LOC'],
        ['Ayco', 'ORG'],
      ]),
    ).toEqual({ Qorvanta: 'ORG', Drellix: 'ORG', Ayco: 'ORG' });
  });

  it('stays a place when people are only from it or work at it, and a known place is never a firm', () => {
    const text =
      'Writer Jo Bloggs, from Quennow, asked about it. Staff at Brimlea count pandas. Market analysts Paris said so.';
    expect(
      typesOf(text, [
        ['Jo Bloggs', 'PER'],
        ['Quennow', 'LOC'],
        ['Brimlea', 'LOC'],
        ['Paris', 'LOC'],
      ]),
    ).toEqual({ 'Jo Bloggs': 'PERSON', Quennow: 'GPE', Brimlea: 'GPE', Paris: 'GPE' });
  });
});
