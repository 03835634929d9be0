import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import { namedNext } from '../../../functions/domain/claims/named-next';
import { RuleAttributionExtractor } from '../../../functions/domain/claims/rule-attribution';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Claim, Entity } from '../../../functions/domain/model/document';
import { entitiesOf } from '../entities/helpers';
import { named } from './article-fixture';

type Built = Omit<Claim, 'id'>;

/** A claim whose source is the `nth` occurrence of `words`, in the sentence it lies in. */
function claimAt(
  text: string,
  words: string,
  entityId: string | null,
  sentences: { start: number; end: number }[],
): Built {
  const start = text.indexOf(words);
  const sentence = sentences.findIndex((s) => s.start <= start && start < s.end);
  return {
    kind: 'indirect',
    content: { start: 0, end: 1, text: text.slice(0, 1) },
    cue: null,
    speaker: { start, end: start + words.length, text: words, entityId },
    checkworthiness: 0.5,
    entities: [],
    numbers: [],
    hedges: [],
    sentence,
  };
}

function linked(text: string, sources: [string, string | null][], entities: Entity[]): (string | null)[] {
  const { sentences } = annotate(text);
  const claims = sources.map(([words, id]) => claimAt(text, words, id, sentences));
  namedNext(claims, entities, sentences);
  return claims.map((c) => c.speaker?.entityId ?? null);
}

describe('namedNext: a lead source that only describes someone is the one the next sentence names', () => {
  it('links a described person or a document to the speaker named first just after', () => {
    const adviser =
      'The minister will meet his target, according to his former adviser. ' +
      'Formerly one of his closest aides, Tom Reeve said the budget would balance.';
    const reeve = named(adviser, 'person.tom-reeve', 'PERSON', ['Tom Reeve']);
    expect(
      linked(
        adviser,
        [
          ['his former adviser', null],
          ['Tom Reeve', 'person.tom-reeve'],
        ],
        [reeve],
      ),
    ).toEqual(['person.tom-reeve', 'person.tom-reeve']);
    const report =
      'Most shoppers buy online at night, a report suggests. ' +
      'The Hillview Institute said that 60% of orders came after 8pm.';
    const institute = named(report, 'org.hillview-institute', 'ORG', ['Hillview Institute']);
    expect(
      linked(
        report,
        [
          ['a report', null],
          ['The Hillview Institute', 'org.hillview-institute'],
        ],
        [institute],
      ),
    ).toEqual(['org.hillview-institute', 'org.hillview-institute']);
  });

  it('leaves someone named before, a type that does not fit, and a possessive', () => {
    const before =
      'Tom Reeve spoke. The minister will meet his target, according to his former adviser. ' +
      'Tom Reeve said the budget would balance.';
    const known = named(before, 'person.tom-reeve', 'PERSON', ['Tom Reeve']);
    // the lead is the article's first sentence: here it has no claim
    expect(linked(before, [['his former adviser', null]], [known])).toEqual([null]);
    const body =
      'Growth will slow next year, the government has said. ' +
      'Finance minister Ann Gale said that spending would fall.';
    const gale = named(body, 'person.ann-gale', 'PERSON', ['Ann Gale']);
    expect(
      linked(
        body,
        [
          ['the government', null],
          ['Finance minister Ann Gale', 'person.ann-gale'],
        ],
        [gale],
      ),
    ).toEqual([null, 'person.ann-gale']);
    const possessed =
      "The first minister's remark has diverted attention, it has been claimed. " +
      'Jim Lowe, head of a charity, said the comment was unwise.';
    const lowe = named(possessed, 'person.jim-lowe', 'PERSON', ['Jim Lowe']);
    expect(
      linked(
        possessed,
        [
          ["The first minister's", null],
          ['Jim Lowe', 'person.jim-lowe'],
        ],
        [lowe],
      ),
    ).toEqual([null, 'person.jim-lowe']);
  });

  it('runs when claims are built', () => {
    const text =
      'A report said that most shoppers buy online at night. The Hillview Institute said that orders rose.';
    const doc = annotate(text);
    const entities = entitiesOf(text, [['Hillview Institute', 'ORG']]);
    const scorer = { threshold: 0.5, score: () => 0.5 };
    const built = buildClaims(doc, new RuleAttributionExtractor().extract(doc, entities), entities, scorer);
    expect(built.claims.map((c) => c.speaker && [c.speaker.text, c.speaker.entityId])).toEqual([
      ['A report', 'org.hillview-institute'],
      ['The Hillview Institute', 'org.hillview-institute'],
    ]);
  });
});
