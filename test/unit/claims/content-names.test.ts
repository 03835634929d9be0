import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import { firstNamedByContent, namedByContent } from '../../../functions/domain/claims/content-names';
import { RuleAttributionExtractor } from '../../../functions/domain/claims/rule-attribution';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { CheckworthinessScorer } from '../../../functions/domain/extract/types';
import { entitiesOf } from '../entities/helpers';
import { named, spanOf } from './article-fixture';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: () => 0.5 };

/** Each claim's source and the entity it is linked to. */
function speakers(text: string, tags: Parameters<typeof entitiesOf>[1]) {
  const doc = annotate(text);
  const entities = entitiesOf(text, tags);
  return buildClaims(doc, new RuleAttributionExtractor().extract(doc, entities), entities, scorer).claims.map(
    (c) => c.speaker && [c.speaker.text, c.speaker.entityId],
  );
}

describe('buildClaims: "he" or "she" is no one its own words name', () => {
  it('passes over a person the quoted words name in full', () => {
    const text =
      'Mr Tarrant denied the charges. Colin Ashby, his finance chief, has admitted fraud. "Colin Ashby made the decisions," he said.';
    expect(
      speakers(text, [
        ['Tarrant', 'PER'],
        ['Colin Ashby', 'PER'],
      ]),
    ).toContainEqual(['he', 'person.tarrant']);
  });

  it('passes over a person named by a given name inside the quote', () => {
    const text =
      'Rudi Halm is fit again, but Ferris is unsure whether to start him. "Rudi is the best striker in Europe," he said.';
    expect(
      speakers(text, [
        ['Ferris', 'PER'],
        ['Rudi Halm', 'PER'],
        ['Rudi', 'PER'],
      ]),
    ).toContainEqual(['he', 'person.ferris']);
  });
});

describe('namedByContent', () => {
  const sentence = (text: string) => ({ start: 0, end: text.length });

  it('takes a person named in the source sentence of the content', () => {
    const text = 'Mr Ashby made the decisions, he said.';
    const ashby = named(text, 'person.colin-ashby', 'PERSON', ['Ashby']);
    const content = { start: 0, end: 27 };
    expect([...namedByContent(spanOf(text, 'he'), [content], [], sentence(text), [ashby], text)]).toEqual([
      'person.colin-ashby',
    ]);
  });

  it('leaves "it" and "they": a firm names itself in its own statement', () => {
    const text = 'Sales beat the Moxa forecast, it said.';
    const moxa = named(text, 'org.moxa', 'ORG', ['Moxa']);
    expect(
      namedByContent(spanOf(text, 'it'), [{ start: 0, end: 28 }], [], sentence(text), [moxa], text).size,
    ).toBe(0);
  });

  it('leaves a source that lies within its content: the clause names the speaker', () => {
    const text = 'Director Ivo Brand said he was sad that Lena Kos did not come.';
    const brand = named(text, 'person.ivo-brand', 'PERSON', ['Ivo Brand']);
    const pieces = [
      { start: 0, end: 22 },
      { start: 26, end: 61 },
    ];
    expect(namedByContent(spanOf(text, 'he'), pieces, [], sentence(text), [brand], text).size).toBe(0);
  });

  it('leaves a name in the next sentence, a surname alone in a quote and a tag run over', () => {
    const text = 'Sales rose, he said. "It was hard. Pole joined in 2003," added Pole. Ivo Pole left.';
    const pole = named(text, 'person.ivo-pole', 'PERSON', ['Ivo Pole', 'Pole']);
    const quote = { start: 21, end: 56 };
    const first = { start: 0, end: 20 };
    const pieces = [
      { start: 0, end: 10 },
      { start: 22, end: 84 },
    ];
    expect(namedByContent(spanOf(text, 'he'), pieces, [quote], first, [pole], text).size).toBe(0);
    const given = text.replace('Pole joined', 'Ivo joined');
    const ivo = named(given, 'person.ivo-pole', 'PERSON', ['Ivo Pole', 'Ivo']);
    expect([...namedByContent(spanOf(given, 'he'), pieces, [quote], first, [ivo], given)]).toEqual([
      'person.ivo-pole',
    ]);
  });

  it('leaves a name after "a new": a version of the speaker', () => {
    const text = 'It is time to see a new Ivo Pole, he said.';
    const pole = named(text, 'person.ivo-pole', 'PERSON', ['Ivo Pole']);
    const content = { start: 0, end: 32 };
    expect(namedByContent(spanOf(text, 'he'), [content], [], sentence(text), [pole], text).size).toBe(0);
  });

  it('takes a person named in the opening the tag sets off, though the content left it out', () => {
    const text = 'Mr Ashby has failed to act, he claimed, saying he had the wrong plan.';
    const ashby = named(text, 'person.colin-ashby', 'PERSON', ['Ashby']);
    const content = { start: 38, end: 68 };
    expect([...namedByContent(spanOf(text, 'he'), [content], [], sentence(text), [ashby], text)]).toEqual([
      'person.colin-ashby',
    ]);
  });

  it('leaves an opening that sets a scene or a clause that goes on past the tag', () => {
    const scene = 'After meeting Mr Ashby, he said. Then he left.';
    const ashby = named(scene, 'person.colin-ashby', 'PERSON', ['Ashby']);
    const first = { start: 0, end: 32 };
    expect(
      namedByContent(spanOf(scene, 'he'), [{ start: 33, end: 46 }], [], first, [ashby], scene).size,
    ).toBe(0);
    const on = 'Mr Ashby is a recruit who, he claims, was asked.';
    const him = named(on, 'person.colin-ashby', 'PERSON', ['Ashby']);
    expect(namedByContent(spanOf(on, 'he'), [{ start: 38, end: 47 }], [], sentence(on), [him], on).size).toBe(
      0,
    );
  });
});

describe('buildClaims: "it" is no body its own words name for the first time', () => {
  it('goes on with the source that spoke before, not a firm first named in what it added', () => {
    const text =
      "Its takings set a record, Screen Weekly said. The film's distributor Tova expects ten million viewers - it added.";
    const doc = annotate(text);
    const entities = entitiesOf(text, [
      ['Screen Weekly', 'ORG'],
      ['Tova', 'ORG'],
    ]);
    const at = (words: string) => [spanOf(text, words)].map(({ start, end }) => ({ start, end }));
    const attributions = [
      { source: at('Screen Weekly'), cue: at('said'), content: at('Its takings set a record') },
      {
        source: at('it'),
        cue: at('added'),
        content: at("The film's distributor Tova expects ten million viewers"),
      },
    ];
    const claims = buildClaims(doc, attributions, entities, scorer).claims;
    expect(claims.map((c) => c.speaker?.entityId)).toEqual(['org.screen-weekly', 'org.screen-weekly']);
  });
});

describe('firstNamedByContent', () => {
  const text = 'Sales fell, Nord Media said. Tova expects a rebound, it added.';
  const nord = named(text, 'org.nord-media', 'ORG', ['Nord Media']);
  const tova = named(text, 'org.tova', 'ORG', ['Tova']);
  const sentences = [
    { start: 0, end: 28 },
    { start: 29, end: text.length },
  ];
  const content = { start: 29, end: 51 };
  const spoke = [{ text: 'Nord Media', entityId: 'org.nord-media', end: 27 }];

  it('takes a body first named in the words before "it", after another source spoke', () => {
    expect([...firstNamedByContent(spanOf(text, 'it'), [content], sentences, [nord, tova], spoke)]).toEqual([
      'org.tova',
    ]);
  });

  it('leaves a body named before, a story with no source before, and other sources', () => {
    const again = 'Tova sells films. Sales fell, Nord Media said. Tova expects a rebound, it added.';
    const twice = named(again, 'org.tova', 'ORG', ['Tova']);
    const later = [
      { start: 0, end: 17 },
      { start: 18, end: 46 },
      { start: 47, end: again.length },
    ];
    const prior = [{ text: 'Nord Media', entityId: 'org.nord-media', end: 45 }];
    expect(
      firstNamedByContent(spanOf(again, 'it'), [{ start: 47, end: 69 }], later, [twice], prior).size,
    ).toBe(0);
    expect(firstNamedByContent(spanOf(text, 'it'), [content], sentences, [nord, tova], []).size).toBe(0);
    expect(
      firstNamedByContent(spanOf(text, 'Nord Media'), [content], sentences, [nord, tova], spoke).size,
    ).toBe(0);
  });
});

describe('buildClaims: "the company" after its words goes on for the body that spoke just before', () => {
  it('passes over a product the tagger took for a firm, named in what the company said', () => {
    const text =
      'Vexo said Lockbar would stop copying. Lockbar is due out in May, the company said. It will work on most discs, the company said.';
    const doc = annotate(text);
    const entities = entitiesOf(text, [
      ['Vexo', 'ORG'],
      ['Lockbar', 'ORG'],
    ]);
    const at = (words: string, nth = 0) =>
      [spanOf(text, words, nth)].map(({ start, end }) => ({ start, end }));
    const attributions = [
      { source: at('Vexo'), cue: at('said'), content: at('Lockbar would stop copying') },
      { source: at('the company'), cue: at('said', 1), content: at('Lockbar is due out in May') },
      { source: at('the company', 1), cue: at('said', 2), content: at('It will work on most discs') },
    ];
    const claims = buildClaims(doc, attributions, entities, scorer).claims;
    expect(claims.map((c) => c.speaker?.entityId)).toEqual(['org.vexo', 'org.vexo', 'org.vexo']);
  });
});

describe('firstNamedByContent: after an organisation spoke', () => {
  const text =
    'Tova sells films. Sales fell, Nord Media said. Tova expects a rebound, it added. "We are calm."';
  const nord = named(text, 'org.nord-media', 'ORG', ['Nord Media']);
  const tova = named(text, 'org.tova', 'ORG', ['Tova']);
  const sentences = [
    { start: 0, end: 17 },
    { start: 18, end: 46 },
    { start: 47, end: 80 },
    { start: 81, end: text.length },
  ];
  const words = { start: 47, end: 69 };
  const spoke = [{ text: 'Nord Media', entityId: 'org.nord-media', end: 45 }];

  it('takes every other body the words before "it" name, though named before', () => {
    expect([...firstNamedByContent(spanOf(text, 'it'), [words], sentences, [nord, tova], spoke)]).toEqual([
      'org.tova',
    ]);
  });

  it('reads the words before the tag when the content runs on over it into a quote', () => {
    const over = [words, { start: 81, end: text.length }];
    expect([...firstNamedByContent(spanOf(text, 'it'), over, sentences, [nord, tova], spoke)]).toEqual([
      'org.tova',
    ]);
  });

  it('keeps the body that spoke, named in its own words ("the MDA\'s own predictions, it said")', () => {
    const own = 'Sales fell, Nord Media said. That beat Nord Media forecasts, it said.';
    const body = named(own, 'org.nord-media', 'ORG', ['Nord Media']);
    const parts = [
      { start: 0, end: 28 },
      { start: 29, end: own.length },
    ];
    const before = [{ text: 'Nord Media', entityId: 'org.nord-media', end: 22 }];
    expect(firstNamedByContent(spanOf(own, 'it'), [{ start: 29, end: 59 }], parts, [body], before).size).toBe(
      0,
    );
  });
});
