import { describe, expect, it } from 'vitest';
import { linkEntities } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import { tagLongestFirst } from './helpers';

const entitiesOf = (text: string, spans: Parameters<typeof tagLongestFirst>[1]) =>
  linkEntities(annotate(text), tagLongestFirst(text, spans));

const orgs = (text: string, spans: Parameters<typeof tagLongestFirst>[1]) =>
  entitiesOf(text, spans)
    .filter((e) => e.type === 'ORG')
    .map((e) => [e.id, e.mentions.length]);

describe("an organisation's short name within an article", () => {
  it('joins the last word of the full name: "Rover" is MG Rover', () => {
    const text = 'MG Rover cut jobs. Rover said sales fell. Rover bosses met.';
    expect(
      orgs(text, [
        ['MG Rover', 'ORG'],
        ['Rover', 'ORG'],
      ]),
    ).toEqual([['org.mg-rover', 3]]);
  });

  it('leaves a short name two full names end in apart', () => {
    const text = 'Barrick Gold and Highland Gold merged. Gold rose.';
    expect(
      orgs(text, [
        ['Barrick Gold', 'ORG'],
        ['Highland Gold', 'ORG'],
        ['Gold', 'ORG'],
      ]).map(([id]) => id),
    ).toEqual(['org.barrick-gold', 'org.highland-gold', 'org.gold']);
  });

  it('leaves generic heads, common words, lists and "of" names apart', () => {
    const text =
      'The Sunday Times said the Times erred. The Manchester United board met United fans. Heineken and Carlsberg rose; Carlsberg fell. The University of Lille and Lille agreed. The 1997 Lions won; the Lions lost.';
    expect(
      orgs(text, [
        ['Sunday Times', 'ORG'],
        ['Times', 'ORG'],
        ['Manchester United', 'ORG'],
        ['United', 'ORG'],
        ['Heineken and Carlsberg', 'ORG'],
        ['Carlsberg', 'ORG'],
        ['University of Lille', 'ORG'],
        ['Lille', 'ORG'],
        ['1997 Lions', 'ORG'],
        ['Lions', 'ORG'],
      ]).map(([id]) => id),
    ).toEqual([
      'org.sunday-times',
      'org.times',
      // the partial-name rule leaves "United" apart; the document view's generic-heads rule joins it
      'org.manchester-united',
      // the list stays apart from "Carlsberg" here; the document view's joined-names rule then splits it
      'org.heineken',
      'org.carlsberg',
      'org.university-of-lille',
      'org.lille',
      'org.1997-lions',
      'org.lions',
    ]);
  });

  it('leaves a short name apart from a body\'s part it ends: "BBC Newcastle" beside the BBC', () => {
    const text = 'Newcastle won. The BBC said so, and BBC Newcastle agreed.';
    expect(
      orgs(text, [
        ['Newcastle', 'ORG'],
        ['BBC', 'ORG'],
        ['BBC Newcastle', 'ORG'],
      ]).map(([id]) => id),
    ).toEqual(['org.newcastle', 'org.bbc', 'org.bbc-newcastle']);
    // the alias table knows the BBC when the article does not name it alone
    const alone = 'Newcastle won, BBC Newcastle said.';
    expect(
      orgs(alone, [
        ['Newcastle', 'ORG'],
        ['BBC Newcastle', 'ORG'],
      ]).map(([id]) => id),
    ).toEqual(['org.newcastle', 'org.bbc-newcastle']);
  });

  it('still joins when a fragment of the full name was tagged alone ("Daily" of "Daily Telegraph")', () => {
    const text = 'The Daily Telegraph rose. Daily sales fell, the Telegraph said.';
    expect(
      orgs(text, [
        ['Daily Telegraph', 'ORG'],
        ['Daily', 'ORG'],
        ['Telegraph', 'ORG'],
      ]),
    ).toEqual([
      ['org.daily-telegraph', 2],
      ['org.daily', 1],
    ]);
  });

  it('does not join a person to a firm, nor a firm to a person', () => {
    const text = 'James Hardie Industries paid. Industries fell. Tony Blair spoke; Blair Holdings rose.';
    const types = entitiesOf(text, [
      ['James Hardie Industries', 'ORG'],
      ['Industries', 'ORG'],
      ['Tony Blair', 'PER'],
      ['Blair Holdings', 'ORG'],
    ]).map((e) => e.id);
    expect(types).toContain('person.tony-blair');
    expect(types).toContain('org.blair-holdings');
  });
});
