import { describe, expect, it } from 'vitest';
import type { PriorSpeaker } from '../../../functions/domain/claims/mention-order';
import { resolveSpeaker } from '../../../functions/domain/claims/speaker';
import { discourseOf, named, spanOf } from './article-fixture';

/** A source already resolved, as buildClaims records it. */
const spoke = (text: string, words: string, entityId: string | null, nth = 0): PriorSpeaker => ({
  text: words,
  entityId,
  end: spanOf(text, words, nth).end,
});

describe('resolveSpeaker: "it" goes to what the sentences before were about', () => {
  it('passes over a name that only modifies a noun ("RFID chips could") for the group that spoke', () => {
    const text =
      'Shoppers fear RFID tags, a survey says. One consumer group, Action Against Privacy Invasion, has claimed that RFID chips could be used to track people. Clothes could broadcast where they are, it warned.';
    const entities = [
      named(text, 'org.rfid', 'ORG', ['RFID']),
      named(text, 'org.privacy-invasion', 'ORG', ['Privacy Invasion']),
    ];
    expect(resolveSpeaker(spanOf(text, 'it'), entities, [], { discourse: discourseOf(text) })).toBe(
      'org.privacy-invasion',
    );
  });

  it('takes a body\'s own officials as the body, not a name modifying a thing ("Rosneft officials were")', () => {
    const text =
      'Varco Group says it will ask Petrol to repay a loan. Varco Group\'s director Jo Bell said: "We will fight." Petrol officials were unavailable for comment. But the company has said it will act against Varco.';
    const entities = [
      named(text, 'org.varco-group', 'ORG', ['Varco Group', 'Varco']),
      named(text, 'org.petrol', 'ORG', ['Petrol']),
      named(text, 'person.jo-bell', 'PERSON', ['Jo Bell']),
    ];
    expect(resolveSpeaker(spanOf(text, 'the company'), entities, [], { discourse: discourseOf(text) })).toBe(
      'org.petrol',
    );
  });

  it('passes over a name after "a" or a number ("a new Access Services division", "1bn CFA francs")', () => {
    const text =
      'Corruption has cost Cameroon 1bn CFA francs a month. Officials set up a new Audit Services unit last week. It said more staff would be hired.';
    const entities = [
      named(text, 'gpe.cameroon', 'GPE', ['Cameroon']),
      named(text, 'org.cfa', 'ORG', ['CFA']),
      named(text, 'org.audit-services', 'ORG', ['Audit Services']),
    ];
    expect(resolveSpeaker(spanOf(text, 'It'), entities, [], { discourse: discourseOf(text) })).toBe(
      'gpe.cameroon',
    );
  });

  it('passes over a firm\'s name right before its product\'s ("Sony PSP giveaways")', () => {
    const text =
      'Spammers chase fads, according to security firm Mailguard. It has seen a rise in spam offering phoney Sony PSP giveaways. And, in a nod to a drama series, it has also seen more junk mail about dating.';
    const entities = [
      named(text, 'org.mailguard', 'ORG', ['Mailguard']),
      named(text, 'org.sony', 'ORG', ['Sony']),
      named(text, 'misc.playstation-portable', 'MISC', ['PSP']),
    ];
    expect(resolveSpeaker(spanOf(text, 'it'), entities, [], { discourse: discourseOf(text) })).toBe(
      'org.mailguard',
    );
  });

  it('follows the last speaker when that was a thing no entity names ("the lawsuit"): no one', () => {
    const text =
      'Ann Cole is suing Rex Studios over an injury. The lawsuit said Cole had suffered. While Cole seeks no damages, the lawsuit noted that she paid doctors. It stated she will incur more costs.';
    const entities = [
      named(text, 'person.ann-cole', 'PERSON', ['Ann Cole', 'Cole']),
      named(text, 'org.rex-studios', 'ORG', ['Rex Studios']),
    ];
    const prior = [
      spoke(text, 'The lawsuit', null),
      spoke(text, 'Cole', 'person.ann-cole', 1),
      spoke(text, 'the lawsuit', null),
    ];
    expect(resolveSpeaker(spanOf(text, 'It'), entities, prior, { discourse: discourseOf(text) })).toBeNull();
  });

  it('follows the last speaker when that was a document', () => {
    const text =
      'Many broadband users in Britain upload content, according to a report by the think-tank Demos. It said fast connections change habits.';
    const entities = [named(text, 'gpe.britain', 'GPE', ['Britain'])];
    const prior = [spoke(text, 'a report by the think-tank Demos', 'misc.report-by-the-think-tank-demos')];
    expect(resolveSpeaker(spanOf(text, 'It'), entities, prior, { discourse: discourseOf(text) })).toBe(
      'misc.report-by-the-think-tank-demos',
    );
  });

  it('follows a work its author was named with ("Brown\'s Britain, by Robert Peston, says") to the author', () => {
    const text =
      "Mr Blair denied it. Brown's Britain, by Robert Peston, says there is animosity. It claims Mr Blair said he would go.";
    const entities = [
      named(text, 'person.tony-blair', 'PERSON', ['Blair']),
      named(text, 'person.robert-peston', 'PERSON', ['Robert Peston']),
      named(text, 'gpe.united-kingdom', 'GPE', ['Britain']),
    ];
    const prior = [spoke(text, "Brown's Britain, by Robert Peston", 'person.robert-peston')];
    expect(resolveSpeaker(spanOf(text, 'It'), entities, prior, { discourse: discourseOf(text) })).toBe(
      'person.robert-peston',
    );
  });

  it('takes a speaker that names an entity over a thing no entity names in the same sentence', () => {
    const text =
      'Christian Aid has called on firms to act, in a new report called Rags To Riches. It added that workers would suffer.';
    const entities = [named(text, 'org.christian-aid', 'ORG', ['Christian Aid'])];
    const prior = [spoke(text, 'Christian Aid', 'org.christian-aid'), spoke(text, 'a new report', null)];
    expect(resolveSpeaker(spanOf(text, 'It'), entities, prior, { discourse: discourseOf(text) })).toBe(
      'org.christian-aid',
    );
  });

  it('reads the opening nominal only up to a negated verb ("The company didn\'t give")', () => {
    const text =
      "Hyundai Motor plans a second plant in India. The company didn't give details of its investment but it said the plant would be big.";
    const entities = [
      named(text, 'org.hyundai-motor', 'ORG', ['Hyundai Motor']),
      named(text, 'gpe.india', 'GPE', ['India']),
    ];
    const prior = [spoke(text, 'Hyundai Motor', 'org.hyundai-motor')];
    expect(resolveSpeaker(spanOf(text, 'it', 0), entities, prior, { discourse: discourseOf(text) })).toBe(
      'org.hyundai-motor',
    );
  });

  it('reads the opening nominal only up to an adverb ("The records even surpassed")', () => {
    const text =
      'Figures from the Mobile Data Association showed a record. The records even surpassed its own forecast, it said.';
    const entities = [named(text, 'org.mda', 'ORG', ['Mobile Data Association'])];
    const prior = [spoke(text, 'Figures from the Mobile Data Association', 'org.mda')];
    expect(resolveSpeaker(spanOf(text, 'it', 0), entities, prior, { discourse: discourseOf(text) })).toBe(
      'org.mda',
    );
  });

  it('takes the nominal a sentence opens on, resolved as a source would be', () => {
    const text =
      'The Law Commission said it found wide support. But the Home Office said sentences would stay. The commission, an independent body, had been asked to consider reforms. But it said its proposals would not work alone.';
    const entities = [
      named(text, 'org.law-commission', 'ORG', ['Law Commission']),
      named(text, 'org.home-office', 'ORG', ['Home Office']),
    ];
    const prior = [
      spoke(text, 'The Law Commission', 'org.law-commission'),
      spoke(text, 'the Home Office', 'org.home-office'),
    ];
    expect(resolveSpeaker(spanOf(text, 'it'), entities, prior, { discourse: discourseOf(text) })).toBe(
      'org.law-commission',
    );
  });

  it('takes no one when that nominal names no entity ("The opposition")', () => {
    const text =
      'Jobless numbers rose, said Karl Brandt, an economist with MM Warburg. The opposition also made political capital from the figures. It said reforms do not go far enough.';
    const entities = [
      named(text, 'person.karl-brandt', 'PERSON', ['Karl Brandt']),
      named(text, 'org.mm-warburg', 'ORG', ['MM Warburg']),
    ];
    const prior = [spoke(text, 'Karl Brandt, an economist with MM Warburg', 'person.karl-brandt')];
    expect(resolveSpeaker(spanOf(text, 'It'), entities, prior, { discourse: discourseOf(text) })).toBeNull();
  });

  it('passes over a plural nominal ("The figures") for the organisation before it', () => {
    const text =
      'The Statistics Office said growth was 1.6%. The figures confounded hopes of a recovery. It said growth had stalled.';
    const entities = [named(text, 'org.statistics-office', 'ORG', ['Statistics Office'])];
    const prior = [spoke(text, 'The Statistics Office', 'org.statistics-office')];
    expect(resolveSpeaker(spanOf(text, 'It'), entities, prior, { discourse: discourseOf(text) })).toBe(
      'org.statistics-office',
    );
  });
});

describe('resolveSpeaker: "the company" is the firm the story is about', () => {
  it('takes the firm the sentences before were about over one named nearer as a part of it', () => {
    const text =
      'BT has offered rivals equal access. BT wants lighter regulation. The group is to set up a new Access Services division to run the network. The company also unveiled price cuts.';
    const entities = [
      named(text, 'org.bt', 'ORG', ['BT']),
      named(text, 'org.access-services', 'ORG', ['Access Services']),
    ];
    const prior = [spoke(text, 'BT', 'org.bt')];
    expect(
      resolveSpeaker(spanOf(text, 'The company'), entities, prior, { discourse: discourseOf(text) }),
    ).toBe('org.bt');
  });

  it('takes the firm the story is about for "the giant" and "the insurer"', () => {
    const text =
      'Veltro has reported its best quarter. The German giant said sales rose. Cardo Life cut its bonuses. The insurer blamed low rates.';
    const entities = [
      named(text, 'org.veltro', 'ORG', ['Veltro']),
      named(text, 'org.cardo-life', 'ORG', ['Cardo Life']),
    ];
    const discourse = discourseOf(text);
    expect(resolveSpeaker(spanOf(text, 'The German giant'), entities, [], { discourse })).toBe('org.veltro');
    expect(resolveSpeaker(spanOf(text, 'The insurer'), entities, [], { discourse })).toBe('org.cardo-life');
  });

  it('takes the organisation the story placed with the same noun ("brewer Fosters")', () => {
    const text =
      'Australian brewer Fosters has bought a stake in winemaker Southcorp. Southcorp confirmed the talks. Investors were startled, as the brewer said last year it would not expand.';
    const entities = [
      named(text, 'org.fosters', 'ORG', ['Fosters']),
      named(text, 'org.southcorp', 'ORG', ['Southcorp']),
    ];
    const prior = [spoke(text, 'Southcorp', 'org.southcorp', 1)];
    expect(
      resolveSpeaker(spanOf(text, 'the brewer'), entities, prior, { discourse: discourseOf(text) }),
    ).toBe('org.fosters');
  });

  it('takes the organisation placed with the plural noun ("administrators Hale & Co") for "the administrator"', () => {
    const text =
      'Pixelworks called in administrators Hale & Co on Friday. Staff were sent home. The administrator said the studio would be sold.';
    const entities = [
      named(text, 'org.pixelworks', 'ORG', ['Pixelworks']),
      named(text, 'org.hale-co', 'ORG', ['Hale & Co']),
    ];
    expect(
      resolveSpeaker(spanOf(text, 'The administrator'), entities, [], { discourse: discourseOf(text) }),
    ).toBe('org.hale-co');
  });

  it('takes the organisation a document was named for ("a World Bank report") for "the report"', () => {
    const text =
      'Palestinian jobs were lost this year, said a World Bank report. Israel blamed the violence. The report said more would be poor without donors.';
    const entities = [
      named(text, 'org.world-bank', 'ORG', ['World Bank']),
      named(text, 'gpe.israel', 'GPE', ['Israel']),
    ];
    expect(resolveSpeaker(spanOf(text, 'The report'), entities, [], { discourse: discourseOf(text) })).toBe(
      'org.world-bank',
    );
  });

  it('takes the organisation placed with a compound of the noun ("The Mirror newspaper") for "the paper"', () => {
    const text =
      'The Mirror newspaper said it had been handed a dossier. The paper said the document was found in a street.';
    const entities = [named(text, 'org.mirror', 'ORG', ['Mirror'])];
    expect(resolveSpeaker(spanOf(text, 'The paper'), entities, [], { discourse: discourseOf(text) })).toBe(
      'org.mirror',
    );
  });

  it('takes the organisation a thing was made by in its own sentence ("The report is published by …")', () => {
    const text =
      'Quangos waste money, MPs said. The report is published by a joint effort of the think tank Civitas. It says bodies should be merged.';
    const entities = [named(text, 'org.civitas', 'ORG', ['Civitas'])];
    expect(resolveSpeaker(spanOf(text, 'It'), entities, [], { discourse: discourseOf(text) })).toBe(
      'org.civitas',
    );
  });

  it('takes an organisation named with the noun before the head ("Radio 1" for "the radio station")', () => {
    const text =
      'All three DJs will keep their shows on Radio 1. "Peel can never be replaced," said the radio station.';
    const entities = [named(text, 'org.radio-1', 'ORG', ['Radio 1'])];
    expect(
      resolveSpeaker(spanOf(text, 'the radio station'), entities, [], { discourse: discourseOf(text) }),
    ).toBe('org.radio-1');
  });

  it('never takes a people or a place written before the noun ("The Australian firm") for the firm', () => {
    const text =
      'Shares in Multiplex fell. The Australian firm said it would only break even. Costs rose at Multiplex. The firm said results were weak.';
    const entities = [
      named(text, 'org.multiplex', 'ORG', ['Multiplex']),
      named(text, 'norp.australian', 'NORP', ['Australian']),
    ];
    expect(resolveSpeaker(spanOf(text, 'The firm', 0), entities, [], { discourse: discourseOf(text) })).toBe(
      'org.multiplex',
    );
  });

  it('follows a statement a named person owns ("Mr Hale\'s statement said … It added") to that person', () => {
    const text =
      'Mr Hale denied it. Mr Hale\'s statement said: "We have made an impact." It added: "Labour wants a distraction."';
    const entities = [
      named(text, 'person.jo-hale', 'PERSON', ['Hale']),
      named(text, 'org.labour-party', 'ORG', ['Labour']),
    ];
    const prior = [spoke(text, "Mr Hale's statement", 'person.jo-hale')];
    const genders = new Map([['person.jo-hale', 'm' as const]]);
    expect(
      resolveSpeaker(spanOf(text, 'It'), entities, prior, { discourse: discourseOf(text), genders }),
    ).toBe('person.jo-hale');
  });
});

describe('resolveSpeaker: "they" continues the group that spoke last', () => {
  it('takes the organisation that spoke in the sentence before', () => {
    const text =
      'Opponents say the runway is too costly. BAA said the airports would pay. They have said they cannot raise the money.';
    const entities = [named(text, 'org.baa', 'ORG', ['BAA'])];
    const prior = [spoke(text, 'Opponents', null), spoke(text, 'BAA', 'org.baa')];
    expect(resolveSpeaker(spanOf(text, 'They'), entities, prior, { discourse: discourseOf(text) })).toBe(
      'org.baa',
    );
  });

  it('takes no one after people no entity names, or after one person, or with no speaker just before', () => {
    const text =
      'BAA owns the airports. Police said the protest was calm. They added that no one was hurt. Ann Cole said she was pleased. They said more marches would follow.';
    const entities = [
      named(text, 'org.baa', 'ORG', ['BAA']),
      named(text, 'person.ann-cole', 'PERSON', ['Ann Cole']),
    ];
    const prior = [spoke(text, 'Police', null), spoke(text, 'Ann Cole', 'person.ann-cole')];
    const discourse = discourseOf(text);
    expect(resolveSpeaker(spanOf(text, 'They'), entities, prior.slice(0, 1), { discourse })).toBeNull();
    expect(resolveSpeaker(spanOf(text, 'They', 1), entities, prior, { discourse })).toBeNull();
    const unsaid = 'BAA owns the airports. They said the runway would be built.';
    expect(
      resolveSpeaker(spanOf(unsaid, 'They'), [named(unsaid, 'org.baa', 'ORG', ['BAA'])], [], {
        discourse: discourseOf(unsaid),
      }),
    ).toBeNull();
  });

  it('takes no place for people it named the source by ("Experts studying the seas off Scotland")', () => {
    const text = 'Experts studying the seas off Scotland said storms would rise. They predicted floods.';
    const entities = [named(text, 'gpe.scotland', 'GPE', ['Scotland'])];
    const prior = [spoke(text, 'Experts studying the seas off Scotland', 'gpe.scotland')];
    expect(
      resolveSpeaker(spanOf(text, 'They'), entities, prior, { discourse: discourseOf(text) }),
    ).toBeNull();
  });
});
