import { describe, expect, it } from 'vitest';
import { judgedBy } from '../../functions/domain/attribution/judged-by';
import { asText, cueClaim, extracted, sourcedClaim } from './text-fixture';

/** What `judgedBy` makes of the claim of `source`, `cue` and `content` in `text`, as text. */
function read(text: string, source: string, cue: string, content: string) {
  const a = sourcedClaim(text, source, cue, content);
  return asText(text, judgedBy(text, a));
}

describe('a passive of saying or judging whose content is its "by"-agent', () => {
  it('takes the agent for the source and the subject for the content', () => {
    const text = "Mr Prater's sentiments were echoed by Christine Rush, director of the Bangkok Film Market.";
    expect(
      read(
        text,
        "Mr Prater's sentiments",
        'were echoed',
        'by Christine Rush, director of the Bangkok Film Market.',
      ),
    ).toEqual(['Christine Rush', 'were echoed', "Mr Prater's sentiments"]);
    const relative = 'The plan, which could be challenged by doctors.';
    expect(read(relative, 'which', 'could be challenged', 'by doctors.')).toEqual([
      'doctors',
      'could be challenged',
      'which',
    ]);
  });

  it('keeps an "as"/"to be" complement in the content', () => {
    const text = "France were deemed by many to be the world's leading side.";
    expect(read(text, 'France', 'were deemed', "by many to be the world's leading side")).toEqual([
      'many',
      'were deemed',
      "France … to be the world's leading side",
    ]);
  });

  it('leaves a means, a subject apart from the cue and an unbroken participle phrase as they are', () => {
    const means = 'Mr Fox responded by accusing the prime minister.';
    const claim = ['Mr Fox', 'responded', 'by accusing the prime minister'];
    expect(read(means, 'Mr Fox', 'responded', 'by accusing the prime minister')).toEqual(claim);
    const apart = 'Mr Brown announced plans to merge agencies - described by one union as a bonfire.';
    expect(read(apart, 'Mr Brown', 'described', 'by one union as a bonfire')).toEqual([
      'Mr Brown',
      'described',
      'by one union as a bonfire',
    ]);
    const unbroken = 'Solutions suggested by conservationists include cutting air travel';
    expect(
      read(unbroken, 'Solutions', 'suggested', 'by conservationists include cutting air travel'),
    ).toEqual(['Solutions', 'suggested', 'by conservationists include cutting air travel']);
  });

  it('takes the whole subject for a source of no words ("£10")', () => {
    const text =
      'Prices fell. Broadband for less than £10 was even touted by some firms, although rivals doubted it.';
    expect(read(text, '£10', 'was even touted', 'by some firms, although rivals doubted it.')).toEqual([
      'some firms',
      'was even touted',
      'Broadband for less than £10',
    ]);
  });

  it('leaves a passive of deeds as it is', () => {
    const text = 'The match was won by Wales.';
    expect(read(text, 'The match', 'was won', 'by Wales.')).toEqual(['The match', 'was won', 'by Wales.']);
  });

  it('is how the extractor reads such a passive', () => {
    const text =
      "The Musicians' Union stance is being endorsed by the Music Managers' Forum (MMF), who say British artists face an uphill struggle.";
    expect(extracted(text)[0]).toEqual([
      "the Music Managers' Forum (MMF)",
      'is being endorsed',
      "The Musicians' Union stance",
    ]);
  });
});

describe('a passive of saying or judging whose "by" the tagger left to neither role', () => {
  it('takes the agent for the source and the whole subject, from the sentence start, for the content', () => {
    const text =
      'Talks began. Plans to lift the ban on exports to Ruritania have been condemned by aid groups and the opposition.';
    expect(read(text, 'Ruritania', 'have been condemned', 'aid groups and the opposition')).toEqual([
      'aid groups and the opposition',
      'have been condemned',
      'Plans to lift the ban on exports to Ruritania',
    ]);
  });

  it('leaves a relative pronoun subject and a cue with no auxiliary, and keeps a subject a comma sets apart from the sentence start', () => {
    const relative = 'The envelopes, which will be revealed by the presenters, are sealed.';
    expect(read(relative, 'which', 'will be revealed', 'the presenters')).toEqual([
      'which',
      'will be revealed',
      'the presenters',
    ]);
    const bare = 'A ring bought as a gift condemned by Sharon as fake.';
    expect(read(bare, 'a gift', 'condemned', 'Sharon as fake')).toEqual([
      'a gift',
      'condemned',
      'Sharon as fake',
    ]);
    const comma = 'After the vote, the plans have been condemned by aid groups.';
    expect(read(comma, 'the plans', 'have been condemned', 'aid groups')).toEqual([
      'aid groups',
      'have been condemned',
      'the plans',
    ]);
  });
});

describe('a passive of saying or judging with no source, only its "by"-agent for content', () => {
  /** What `judgedBy` makes of the sourceless claim of `cue` and `content` in `text`, as text. */
  const sourceless = (text: string, cue: string, content: string) =>
    asText(text, judgedBy(text, cueClaim(text, cue, content)));

  it('takes the agent for the source and the opening subject for the content', () => {
    const text =
      'Courts are busy. New rules to cut delays in courts have been announced by the lord chancellor.';
    expect(sourceless(text, 'have been announced', 'by the lord chancellor.')).toEqual([
      'the lord chancellor',
      'have been announced',
      'New rules to cut delays in courts',
    ]);
    const of = 'The firm has been accused by the agency of supplying the drug';
    expect(sourceless(of, 'has been accused', 'by the agency of supplying the drug')).toEqual([
      'the agency',
      'has been accused',
      'The firm … of supplying the drug',
    ]);
  });

  it('takes the words after the last subordinator of a clause with a helping verb of its own', () => {
    const clause = 'Games have been hit by criticism after the game was blamed by the parents.';
    expect(sourceless(clause, 'was blamed', 'by the parents.')).toEqual([
      'the parents',
      'was blamed',
      'the game',
    ]);
  });

  it('leaves a subject with a helping verb of its own, a means and a deed', () => {
    const clause = 'Games have been hit by criticism and the game was blamed by the parents.';
    expect(sourceless(clause, 'was blamed', 'by the parents.')).toEqual([
      null,
      'was blamed',
      'by the parents.',
    ]);
    const means = 'The plan was backed by cutting costs.';
    expect(sourceless(means, 'was backed', 'by cutting costs.')).toEqual([
      null,
      'was backed',
      'by cutting costs.',
    ]);
    const deed = 'The match was won by Wales.';
    expect(sourceless(deed, 'was won', 'by Wales.')).toEqual([null, 'was won', 'by Wales.']);
  });
});
