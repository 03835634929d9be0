import { describe, expect, it } from 'vitest';
import { named, spanOf, speakerOf } from './article-fixture';

describe("resolveSpeaker: the leader's office speaks as the government", () => {
  it('takes "The prime minister\'s office" for the place the article names most, and "It" after it', () => {
    const text =
      "Cameroon has sacked staff. Prime Minister Paul Biya of Cameroon set up an inquiry at the Cameroon ministry. The prime minister's office said auditors had found flaws. It added that staff would repay salaries.";
    const entities = [
      named(text, 'gpe.cameroon', 'GPE', ['Cameroon']),
      named(text, 'person.paul-biya', 'PERSON', ['Paul Biya'], ['Prime Minister']),
    ];
    const office = "The prime minister's office";
    expect(speakerOf(text, office, entities)).toBe('gpe.cameroon');
    const prior = [{ text: office, entityId: 'gpe.cameroon', end: spanOf(text, office).end }];
    expect(speakerOf(text, 'It', entities, prior)).toBe('gpe.cameroon');
  });
});

describe('resolveSpeaker: "the government" is the place named most, with its people', () => {
  it('counts "Venezuelan" for Venezuela over a place named more often by itself', () => {
    const text =
      'Venezuelan officials will seize land in Venezuela. Venezuelan farmers back the move. Agroflora owns the land, and Agroflora says its farms work. The government says the estates are idle.';
    const entities = [
      named(text, 'norp.venezuelan', 'NORP', ['Venezuelan']),
      named(text, 'gpe.venezuela', 'GPE', ['Venezuela']),
      named(text, 'gpe.agroflora', 'GPE', ['Agroflora']),
    ];
    expect(speakerOf(text, 'The government', entities)).toBe('gpe.venezuela');
  });
});

describe('resolveSpeaker: "the government" of a country the article names only by its adjective', () => {
  it('is no place when "British" outweighs or ties the one place named', () => {
    const text =
      'British law lords ruled on the detainees. A US court had heard a similar case. The government opted out of part of the convention.';
    const entities = [
      named(text, 'norp.british', 'NORP', ['British']),
      named(text, 'gpe.united-states', 'GPE', ['US']),
    ];
    expect(speakerOf(text, 'The government', entities)).toBeNull();
  });

  it('counts England for the UK, which governs it', () => {
    const text =
      'Adults in England lack skills. Literacy will benefit England, and it costs the UK economy. The government said it had met its target.';
    const entities = [
      named(text, 'gpe.england', 'GPE', ['England']),
      named(text, 'gpe.united-kingdom', 'GPE', ['UK']),
    ];
    expect(speakerOf(text, 'The government', entities)).toBe('gpe.united-kingdom');
  });

  it('takes England for no government of its own when the UK is not named', () => {
    const text =
      'Sports clubs in England will open. The PM visited a college in Southwark, south London. The government is promising extra hours.';
    const entities = [
      named(text, 'gpe.england', 'GPE', ['England']),
      named(text, 'gpe.southwark', 'GPE', ['Southwark']),
      named(text, 'gpe.london', 'GPE', ['London']),
    ];
    expect(speakerOf(text, 'The government', entities)).toBeNull();
  });
});

describe('resolveSpeaker: "the government" is a country, never a city, region or continent', () => {
  it('is no place when a city is the only place named', () => {
    const text =
      'Commuters in London face higher fares. London buses will run later. The government said fares must rise.';
    const entities = [named(text, 'gpe.london', 'GPE', ['London'])];
    expect(speakerOf(text, 'The government', entities)).toBeNull();
  });

  it('passes over a region and a continent named more often for the country', () => {
    const text =
      'Farmers in Norfolk and Europe lost crops. Norfolk growers and Europe traders met. Norfolk was worst hit, and Europe too. Exports from France fell. The government said help would come.';
    const entities = [
      named(text, 'gpe.norfolk', 'GPE', ['Norfolk']),
      named(text, 'gpe.europe', 'GPE', ['Europe']),
      named(text, 'gpe.france', 'GPE', ['France']),
    ];
    expect(speakerOf(text, 'The government', entities)).toBe('gpe.france');
  });

  it('counts a place the article names the people of, though the gazetteer knows it as no country', () => {
    const text =
      'Georgian voters backed the change. Georgia will reform its police. The government said crime would fall.';
    const entities = [
      named(text, 'norp.georgian', 'NORP', ['Georgian']),
      named(text, 'gpe.georgia', 'GPE', ['Georgia']),
    ];
    expect(speakerOf(text, 'The government', entities)).toBe('gpe.georgia');
  });
});

describe("resolveSpeaker: a country's seats of government count for it", () => {
  it('counts Downing Street and the Commons for the UK over a place named more often', () => {
    const text =
      'The UK will send aid to Iraq. Iraq needs water, and Iraq needs power. Downing Street said more would follow, and the Commons backed it. The government said the first flights leave today.';
    const entities = [
      named(text, 'gpe.united-kingdom', 'GPE', ['UK']),
      named(text, 'gpe.iraq', 'GPE', ['Iraq']),
      named(text, 'org.downing-street', 'ORG', ['Downing Street']),
      named(text, 'org.house-of-commons', 'ORG', ['Commons']),
    ];
    expect(speakerOf(text, 'The government', entities)).toBe('gpe.united-kingdom');
  });

  it('is no place when the seats speak for a country the article never names', () => {
    const text =
      'Advice on the Iraq war will stay secret. Iraq was invaded in 2003. Downing Street said the advice was fair, and the Commons and the Lords debated it. The government refuses to publish it.';
    const entities = [
      named(text, 'gpe.iraq', 'GPE', ['Iraq']),
      named(text, 'org.downing-street', 'ORG', ['Downing Street']),
      named(text, 'org.house-of-commons', 'ORG', ['Commons']),
      named(text, 'org.house-of-lords', 'ORG', ['Lords']),
    ];
    expect(speakerOf(text, 'The government', entities)).toBeNull();
  });
});

describe("resolveSpeaker: the UK's nations count for the UK, which governs them", () => {
  it('takes Scotland, named more often than the UK, for the UK', () => {
    const text =
      'Regiments in Scotland will merge. Scotland has lost troops, and Scotland will lose more. The UK army is shrinking, and the UK must save money. The government said the plan was final.';
    const entities = [
      named(text, 'gpe.scotland', 'GPE', ['Scotland']),
      named(text, 'gpe.united-kingdom', 'GPE', ['UK']),
    ];
    expect(speakerOf(text, 'The government', entities)).toBe('gpe.united-kingdom');
  });

  it('is no place when Scotland is the only nation named and the UK is not', () => {
    const text =
      'Regiments in Scotland will merge. Scotland has lost troops. The government said the plan was final.';
    const entities = [named(text, 'gpe.scotland', 'GPE', ['Scotland'])];
    expect(speakerOf(text, 'The government', entities)).toBeNull();
  });
});

describe('resolveSpeaker: "the government" of the country whose seat of government speaks', () => {
  const entities = (text: string) => [
    named(text, 'gpe.united-kingdom', 'GPE', ['UK']),
    named(text, 'gpe.indonesia', 'GPE', ['Indonesia']),
    named(text, 'org.downing-street', 'ORG', ['Downing Street']),
  ];

  // the third sentence alone differs: the seat speaks, its spokesman does, or it is only named
  it.each([
    ['Downing Street said more help could follow.', 'gpe.united-kingdom'],
    ['A spokesman for Downing Street gave no date.', 'gpe.united-kingdom'],
    ['Calls to Downing Street went unanswered.', 'gpe.indonesia'],
  ])('reads "%s" for %s, Indonesia named more', (third, country) => {
    const text = `UK troops will help in Indonesia. Talks with Indonesia have begun, but the government said the offer was for Aceh. ${third} Indonesia welcomed it.`;
    expect(speakerOf(text, 'the government', entities(text))).toBe(country);
  });

  it('is the place named most when the seat speaks for a country with no entity', () => {
    const text =
      'Troops will help in Indonesia. Talks with Indonesia have begun, but the government said the offer was for Aceh. Downing Street said more help could follow.';
    const places = [
      named(text, 'gpe.indonesia', 'GPE', ['Indonesia']),
      named(text, 'org.downing-street', 'ORG', ['Downing Street']),
    ];
    expect(speakerOf(text, 'the government', places)).toBe('gpe.indonesia');
  });
});
