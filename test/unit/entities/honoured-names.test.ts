import { describe, expect, it } from 'vitest';
import { linkForExtraction } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import { idsAndMentions, tagLongestFirst } from './helpers';

describe('an honorific opening a name typed as no person', () => {
  it('makes it a person, joined to the full name it titles', () => {
    const text = 'Vincent Cable says debt is rising. Mr Cable said the bill was weak.';
    expect(
      idsAndMentions(text, [
        ['Vincent Cable', 'ORG'],
        ['Mr Cable', 'ORG'],
      ]),
    ).toEqual([['person.vincent-cable', ['Vincent Cable', 'Cable']]]);
  });

  it('keeps a rank as a role and gives a lone titled name the bare surname id', () => {
    const text = 'The party repaid Lord Ashcroft, and Prof Reddy agreed.';
    const { entities } = linkForExtraction(
      annotate(text),
      tagLongestFirst(text, [
        ['Lord Ashcroft', 'LOC'],
        ['Prof Reddy', 'ORG'],
      ]),
    );
    expect(entities.map((e) => [e.id, e.type, e.roles])).toEqual([
      ['person.ashcroft', 'PERSON', ['Lord']],
      ['person.reddy', 'PERSON', ['Prof']],
    ]);
  });

  it('stays as tagged in the mentions the attribution model sees', () => {
    const text = 'Mr Cable said the bill was weak.';
    const { entities, forAttribution } = linkForExtraction(
      annotate(text),
      tagLongestFirst(text, [['Mr Cable', 'ORG']]),
    );
    expect(entities.map((e) => e.id)).toEqual(['person.cable']);
    expect(forAttribution.map((e) => e.id)).toEqual(['org.mr-cable']);
  });

  it('leaves a firm named for a doctor, a post and a title', () => {
    const text = "Dr Reddy's shares fell. The Lord Chancellor spoke. The Lord Of the Rings won.";
    expect(
      idsAndMentions(text, [
        ['Dr Reddy', 'ORG'],
        ['Lord Chancellor', 'LOC'],
        ['Lord Of', 'LOC'],
      ]).map(([id]) => id),
    ).toEqual(['org.dr-reddy', 'gpe.lord-chancellor', 'gpe.lord-of']);
  });

  it('cuts a party and a post before a name typed a body, an honorific after the post too', () => {
    const text =
      'Democratic Senator Kal Brenner objected. Tory Treasurer Lord Ashby paid. The Labour Assembly Government spoke.';
    const { entities } = linkForExtraction(
      annotate(text),
      tagLongestFirst(text, [
        ['Democratic Senator Kal Brenner', 'ORG'],
        ['Tory Treasurer Lord Ashby', 'ORG'],
        ['Labour Assembly Government', 'ORG'],
      ]),
    );
    // "Tory" names the party as well, as it would anywhere
    const titled = entities.filter((e) => e.id !== 'org.conservative-party');
    expect(titled.map((e) => [e.id, e.type, e.roles])).toEqual([
      ['person.kal-brenner', 'PERSON', ['Senator']],
      ['person.ashby', 'PERSON', ['Lord']],
      ['org.labour-assembly-government', 'ORG', []],
    ]);
  });

  it('leaves a work typed MISC, and judges named by a plural style to the judicial styles', () => {
    const text = 'Two episodes of the new Miss Marple drama air. Lord Justices Clarke and Rix ruled.';
    expect(
      idsAndMentions(text, [
        ['Miss Marple', 'MISC'],
        ['Mr Bean', 'MISC'],
        ['Lord Justices Clarke', 'ORG'],
      ]).map(([id]) => id),
    ).toEqual(['misc.miss-marple', 'person.clarke']);
  });
});
