import { describe, expect, it } from 'vitest';
import { resolveSpeaker } from '../../../functions/domain/claims/speaker';
import { discourseOf, named, spanOf, speakerOf } from './article-fixture';

/** Resolves the `nth` occurrence of `words` in `text` as a source, with the article's discourse. */
describe('resolveSpeaker: an office nobody in the article holds', () => {
  it('never goes to someone the article gives another office', () => {
    const text =
      'Tom Hale backed Chancellor Ann Webb on Monday. In a speech in Leeds, the prime minister said the plan was sound.';
    const hale = named(text, 'person.tom-hale', 'PERSON', ['Tom Hale']);
    const webb = named(text, 'person.ann-webb', 'PERSON', ['Ann Webb'], ['Chancellor']);
    expect(speakerOf(text, 'the prime minister', [hale, webb])).toBe('person.tom-hale');
  });

  it('goes to the salient person, not to a name quoted last', () => {
    const text =
      'Rumours grew after Mr Hale\'s speech on a "Marshall Plan" for Africa. But the prime minister said the claims were nonsense.';
    const hale = named(text, 'person.tom-hale', 'PERSON', ['Hale']);
    const plan = named(text, 'person.marshall-plan', 'PERSON', ['Marshall Plan']);
    expect(speakerOf(text, 'the prime minister', [hale, plan])).toBe('person.tom-hale');
  });

  it('with nobody before it, goes to the first person named after it', () => {
    const text =
      'The changes were not a ploy, the lord chancellor has said. Ministers were accused of panic. Lord Falconer said the bill was sound.';
    const falconer = named(text, 'person.falconer', 'PERSON', ['Falconer'], ['Lord']);
    expect(speakerOf(text, 'the lord chancellor', [falconer])).toBe('person.falconer');
  });

  it('never goes to someone named after it as an object, or in its own sentence', () => {
    const sued =
      'The state attorney general said it had sued. The lawsuit was filed against Ray Pike, a student, and Al Ross.';
    const pike = named(sued, 'person.ray-pike', 'PERSON', ['Ray Pike']);
    const ross = named(sued, 'person.al-ross', 'PERSON', ['Al Ross']);
    expect(speakerOf(sued, 'The state attorney general', [pike, ross])).toBeNull();
    const warned = 'The campaign director denied he had warned Tom Hale. The party said nothing.';
    const hale = named(warned, 'person.tom-hale', 'PERSON', ['Tom Hale']);
    expect(speakerOf(warned, 'The campaign director', [hale])).toBeNull();
  });

  it('gives "the minister" to a secretary of state named before it', () => {
    const text = 'Education Secretary Ruth Kelly spoke on Monday. The minister also confirmed her faith.';
    const kelly = named(text, 'person.ruth-kelly', 'PERSON', ['Ruth Kelly'], ['Education Secretary']);
    expect(speakerOf(text, 'The minister', [kelly])).toBe('person.ruth-kelly');
  });

  it('gives a former office to someone who holds another one now', () => {
    const text = 'Middlesbrough mayor Ray Mallon will campaign. The former police chief said he was ready.';
    const mallon = named(text, 'person.ray-mallon', 'PERSON', ['Ray Mallon'], ['mayor']);
    expect(speakerOf(text, 'The former police chief', [mallon])).toBe('person.ray-mallon');
  });
});

/** A source already resolved before `nth` occurrence of `words`, as buildClaims records it. */
const spoke = (text: string, words: string, entityId: string | null, nth = 0) => ({
  text: words,
  entityId,
  end: spanOf(text, words, nth).end,
});

describe('resolveSpeaker: an office the article already gave someone', () => {
  it('goes to whom the same office stood for before, not to the subject named last', () => {
    const text =
      'The chancellor said the rules were fair. Tom Hale asked Ms Webb whether the figures were rigged. But the chancellor said Mr Hale was wrong.';
    const hale = named(text, 'person.tom-hale', 'PERSON', ['Tom Hale', 'Hale']);
    const webb = named(text, 'person.ann-webb', 'PERSON', ['Webb']);
    const prior = [spoke(text, 'The chancellor', 'person.ann-webb')];
    const resolved = resolveSpeaker(spanOf(text, 'the chancellor'), [hale, webb], prior, {
      discourse: discourseOf(text),
    });
    expect(resolved).toBe('person.ann-webb');
  });

  it('never goes to someone an earlier link gave another office', () => {
    const text =
      'The prime minister spoke in Leeds. On Monday Mr Hale denied Ms Webb said it, and the chancellor told reporters so.';
    const hale = named(text, 'person.tom-hale', 'PERSON', ['Hale']);
    const webb = named(text, 'person.ann-webb', 'PERSON', ['Webb']);
    const prior = [spoke(text, 'The prime minister', 'person.tom-hale')];
    const resolved = resolveSpeaker(spanOf(text, 'the chancellor'), [hale, webb], prior, {
      discourse: discourseOf(text),
    });
    expect(resolved).toBe('person.ann-webb');
  });
});

describe('resolveSpeaker: an office between two names that only own or follow', () => {
  it('goes to the one named last, not to the one the story was about', () => {
    const text =
      "Tom Hale opposes the plan. An aide set out Mr Hale's view after a bishop backed Ann Webb's stance. The Green leader wants a vote.";
    const hale = named(text, 'person.tom-hale', 'PERSON', ['Tom Hale', 'Hale']);
    const webb = named(text, 'person.ann-webb', 'PERSON', ['Ann Webb']);
    expect(speakerOf(text, 'The Green leader', [hale, webb])).toBe('person.ann-webb');
  });
});

describe('resolveSpeaker: which offices one person may hold', () => {
  it('takes "the premier" for the prime minister an earlier link named', () => {
    const text =
      'The prime minister spoke in Leeds. Ms Webb met Mr Hale later. The premier said the talks went well.';
    const hale = named(text, 'person.tom-hale', 'PERSON', ['Hale']);
    const webb = named(text, 'person.ann-webb', 'PERSON', ['Webb']);
    const prior = [spoke(text, 'The prime minister', 'person.tom-hale')];
    const resolved = resolveSpeaker(spanOf(text, 'The premier'), [hale, webb], prior, {
      discourse: discourseOf(text),
    });
    expect(resolved).toBe('person.tom-hale');
  });

  it('lets a seat ("the MEP") go to someone titled with another office', () => {
    const text = 'Party leader Tom Hale spoke after Ann Webb. The MEP said the vote was close.';
    const hale = named(text, 'person.tom-hale', 'PERSON', ['Tom Hale'], ['Party leader']);
    const webb = named(text, 'person.ann-webb', 'PERSON', ['Ann Webb']);
    expect(speakerOf(text, 'The MEP', [webb, hale])).toBe('person.tom-hale');
  });

  it('reads "London mayor Mr Hale" as a title, so he is not "the prime minister"', () => {
    const text =
      'Ann Webb was in Leeds, where Ms Webb spoke. London mayor Mr Hale stood firm. But the prime minister said he was wrong.';
    const hale = named(text, 'person.tom-hale', 'PERSON', ['Hale'], ['London mayor']);
    const webb = named(text, 'person.ann-webb', 'PERSON', ['Webb']);
    expect(speakerOf(text, 'the prime minister', [webb, hale])).toBe('person.ann-webb');
  });

  it("takes a title of the same body for the same office, and no role ending in 'of' for a title", () => {
    const bank =
      'Ann Webb spoke first. Central Bank chairman Tom Hale followed. The Central Bank head said rates would hold.';
    const hale = named(bank, 'person.tom-hale', 'PERSON', ['Tom Hale'], ['Central Bank chairman']);
    const webb = named(bank, 'person.ann-webb', 'PERSON', ['Ann Webb']);
    expect(speakerOf(bank, 'The Central Bank head', [webb, hale])).toBe('person.tom-hale');
    const office =
      "Ann Webb spoke first. A new head of Hale's staff was named. The chancellor said rates would hold.";
    const chief = named(office, 'person.tom-hale', 'PERSON', ['Hale'], ['head of']);
    const ann = named(office, 'person.ann-webb', 'PERSON', ['Ann Webb']);
    expect(speakerOf(office, 'The chancellor', [ann, chief])).toBe('person.tom-hale');
  });
});

describe("resolveSpeaker: a holder's office", () => {
  it('speaks for the one holding that office', () => {
    const text =
      "Gov. Kristi Noem defended the campaign. It cost $449,000, the state said. The governor's office did not respond.";
    const noem = named(text, 'person.kristi-noem', 'PERSON', ['Kristi Noem'], ['Gov.']);
    const nida = named(text, 'org.national-drug-agency', 'ORG', ['state']);
    expect(speakerOf(text, "The governor's office", [noem, nida])).toBe('person.kristi-noem');
  });

  it("is no one's when nobody holds the office", () => {
    const text = "The Drug Agency gave figures. The mayor's office did not respond.";
    const agency = named(text, 'org.drug-agency', 'ORG', ['Drug Agency']);
    expect(speakerOf(text, "The mayor's office", [agency])).toBeNull();
  });
});

describe('resolveSpeaker: a newspaper named for a role', () => {
  it('is no person holding that role', () => {
    const text = 'Gov. Kristi Noem launched it. It cost $449,000, according to the Sioux Falls Argus Leader.';
    const noem = named(text, 'person.kristi-noem', 'PERSON', ['Kristi Noem'], ['Gov.', 'leader']);
    const falls = named(text, 'gpe.sioux-falls', 'GPE', ['Sioux Falls']);
    expect(speakerOf(text, 'the Sioux Falls Argus Leader', [noem, falls])).toBeNull();
    const tory = 'Michael Howard, the Tory leader, spoke. The Tory Leader said taxes would fall.';
    const howard = named(tory, 'person.michael-howard', 'PERSON', ['Michael Howard'], ['Tory leader']);
    expect(speakerOf(tory, 'The Tory Leader', [howard])).toBe('person.michael-howard');
  });
});

describe('resolveSpeaker: a role a common noun owns ("the campaign\'s director")', () => {
  it('goes to the person named as a subject next, not the one the body is about', () => {
    const text =
      "A campaign for blogger Tom Hale held a day of action. Many users joined, the campaign's director said. Ann Webb said the resolve was firm.";
    const hale = named(text, 'person.tom-hale', 'PERSON', ['Tom Hale']);
    const webb = named(text, 'person.ann-webb', 'PERSON', ['Ann Webb']);
    expect(speakerOf(text, "the campaign's director", [hale, webb])).toBe('person.ann-webb');
  });

  it('still goes to the salient person when no one is named next', () => {
    const text = "Ann Webb runs a charity. Aid must rise, the charity's director said. The report agreed.";
    const webb = named(text, 'person.ann-webb', 'PERSON', ['Ann Webb']);
    expect(speakerOf(text, "the charity's director", [webb])).toBe('person.ann-webb');
  });
});

describe('resolveSpeaker: an office and a passer-by', () => {
  const text =
    'Tom Hale met union leaders on Monday. Mr Hale said talks went well. Labour\'s Al Ross said the pair had been "scorched" by MPs. Mr Day told the BBC: "They must get in line." The book says the prime minister told Mr Day he would go.';

  it('passes over a person named once a few sentences back for one named more', () => {
    const hale = named(text, 'person.tom-hale', 'PERSON', ['Tom Hale', 'Hale']);
    const ross = named(text, 'person.al-ross', 'PERSON', ['Al Ross']);
    expect(speakerOf(text, 'the prime minister', [hale, ross])).toBe('person.tom-hale');
  });

  it('gives no one rather than the passer-by or whoever is named next', () => {
    const only =
      'Labour\'s Al Ross said the pair had been "scorched". Mr Day spoke on. Mr Day said more. The prime minister said he would go. Jo Kerr said so too.';
    const ross = named(only, 'person.al-ross', 'PERSON', ['Al Ross']);
    const kerr = named(only, 'person.jo-kerr', 'PERSON', ['Jo Kerr']);
    expect(speakerOf(only, 'The prime minister', [ross, kerr])).toBeNull();
  });

  it('still takes a person named once in the sentence before', () => {
    const coach =
      'Andy Moss said he would keep working with the squad. However, the England coach added that there were positives.';
    const moss = named(coach, 'person.andy-moss', 'PERSON', ['Andy Moss']);
    expect(speakerOf(coach, 'the England coach', [moss])).toBe('person.andy-moss');
  });
});

describe('resolveSpeaker: an office and whom its own sentence names', () => {
  it('is not someone its sentence names after it, though the subject just before', () => {
    const text =
      'Tom Hale has criticised a union leader. Al Day, of the union, spoke of a rift with Mr Hale. But the chancellor said Mr Day was never at the meetings.';
    const hale = named(text, 'person.tom-hale', 'PERSON', ['Hale']);
    const day = named(text, 'person.al-day', 'PERSON', ['Day']);
    expect(speakerOf(text, 'the chancellor', [hale, day])).toBe('person.tom-hale');
  });

  it('still takes a holder set beside it', () => {
    const text = 'Tom Hale spoke on Monday. Mr Hale said so. The chairman, Mr Hale, said the vote was close.';
    const hale = named(text, 'person.tom-hale', 'PERSON', ['Hale']);
    expect(speakerOf(text, 'The chairman', [hale])).toBe('person.tom-hale');
  });
});
