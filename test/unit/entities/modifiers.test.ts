import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

const named = (text: string, spans: Parameters<typeof entitiesOf>[1]) =>
  entitiesOf(text, spans).map((e) => [e.id, e.mentions.map((m) => m.text)]);

describe('a name inside a hyphenated modifier', () => {
  it('is the place before "-based", "-born", "-wide" (or the nationality)', () => {
    const text =
      'The Paris-based firm hired an Albanian-born chef for a Europe-wide chain. US-led forces left.';
    expect(
      named(text, [
        ['Paris-based', 'MISC'],
        ['Albanian-born', 'MISC'],
        ['Europe-wide', 'MISC'],
        ['US-led', 'MISC'],
      ]),
    ).toEqual([
      ['gpe.paris', ['Paris']],
      ['norp.albanian', ['Albanian']],
      ['gpe.europe', ['Europe']],
      ['gpe.united-states', ['US']],
    ]);
  });

  it('is the name after "ex-", "non-", "anti-", whose type it keeps', () => {
    const text = 'Yukos shares fell. An ex-Yukos boss, a non-EU citizen, joined anti-European groups.';
    expect(
      named(text, [
        ['Yukos', 'ORG'],
        ['ex-Yukos', 'MISC'],
        ['non-EU', 'MISC'],
        ['anti-European', 'MISC'],
      ]),
    ).toEqual([
      ['org.yukos', ['Yukos', 'Yukos']],
      ['org.european-union', ['EU']],
      ['norp.european', ['European']],
    ]);
  });

  it('is nothing when no name is left ("anti-semitic")', () => {
    expect(named('It was anti-semitic.', [['anti-semitic', 'MISC']])).toEqual([]);
  });

  it('keeps the tagged type of what comes before "-style" or "-backed": a work, a body', () => {
    const text = 'A Matrix-style film, Zorvex-backed rebels and a Texan-born chef.';
    expect(
      entitiesOf(text, [
        ['Matrix-style', 'MISC'],
        ['Zorvex-backed', 'ORG'],
        ['Texan-born', 'MISC'],
      ]).map((e) => [e.name, e.type]),
    ).toEqual([
      ['Matrix', 'MISC'],
      ['Zorvex', 'ORG'],
      ['Texan', 'NORP'],
    ]);
  });

  it('takes a place the lexicon knows before "-aligned", "-backed", "-led" for a place, not the tagger\'s MISC', () => {
    const text = 'Iran-aligned militias and Moscow-backed rebels met Kenya-led troops.';
    expect(
      entitiesOf(text, [
        ['Iran-aligned', 'MISC'],
        ['Moscow-backed', 'MISC'],
        ['Kenya-led', 'MISC'],
      ]).map((e) => [e.name, e.type]),
    ).toEqual([
      ['Iran', 'GPE'],
      ['Moscow', 'GPE'],
      ['Kenya', 'GPE'],
    ]);
  });

  it('is the person before "-style"', () => {
    const text = 'Labour attacked George Bush-style tax cuts.';
    expect(named(text, [['George Bush-style', 'PER']])).toEqual([['person.george-bush', ['George Bush']]]);
  });

  it('takes a country ending like a nationality for a place', () => {
    expect(named('A Japan-based firm.', [['Japan-based', 'MISC']])).toEqual([['gpe.japan', ['Japan']]]);
  });

  it('leaves names with a lower-case word after a hyphen alone', () => {
    const text =
      'Chung Mong-koo of Dai-ichi spoke at the Organisation for Economic Co-operation and Development.';
    expect(
      named(text, [
        ['Chung Mong-koo', 'PER'],
        ['Dai-ichi', 'ORG'],
        ['Organisation for Economic Co-operation and Development', 'ORG'],
      ]).map(([id]) => id),
    ).toEqual([
      'person.chung-mong-koo',
      'org.dai-ichi',
      'org.organisation-for-economic-co-operation-and-development',
    ]);
  });

  it('leaves names with a hyphen alone', () => {
    const text = 'Robert Kilroy-Silk met Nouri al-Maliki and the Pro-Life Alliance.';
    expect(
      named(text, [
        ['Robert Kilroy-Silk', 'PER'],
        ['Nouri al-Maliki', 'PER'],
        ['Pro-Life Alliance', 'ORG'],
      ]),
    ).toEqual([
      ['person.robert-kilroy-silk', ['Robert Kilroy-Silk']],
      ['person.nouri-al-maliki', ['Nouri al-Maliki']],
      ['org.pro-life-alliance', ['Pro-Life Alliance']],
    ]);
  });
});

describe('a place-type suffix ("-based", "-listed")', () => {
  it('keeps the place reading of a name the place lexicon knows or the article tags as a place', () => {
    const text = 'A Paris-based firm and a Dunvarra-based band. Dunvarra is small.';
    expect(
      named(text, [
        ['Paris-based', 'MISC'],
        ['Dunvarra-based', 'MISC'],
        ['Dunvarra', 'LOC'],
      ]),
    ).toEqual([
      ['gpe.paris', ['Paris']],
      ['gpe.dunvarra', ['Dunvarra', 'Dunvarra']],
    ]);
  });

  it("keeps the tagger's type of a name that is no known place: a system, an exchange", () => {
    const text = 'Linux-based phones use Nasdaq-listed chips.';
    expect(
      entitiesOf(text, [
        ['Linux-based', 'MISC'],
        ['Nasdaq-listed', 'ORG'],
      ]).map((e) => [e.id, e.mentions.map((m) => m.text)]),
    ).toEqual([
      ['misc.linux', ['Linux']],
      ['org.nasdaq', ['Nasdaq']],
    ]);
  });

  it('takes a name tagged as a person before "-based" for MISC, not a person', () => {
    expect(named('Qorvix-based phones.', [['Qorvix-based', 'PER']])).toEqual([['misc.qorvix', ['Qorvix']]]);
  });
});
