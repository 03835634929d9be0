import { describe, expect, it } from 'vitest';
import { resolveSpeaker } from '../../../functions/domain/claims/speaker';
import { entity } from './entity-fixture';

const span = (start: number, text: string) => ({ start, end: start + text.length, text });

const park = entity('person.lina-park', 'PERSON', [[10, 19]], ['Defence Minister']);
const haddad = entity('person.omar-haddad', 'PERSON', [[100, 111]], ['spokesman']);
const agency = entity('org.water-agency', 'ORG', [[200, 211]]);

describe('resolveSpeaker', () => {
  it('links a source that names an entity, preferring the person', () => {
    expect(
      resolveSpeaker(
        span(195, 'the Water Agency chief Lina Park'),
        [park, agency, entity('person.lina-park', 'PERSON', [[218, 227]])],
        [],
      ),
    ).toBe('person.lina-park');
  });

  it('takes no place that only says where the speaker is based', () => {
    const paris = entity('gpe.paris', 'GPE', [[4, 9]]);
    expect(resolveSpeaker(span(0, 'the Paris-based think tank'), [paris], [])).toBeNull();
    expect(resolveSpeaker(span(0, 'the Paris authorities'), [paris], [])).toBe('gpe.paris');
    expect(resolveSpeaker(span(0, 'the Paris office'), [paris], [])).toBeNull();
  });

  it('links a pronoun to the nearest person before it', () => {
    expect(resolveSpeaker(span(150, 'he'), [park, haddad], [])).toBe('person.omar-haddad');
    expect(resolveSpeaker(span(50, 'she'), [park, haddad], [])).toBe('person.lina-park');
  });

  it('links a role noun to the person holding that role', () => {
    expect(resolveSpeaker(span(300, 'the minister'), [park, haddad], [])).toBe('person.lina-park');
    expect(resolveSpeaker(span(300, 'the spokesman'), [park, haddad], [])).toBe('person.omar-haddad');
  });

  it('takes "it" before a passive cue for a placeholder, not a speaker', () => {
    const it = span(300, 'it');
    expect(resolveSpeaker(it, [park, agency], [], { cue: span(303, 'is thought') })).toBeNull();
    expect(resolveSpeaker(it, [park, agency], [], { cue: span(303, 'has been reported') })).toBeNull();
    expect(
      resolveSpeaker(it, [park, agency], [], { cue: span(303, 'has been widely predicted') }),
    ).toBeNull();
    expect(
      resolveSpeaker(span(300, 'It'), [park, agency], [], { cue: span(302, "'s predicted") }),
    ).toBeNull();
    expect(resolveSpeaker(it, [park, agency], [], { cue: span(303, 'is difficult to say') })).toBeNull();
    expect(resolveSpeaker(it, [park, agency], [], { cue: span(303, 'just goes to show') })).toBeNull();
    expect(resolveSpeaker(it, [park, agency], [], { cue: span(303, 'said') })).toBe('org.water-agency');
    expect(resolveSpeaker(it, [park, agency], [], { cue: span(303, 'is planning') })).toBe(
      'org.water-agency',
    );
  });

  it('takes "the government" for the place the article is most about', () => {
    const italy = {
      ...entity('gpe.italy', 'GPE', [
        [20, 25],
        [60, 65],
      ]),
      name: 'Italy',
    };
    const rome = entity('gpe.rome', 'GPE', [[280, 284]]);
    expect(resolveSpeaker(span(300, 'The government'), [italy, agency, rome], [])).toBe('gpe.italy');
    expect(resolveSpeaker(span(300, 'the government'), [park, agency], [])).toBeNull();
  });

  it('takes "the French government" for France, and "the country\'s government" for the place most named', () => {
    const france = { ...entity('gpe.france', 'GPE', [[20, 26]]), name: 'France' };
    const austria = { ...entity('gpe.austria', 'GPE', [[40, 47]]), name: 'Austria' };
    const australia = { ...entity('gpe.australia', 'GPE', [[60, 69]]), name: 'Australia' };
    const italy = {
      ...entity('gpe.italy', 'GPE', [
        [80, 85],
        [90, 95],
      ]),
      name: 'Italy',
    };
    const all = [france, austria, australia, italy, agency];
    expect(resolveSpeaker(span(300, 'the French government'), all, [])).toBe('gpe.france');
    expect(resolveSpeaker(span(300, 'The Australian government'), all, [])).toBe('gpe.australia');
    expect(resolveSpeaker(span(300, "the country's government"), all, [])).toBe('gpe.italy');
    expect(resolveSpeaker(span(300, 'The new government'), all, [])).toBe('gpe.italy');
  });

  it('does not take someone a quote names for who speaks it', () => {
    const ferguson = entity('person.alex-ferguson', 'PERSON', [[0, 13]]);
    const scholes = entity('person.paul-scholes', 'PERSON', [[60, 67]]);
    const he = span(80, 'he');
    expect(resolveSpeaker(he, [ferguson, scholes], [])).toBe('person.paul-scholes');
    expect(resolveSpeaker(he, [ferguson, scholes], [], { quoted: [{ start: 40, end: 78 }] })).toBe(
      'person.alex-ferguson',
    );
  });

  it('never gives "she" to a man or "he" to a woman the article names so', () => {
    const genders = new Map([['person.omar-haddad', 'm' as const]]);
    expect(resolveSpeaker(span(150, 'she'), [park, haddad], [], { genders })).toBe('person.lina-park');
    expect(resolveSpeaker(span(150, 'he'), [park, haddad], [], { genders })).toBe('person.omar-haddad');
  });

  it('takes "the party" for a party named before it, over an organisation named nearer', () => {
    const labour = entity('org.labour-party', 'ORG', [[100, 112]]);
    const paper = entity('org.the-guardian', 'ORG', [[200, 208]]);
    expect(resolveSpeaker(span(300, 'the party'), [labour, paper], [])).toBe('org.labour-party');
    expect(resolveSpeaker(span(300, 'the firm'), [labour, paper], [])).toBe('org.the-guardian');
  });

  it('takes "it" for the organisation just named over a place named after it', () => {
    const imf = entity('org.imf', 'ORG', [[200, 203]]);
    const india = entity('gpe.india', 'GPE', [[230, 235]]);
    expect(resolveSpeaker(span(260, 'it'), [imf, india], [])).toBe('org.imf');
    expect(resolveSpeaker(span(900, 'it'), [imf, india], [])).toBe('gpe.india');
  });

  it('links "they" to no one: mostly people no entity names', () => {
    expect(resolveSpeaker(span(400, 'they'), [park, agency], [])).toBeNull();
    expect(resolveSpeaker(span(400, 'They'), [park, agency], [])).toBeNull();
  });

  it('links "the agency" to the nearest organisation', () => {
    expect(resolveSpeaker(span(400, 'the agency'), [park, agency], [])).toBe('org.water-agency');
  });

  it('does not take the one a letter was sent to for who wrote it', () => {
    const text = 'A letter sent to Martin Mubanga';
    const mubanga = entity('person.martin-mubanga', 'PERSON', [[517, 531]]);
    expect(resolveSpeaker(span(500, text), [mubanga], [])).toBeNull();
    const from = 'A letter from Lina Park to Martin Mubanga';
    const park2 = entity('person.lina-park', 'PERSON', [[514, 523]]);
    const mubanga2 = entity('person.martin-mubanga', 'PERSON', [[527, 541]]);
    expect(resolveSpeaker(span(500, from), [park2, mubanga2], [])).toBe('person.lina-park');
  });

  it('does not take the topic of a document for its author', () => {
    // the agency where the text names it, after "on"
    const named = entity('org.water-agency', 'ORG', [[208, 220]]);
    expect(resolveSpeaker(span(195, 'the study on Water Agency'), [named], [])).toBeNull();
  });
});

describe('resolveSpeaker (fuzz)', () => {
  it('answers an id it was given, or none, whatever the source', () => {
    let seed = 2026;
    const rand = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const words = [
      'the',
      'a',
      'he',
      'she',
      'it',
      'they',
      'spokesman',
      'home',
      'secretary',
      'party',
      'government',
    ];
    const more = [
      'shadow',
      'prime',
      'minister',
      'Mr',
      'ex-',
      '',
      ' ',
      '-',
      'club',
      'defender',
      'Ms',
      'group',
    ];
    const pool = [...words, ...more];
    const types = ['PERSON', 'ORG', 'GPE', 'NORP'] as const;
    for (let n = 0; n < 2000; n++) {
      const entities = Array.from({ length: rand(5) }, (_, i) =>
        entity(
          `e.${n}-${i}`,
          types[rand(4)] as (typeof types)[number],
          [[rand(500), 500 + rand(50)]],
          [Array.from({ length: rand(3) }, () => pool[rand(pool.length)]).join(' ')],
        ),
      );
      const text = Array.from({ length: 1 + rand(4) }, () => pool[rand(pool.length)]).join(' ');
      const prior = rand(2)
        ? [{ text: pool[rand(pool.length)] as string, entityId: `e.${n}-0`, end: rand(600) }]
        : [];
      const genders = new Map([[`e.${n}-1`, rand(2) ? ('m' as const) : ('f' as const)]]);
      const quoted = rand(2) ? [{ start: rand(300), end: 300 + rand(300) }] : [];
      const got = resolveSpeaker(span(rand(700), text), entities, prior, {
        cue: span(0, text),
        quoted,
        genders,
      });
      const known = new Set([...entities.map((e) => e.id), ...prior.map((p) => p.entityId)]);
      expect(got === null || known.has(got)).toBe(true);
    }
  });
});

describe('a source that runs on past its head', () => {
  const venezuela = entity('gpe.venezuela', 'GPE', [[64, 73]]);
  const stefan = entity('person.stefan-pakeerah', 'PERSON', [[31, 37]]);
  const malik = entity('person.shahid-malik', 'PERSON', [[0, 12]]);
  const nec = entity('org.nec', 'ORG', [[40, 43]]);

  it('takes no name from a relative clause after a comma', () => {
    expect(
      resolveSpeaker(
        span(10, 'The firm, whose Agroflora subsidiary operates farms in Venezuela'),
        [venezuela],
        [],
      ),
    ).toBeNull();
    expect(
      resolveSpeaker(
        span(0, "Shahid Malik, who is on Labour's ruling NEC, accepted the point"),
        [malik, nec],
        [],
      ),
    ).toBe('person.shahid-malik');
  });

  it('takes no name from an apposition relating the head to someone', () => {
    const source = 'The former whistleblower, a protégé of Don Carr and Ed Lyle';
    const carr = entity('person.don-carr', 'PERSON', [[39, 47]]);
    const lyle = entity('person.ed-lyle', 'PERSON', [[52, 59]]);
    expect(resolveSpeaker(span(0, source), [carr, lyle], [])).toBeNull();
  });

  it('resolves the head before a time at its end', () => {
    expect(resolveSpeaker(span(0, 'Shahid Malik last week'), [malik], [])).toBe('person.shahid-malik');
    expect(resolveSpeaker(span(0, 'Shahid Malik on Sunday'), [malik], [])).toBe('person.shahid-malik');
  });

  it('takes no name from a participle clause after a group noun', () => {
    expect(resolveSpeaker(span(10, "Police investigating Stefan's murder"), [stefan], [])).toBeNull();
    // the reporters ask, not the one whose trial they cover
    expect(resolveSpeaker(span(12, "Reporters covering Stefan's trial"), [stefan], [])).toBeNull();
    expect(resolveSpeaker(span(0, 'Shahid Malik speaking for the NEC'), [malik, nec], [])).toBe(
      'person.shahid-malik',
    );
  });

  it('reads a topic word inside a name as part of it, not as what a document is about', () => {
    const want = entity('org.war-on-want', 'ORG', [[0, 11]]);
    const hilary = entity('person.john-hilary', 'PERSON', [[14, 25]]);
    expect(resolveSpeaker(span(0, "War on Want's John Hilary"), [want, hilary], [])).toBe(
      'person.john-hilary',
    );
    const acme = entity('org.acme', 'ORG', [[14, 18]]);
    expect(resolveSpeaker(span(0, 'A report on Acme'), [acme], [])).toBeNull();
  });
});
