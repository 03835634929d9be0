import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import { contentSpan, FRAGMENT_JOIN } from '../../../functions/domain/claims/content';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Attribution, CheckworthinessScorer } from '../../../functions/domain/extract/types';
import { Claim } from '../../../functions/domain/model/document';
import * as z from '../../../functions/domain/model/zod';
import { entitiesOf } from '../entities/helpers';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: (s) => (/\d/.test(s) ? 0.9 : 0.1) };
const span = (text: string, part: string, from = 0) => {
  const start = text.indexOf(part, from);
  return { start, end: start + part.length };
};

describe('contentSpan', () => {
  const text = '“We need 300 homes,” she said. “Now.”';
  it('keeps a single fragment as the stretch of text it is', () => {
    expect(contentSpan(text, [span(text, 'We need 300 homes')])).toEqual({
      ...span(text, 'We need 300 homes'),
      text: 'We need 300 homes',
    });
    expect(contentSpan(text, [])).toBeNull();
  });

  it('joins the texts of several fragments and covers them all', () => {
    const content = contentSpan(text, [span(text, 'We need 300 homes'), span(text, 'Now')]);
    expect(content).toMatchObject({
      start: text.indexOf('We'),
      end: text.indexOf('Now') + 3,
      text: `We need 300 homes${FRAGMENT_JOIN}Now`,
    });
    expect(content?.fragments?.map((f) => text.slice(f.start, f.end))).toEqual(['We need 300 homes', 'Now']);
    expect(content?.fragments?.[0]).toEqual(span(text, 'We need 300 homes'));
  });
});

describe("contentSpan with the next quote's opening mark", () => {
  it("leaves out a mark that opens a quote after the content's sentence", () => {
    const text = 'The firm said profits rose in the new year. "We are pleased," it added.';
    const cut = contentSpan(text, [span(text, 'profits rose in the new year. "')]);
    expect(cut).toEqual({
      ...span(text, 'profits rose in the new year.'),
      text: 'profits rose in the new year.',
    });
    const curly = 'He said it was over. “Next,” he added.';
    expect(contentSpan(curly, [span(curly, 'it was over. “')])?.text).toBe('it was over.');
  });

  it('keeps a closing mark, and a mark inside the content', () => {
    const text = 'He said "it was over." Then he left.';
    expect(contentSpan(text, [span(text, '"it was over."')])?.text).toBe('"it was over."');
    expect(contentSpan(text, [span(text, 'it was over."')])?.text).toBe('it was over."');
  });
});

describe('buildClaims with a quote split by its attribution', () => {
  const text =
    '“Riverton needs 300 new homes,” Mayor Elena Marsh said. The council has 12 members. “Building starts in May,” she added.';
  const doc = annotate(text);
  const entities = entitiesOf(text, [
    ['Elena Marsh', 'PER'],
    ['Riverton', 'LOC'],
  ]);
  const split: Attribution = {
    source: [span(text, 'Mayor Elena Marsh')],
    cue: [span(text, 'said')],
    content: [span(text, 'Riverton needs 300 new homes'), span(text, 'Building starts in May')],
  };
  const built = buildClaims(doc, [split], entities, scorer).claims;
  const quoted = built.find((c) => c.kind !== 'unattributed');

  it('is one direct claim whose text, entities and numbers come from its fragments only', () => {
    expect(quoted).toMatchObject({
      kind: 'direct',
      content: { text: `Riverton needs 300 new homes${FRAGMENT_JOIN}Building starts in May` },
      speaker: { entityId: 'person.elena-marsh' },
      entities: ['gpe.riverton'],
    });
    expect(quoted?.numbers.map((n) => [n.text, text.slice(n.start, n.end)])).toEqual([['300', '300']]);
    expect(z.omit(Claim, { id: true }).parse(quoted)).toEqual(quoted);
  });

  it('leaves a sentence between the fragments free to be a claim of its own', () => {
    expect(built.filter((c) => c.kind === 'unattributed').map((c) => c.content.text)).toEqual([
      'The council has 12 members.',
    ]);
  });

  it('takes hedges from the pieces and the cue, not from a sentence between them', () => {
    const hedged =
      '“The so-called plan is late,” Mayor Elena Marsh said. Rivals allegedly stalled it. “It starts in May,” she said.';
    const attribution: Attribution = {
      source: [span(hedged, 'Mayor Elena Marsh')],
      cue: [span(hedged, 'said')],
      content: [span(hedged, 'The so-called plan is late'), span(hedged, 'It starts in May')],
    };
    const [claim] = buildClaims(annotate(hedged), [attribution], entitiesOf(hedged, []), scorer).claims;
    expect(claim?.hedges).toEqual(['so-called']);
  });
});

describe('contentSpan after a dateline', () => {
  it('starts a content opening its paragraph after the dateline', () => {
    const text = 'DENVER, Colo. – Ad spending rose 12% this year, according to a new survey.';
    const content = contentSpan(text, [span(text, 'DENVER, Colo. – Ad spending rose 12% this year')]);
    expect(content?.text).toBe('Ad spending rose 12% this year');
  });
});
