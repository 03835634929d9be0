import { describe, expect, it } from 'vitest';
import { linkEntities } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import { entitiesOf, tag } from './helpers';

const byName = (entities: ReturnType<typeof entitiesOf>, name: string) =>
  entities.find((e) => e.name === name);

describe('news layer: acronyms', () => {
  it('joins a long form and its acronym into one entity, with later mentions of the acronym', () => {
    const text = 'Leaders of the Popular Mobilization Units (PMU) met. Later the PMU said it would stay.';
    const entities = entitiesOf(text, [['Popular Mobilization', 'ORG']]);
    const pmu = entities.filter((e) => e.aliases.includes('PMU') || e.name === 'PMU');
    expect(pmu).toHaveLength(1);
    expect(pmu[0]).toMatchObject({
      name: 'Popular Mobilization Units',
      type: 'ORG',
      id: 'org.popular-mobilization-units',
    });
    expect(pmu[0]?.mentions.map((m) => m.text)).toEqual(['Popular Mobilization Units', 'PMU', 'PMU']);
  });

  it('types a military operation with its acronym as an event', () => {
    const entities = entitiesOf('The report on Operation Tidal Shield (OTS) was released.', []);
    expect(byName(entities, 'Operation Tidal Shield')).toMatchObject({ type: 'EVENT', aliases: ['OTS'] });
  });

  it('reads the acronym-first form too', () => {
    const entities = entitiesOf('Officials of the RDA (Riverside Development Agency) spoke.', []);
    expect(byName(entities, 'Riverside Development Agency')?.aliases).toEqual(['RDA']);
  });
});

describe('news layer: coreference', () => {
  it('makes one person of a full name and later surname mentions, tagged or not', () => {
    const text =
      'Defence chief Patrick Ryder spoke on Monday. Ryder said the talks would go on. Later, Ryder left.';
    const second = text.indexOf('Ryder said');
    const mentions = [
      ...tag(text, [['Patrick Ryder', 'PER']]),
      { start: second, end: second + 5, text: 'Ryder', type: 'PER' as const },
    ];
    const entities = linkEntities(annotate(text), mentions).filter((e) => e.type === 'PERSON');
    expect(entities).toHaveLength(1);
    expect(entities[0]?.name).toBe('Patrick Ryder');
    expect(entities[0]?.mentions).toHaveLength(3);
  });

  it('leaves an ambiguous surname apart rather than guessing', () => {
    const text = 'Anna Smith and John Smith met. Smith said nothing.';
    const people = entitiesOf(text, [
      ['Anna Smith', 'PER'],
      ['John Smith', 'PER'],
    ]).filter((e) => e.type === 'PERSON');
    expect(people.map((p) => p.name).sort()).toEqual(['Anna Smith', 'John Smith']);
  });

  it('joins a name the tagger split in pieces', () => {
    const text = 'Prime Minister Mohammed Shia al-Sudani told reporters.';
    const entities = entitiesOf(text, [
      ['Mohammed', 'PER'],
      ['Shia', 'MISC'],
      ['al-Sudani', 'PER'],
    ]);
    expect(entities.filter((e) => e.type === 'PERSON').map((e) => e.name)).toEqual([
      'Mohammed Shia al-Sudani',
    ]);
  });
});

describe('news layer: roles', () => {
  it('keeps titles and ranks as roles, not names', () => {
    const text = '“No plans,” Pentagon Press Secretary General Patrick Ryder said.';
    const [ryder] = entitiesOf(text, [
      ['General Patrick Ryder', 'PER'],
      ['Pentagon', 'ORG'],
    ]).filter((e) => e.type === 'PERSON');
    expect(ryder).toMatchObject({ name: 'Patrick Ryder', id: 'person.patrick-ryder' });
    expect(ryder?.roles).toEqual(['Pentagon Press Secretary', 'General']);
  });

  it('splits a British "Dr" with no stop off the office before it, as "Dr." is', () => {
    const text = 'Acme executive chairman Dr Ken Arnold spoke, and research director Dr. Ann Marr agreed.';
    const entities = entitiesOf(text, [
      ['Acme', 'ORG'],
      ['Ken Arnold', 'PER'],
      ['Ann Marr', 'PER'],
    ]);
    expect(byName(entities, 'Ken Arnold')?.roles).toEqual(['Acme executive chairman', 'Dr']);
    expect(byName(entities, 'Ann Marr')?.roles).toEqual(['research director', 'Dr.']);
  });

  it('reads roles from appositions before and after the name', () => {
    const text =
      'The vote followed the death of the deputy leader of the Riverside Front (RF), Omar Haddad, last year. Lina Park, the mayor of Calder, agreed.';
    const entities = entitiesOf(text, [
      ['Omar Haddad', 'PER'],
      ['Lina Park', 'PER'],
    ]);
    expect(byName(entities, 'Omar Haddad')?.roles).toEqual(['deputy leader of the Riverside Front (RF)']);
    expect(byName(entities, 'Lina Park')?.roles).toEqual(['mayor of Calder']);
  });

  it('reads the roles of sport and entertainment news', () => {
    const text = 'Wales winger Shane Williams scored, and US rapper Snoop Dogg sang.';
    const entities = entitiesOf(text, [
      ['Shane Williams', 'PER'],
      ['Snoop Dogg', 'PER'],
    ]);
    expect(byName(entities, 'Shane Williams')?.roles).toEqual(['Wales winger']);
    expect(byName(entities, 'Snoop Dogg')?.roles).toEqual(['US rapper']);
  });
});

describe('news layer: canonical ids and aliases', () => {
  it('gives the same id to the alias table forms of an entity, across articles', () => {
    const a = entitiesOf('Troops from the U.S. arrived.', [['U.S.', 'LOC']]);
    const b = entitiesOf('The United States said no.', [['United States', 'LOC']]);
    const c = entitiesOf('Daesh fighters fled, and ISIL denied it.', [
      ['Daesh', 'ORG'],
      ['ISIL', 'ORG'],
    ]);
    expect(a[0]?.id).toBe('gpe.united-states');
    expect(b[0]?.id).toBe('gpe.united-states');
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ id: 'org.isis', name: 'ISIS', aliases: ['Daesh', 'ISIL'] });
  });

  it('gives UK parties one id whatever the tagger made of their names', () => {
    const tories = entitiesOf('The Tories said the Tory Party would win.', [
      ['Tories', 'MISC'],
      ['Tory Party', 'ORG'],
    ]);
    const libDems = entitiesOf('The Lib Dems and the Liberal Democrats agree.', [
      ['Lib Dems', 'LOC'],
      ['Liberal Democrats', 'ORG'],
    ]);
    const labour = entitiesOf('Labour said so.', [['Labour', 'MISC']]);
    expect(tories.map((e) => [e.id, e.type])).toEqual([['org.conservative-party', 'ORG']]);
    expect(libDems.map((e) => [e.id, e.type])).toEqual([['org.liberal-democrats', 'ORG']]);
    expect(labour.map((e) => [e.id, e.type])).toEqual([['org.labour-party', 'ORG']]);
  });

  it('takes a singular Tory, noun or modifier, for the party, as the alias table does "Lib Dem"', () => {
    const entities = entitiesOf('A Tory MP spoke, and the Tory said the Tories had won.', [
      ['Tory', 'PER'],
      ['Tories', 'MISC'],
    ]);
    expect(entities.map((e) => [e.id, e.mentions.length])).toEqual([['org.conservative-party', 3]]);
  });

  it('takes "Conservative(s)" for the UK party only beside another of its names', () => {
    const text = 'The Conservatives and Labour clashed. A Conservative spoke for the Tories.';
    const single = text.indexOf('Conservative spoke');
    const uk = linkEntities(annotate(text), [
      ...tag(text, [
        ['Conservatives', 'MISC'],
        ['Labour', 'ORG'],
        ['Tories', 'ORG'],
      ]),
      { start: single, end: single + 12, text: 'Conservative', type: 'MISC' },
    ]);
    const us = entitiesOf('Conservatives in Ohio backed the bill.', [['Conservatives', 'MISC']]);
    expect(uk.map((e) => [e.id, e.mentions.length])).toEqual([
      ['org.conservative-party', 3],
      ['org.labour-party', 1],
    ]);
    expect(us.map((e) => e.id)).toEqual(['norp.conservative']);
  });

  it('takes "Conservatives" beside Labour, and "Conservative" before a lower-case "party", for the UK party', () => {
    const besideLabour = entitiesOf('Labour and the Conservatives clashed.', [
      ['Labour', 'ORG'],
      ['Conservatives', 'MISC'],
    ]);
    const party = entitiesOf('The Conservative party has a plan.', [['Conservative', 'MISC']]);
    expect(besideLabour.map((e) => e.id)).toEqual(['org.labour-party', 'org.conservative-party']);
    expect(party.map((e) => e.id)).toEqual(['org.conservative-party']);
  });

  it('gives Downing Street one id however it is written or tagged', () => {
    const text = 'Downing Street denied it. Later Downing St. said no.';
    const short = text.indexOf('Downing St.');
    const entities = linkEntities(annotate(text), [
      ...tag(text, [['Downing Street', 'PER']]),
      { start: short, end: short + 11, text: 'Downing St.', type: 'LOC' },
    ]);
    expect(entities.map((e) => [e.id, e.mentions.length])).toEqual([['org.downing-street', 2]]);
  });

  it('knows newspapers the tagger takes for a people or a person', () => {
    const entities = entitiesOf('He told the Observer, and the Guardian agreed.', [
      ['Observer', 'PER'],
      ['Guardian', 'MISC'],
    ]);
    expect(entities.map((e) => [e.id, e.type])).toEqual([
      ['org.the-observer', 'ORG'],
      ['org.the-guardian', 'ORG'],
    ]);
  });

  it('gives a company one id with or without its legal form, in an article and across articles', () => {
    const text = 'Shares in Brandle Foods plc fell. Brandle Foods said so.';
    const later = text.lastIndexOf('Brandle');
    const entities = linkEntities(annotate(text), [
      ...tag(text, [['Brandle Foods plc', 'ORG']]),
      { start: later, end: later + 13, text: 'Brandle Foods', type: 'ORG' },
    ]);
    const other = entitiesOf('Brandle Foods, Inc. grew.', [['Brandle Foods, Inc.', 'ORG']]);
    expect(entities.map((e) => [e.id, e.mentions.length])).toEqual([['org.brandle-foods', 2]]);
    expect(other.map((e) => e.id)).toEqual(['org.brandle-foods']);
  });

  it('maps nationalities and groups to NORP, places to GPE or LOC', () => {
    const text = 'Kurdish and Iraqi forces crossed the Tigris River near Mosul to help Palestinians.';
    const entities = entitiesOf(text, [
      ['Kurdish', 'MISC'],
      ['Iraqi', 'MISC'],
      ['Palestinians', 'MISC'],
      ['Tigris River', 'LOC'],
      ['Mosul', 'LOC'],
    ]);
    expect(Object.fromEntries(entities.map((e) => [e.name, e.type]))).toEqual({
      Kurdish: 'NORP',
      Iraqi: 'NORP',
      'Tigris River': 'LOC',
      Mosul: 'GPE',
      Palestinians: 'NORP',
    });
    expect(byName(entities, 'Palestinians')?.id).toBe('norp.palestinian');
  });
});

describe('news layer: tagger slips', () => {
  it('splits a list the tagger took for one name', () => {
    const text = 'Inspectors of the US State Department, Defense Department, and USAID met.';
    const entities = entitiesOf(text, [
      ['US State Department, Defense Department', 'ORG'],
      ['USAID', 'ORG'],
    ]);
    expect(entities.map((e) => e.id)).toEqual([
      'org.us-department-of-state',
      'org.us-department-of-defense',
      'org.usaid',
    ]);
  });

  it('keeps a body named for a list of its remits whole', () => {
    const text =
      'The Department for Culture, Media and Sport and the Ministry of Economy, Trade and Industry met.';
    const whole = entitiesOf(text, [
      ['Department for Culture, Media and Sport', 'ORG'],
      ['Ministry of Economy', 'ORG'],
      ['Trade and Industry', 'ORG'],
    ]);
    expect(whole.map((e) => e.id)).toEqual([
      'org.department-for-culture-media-and-sport',
      'org.ministry-of-economy-trade-and-industry',
    ]);
    const listed = entitiesOf('Officials of the Department of Energy, Treasury, and Pentagon met.', [
      ['Department of Energy, Treasury', 'ORG'],
      ['Pentagon', 'ORG'],
    ]);
    expect(listed.map((e) => e.name)).toEqual([
      'Department of Energy',
      'Treasury',
      'US Department of Defense',
    ]);
  });

  it('takes a group word tagged as a person for a group', () => {
    const entities = entitiesOf('Never again Sikh anger, said the Muslim leader.', [
      ['Sikh', 'PER'],
      ['Muslim', 'PER'],
    ]);
    expect(entities.map((e) => [e.name, e.type])).toEqual([
      ['Sikh', 'NORP'],
      ['Muslim', 'NORP'],
    ]);
  });

  it('takes a street tagged as a person for a place, abbreviated or not', () => {
    const text = 'Crowds filled Abbey Road and Elm St, and Janet Street-Porter watched.';
    const entities = entitiesOf(text, [
      ['Abbey Road', 'PER'],
      ['Elm St', 'PER'],
      ['Janet Street-Porter', 'PER'],
    ]);
    expect(entities.map((e) => [e.id, e.type])).toEqual([
      ['loc.abbey-road', 'LOC'],
      ['loc.elm-street', 'LOC'],
      ['person.janet-street-porter', 'PERSON'],
    ]);
  });

  it('takes a name the text treats as a company for one, in all its mentions', () => {
    const text = "State oil firm Rosneft bought it. Rosneft said so, and Merck's shares fell.";
    const entities = entitiesOf(text, [
      ['Rosneft', 'PER'],
      ['Merck', 'PER'],
    ]);
    expect(entities.map((e) => [e.id, e.mentions.length])).toEqual([
      ['org.rosneft', 2],
      ['org.merck', 1],
    ]);
    const maker = entitiesOf('Dutch film maker Theo van Gogh spoke.', [['Theo van Gogh', 'PER']]);
    expect(maker.map((e) => e.type)).toEqual(['PERSON']);
  });

  it('takes a one-word name for an organisation where people work at it or play for it', () => {
    const text =
      'Brian Gammage, vice-president of research at analysts Gartner, spoke. Malcolm Seagrave, security expert at Energis, agreed. Chelsea winger Arjen Robben is out.';
    const entities = entitiesOf(text, [
      ['Brian Gammage', 'PER'],
      ['Gartner', 'PER'],
      ['Malcolm Seagrave', 'PER'],
      ['Energis', 'PER'],
      ['Chelsea', 'PER'],
      ['Arjen Robben', 'PER'],
    ]);
    expect(entities.map((e) => e.id)).toEqual([
      'person.brian-gammage',
      'org.gartner',
      'person.malcolm-seagrave',
      'org.energis',
      'org.chelsea',
      'person.arjen-robben',
    ]);
  });

  it('keeps people named after the same cues: full names, spokesmen, team-mates', () => {
    const text =
      "Technology analyst Bill Thompson wrote it. A spokesman for Blair denied it. Williams, Sidoli's team-mate at Cardiff, played.";
    const entities = entitiesOf(text, [
      ['Bill Thompson', 'PER'],
      ['Blair', 'PER'],
      ['Williams', 'PER'],
      ['Sidoli', 'PER'],
      ['Cardiff', 'ORG'],
    ]);
    expect(entities.filter((e) => e.type === 'PERSON').map((e) => e.name)).toEqual([
      'Bill Thompson',
      'Blair',
      'Williams',
      'Sidoli',
    ]);
  });

  it('takes a name tagged MISC for a company only on a company cue', () => {
    const text =
      'US firm Boeing lost. Boeing said so. Chelsea have won the Eredivisie. Eredivisie have none.';
    const entities = entitiesOf(text, [
      ['Boeing', 'MISC'],
      ['Boeing', 'MISC'],
      ['Chelsea', 'PER'],
      ['Eredivisie', 'MISC'],
      ['Eredivisie', 'MISC'],
    ]);
    expect(entities.map((e) => [e.name, e.type, e.mentions.length])).toEqual([
      ['Boeing', 'ORG', 2],
      ['Chelsea', 'ORG', 1],
      ['Eredivisie', 'MISC', 2],
    ]);
  });

  it('takes a one-word name with a plural verb opening its clause for a club or a band, never a coordinated one', () => {
    const text =
      'Chelsea have sacked Mutu. The band Busted split, and Korn were sad. Blair and Brown have met.';
    const entities = entitiesOf(text, [
      ['Chelsea', 'PER'],
      ['Mutu', 'PER'],
      ['Busted', 'PER'],
      ['Korn', 'PER'],
      ['Blair', 'PER'],
      ['Brown', 'PER'],
    ]);
    expect(entities.map((e) => [e.name, e.type])).toEqual([
      ['Chelsea', 'ORG'],
      ['Mutu', 'PERSON'],
      ['Busted', 'ORG'],
      ['Korn', 'PERSON'],
      ['Blair', 'PERSON'],
      ['Brown', 'PERSON'],
    ]);
  });

  it('takes a one-word name for a thing where the text says so, and leaves groups and managers alone', () => {
    const text =
      "The new Exeem program is out. She won an Oscar nomination. Muslim hopefuls and Kerry voters. Souness's side won.";
    const entities = entitiesOf(text, [
      ['Exeem', 'PER'],
      ['Oscar', 'PER'],
      ['Muslim', 'PER'],
      ['Kerry', 'PER'],
      ['Souness', 'PER'],
    ]);
    expect(entities.map((e) => [e.name, e.type])).toEqual([
      ['Exeem', 'MISC'],
      ['Oscars', 'EVENT'],
      ['Muslim', 'NORP'],
      ['Kerry', 'PERSON'],
      ['Souness', 'PERSON'],
    ]);
  });

  it("trims a member's title the tagger took into a body's name", () => {
    const text = 'A Tory MP spoke. Former Labour aides and the Acme Party Co-Chairman agreed.';
    const entities = entitiesOf(text, [
      ['Tory MP', 'ORG'],
      ['Former Labour', 'ORG'],
      ['Acme Party Co-Chairman', 'ORG'],
    ]);
    expect(entities.map((e) => [e.id, e.mentions[0]?.text])).toEqual([
      ['org.conservative-party', 'Tory'],
      ['org.labour-party', 'Labour'],
      ['org.acme-party', 'Acme Party'],
    ]);
  });

  it('drops a sentence-initial adverb tagged as a name', () => {
    expect(entitiesOf('Additionally, the fund lost money.', [['Additionally', 'PER']])).toEqual([]);
  });
});

describe('news layer: punctuation', () => {
  it('never keeps quote marks, possessives or stray punctuation in names', () => {
    const text = 'The ‘Calder Group’ said the Pentagon’s plan, and "Riverton," were fine.';
    const entities = entitiesOf(text, [
      ['‘Calder Group’', 'ORG'],
      ['Pentagon’s', 'ORG'],
      ['"Riverton,"', 'LOC'],
    ]);
    expect(entities.map((e) => e.name).sort()).toEqual([
      'Calder Group',
      'Riverton',
      'US Department of Defense',
    ]);
    for (const e of entities)
      for (const m of e.mentions) expect(m.text).toMatch(/^[\p{L}\p{N}].*[\p{L}\p{N}.]$/u);
  });

  it('keeps the period of an initialism', () => {
    const entities = entitiesOf('Forces of the U.S. and Acme Inc. agreed.', [
      ['U.S.', 'LOC'],
      ['Acme Inc.', 'ORG'],
    ]);
    expect(entities.map((e) => e.mentions[0]?.text)).toEqual(['U.S.', 'Acme Inc.']);
  });
});

describe('document authors', () => {
  it('links the author of "an investigation by The Cradle" as an organisation entity', () => {
    const entities = entitiesOf('According to an investigation by The Cradle, the army helped.', []);
    expect(entities.map((e) => [e.id, e.type, e.name])).toEqual([['org.cradle', 'ORG', 'The Cradle']]);
  });
});
