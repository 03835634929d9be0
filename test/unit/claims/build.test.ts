import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import { RuleAttributionExtractor } from '../../../functions/domain/claims/rule-attribution';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { CheckworthinessScorer } from '../../../functions/domain/extract/types';
import { entitiesOf } from '../entities/helpers';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: (s) => (/\d/.test(s) ? 0.9 : 0.1) };

function claims(text: string, tags: Parameters<typeof entitiesOf>[1]) {
  const doc = annotate(text);
  const entities = entitiesOf(text, tags);
  return buildClaims(doc, new RuleAttributionExtractor().extract(doc, entities), entities, scorer).claims;
}

describe('buildClaims', () => {
  it('turns a quote into a direct claim with speaker entity, cue and mentioned entities', () => {
    const text = '“Riverton will get 300 new homes,” Mayor Elena Marsh said.';
    const [claim] = claims(text, [
      ['Elena Marsh', 'PER'],
      ['Riverton', 'LOC'],
    ]);
    expect(claim).toMatchObject({
      kind: 'direct',
      content: { text: 'Riverton will get 300 new homes' },
      cue: { text: 'said' },
      speaker: { text: 'Mayor Elena Marsh', entityId: 'person.elena-marsh' },
      entities: ['gpe.riverton'],
      checkworthiness: 0.9,
    });
    expect(claim?.numbers.map((n) => n.text)).toEqual(['300']);
    expect(text.slice(claim?.content.start, claim?.content.end)).toBe(claim?.content.text);
  });

  it('makes every named member of a joint source a speaker, and "they" after it the same group', () => {
    const text =
      '“We will keep our shares,” Mr Halloran and Mr Quist said. “The club is worth £800m,” they said. “The bid is too low,” Mr Quist said.';
    const found = claims(text, [
      ['Halloran', 'PER'],
      ['Quist', 'PER'],
    ]);
    expect(found.map((c) => c.speaker && [c.speaker.text, c.speaker.entityId, c.speaker.others])).toEqual([
      ['Mr Halloran and Mr Quist', 'person.quist', ['person.halloran']],
      ['they', 'person.quist', ['person.halloran']],
      ['Mr Quist', 'person.quist', undefined],
    ]);
  });

  it('makes every place of a joint source a speaker, though no place in a list speaks alone', () => {
    const text = '“We are not selling,” Norland and Estovia said.';
    const [claim] = claims(text, [
      ['Norland', 'LOC'],
      ['Estovia', 'LOC'],
    ]);
    expect(claim?.speaker).toMatchObject({
      text: 'Norland and Estovia',
      entityId: 'gpe.estovia',
      others: ['gpe.norland'],
    });
  });

  it('reads a quote left open at its paragraph end, to go on in the next, as direct', () => {
    const text = 'Elena Marsh said: "Riverton will get 300 new homes.\n\n"Work starts in May."';
    const [claim] = claims(text, [['Elena Marsh', 'PER']]);
    expect(claim).toMatchObject({ kind: 'direct', content: { text: 'Riverton will get 300 new homes.' } });
  });

  it('marks partly quoted content as mixed and resolves a pronoun speaker', () => {
    const text = 'Elena Marsh spoke first. She said that the plan would “protect every home” in the city.';
    const [claim] = claims(text, [['Elena Marsh', 'PER']]);
    expect(claim).toMatchObject({ kind: 'mixed', speaker: { text: 'She', entityId: 'person.elena-marsh' } });
  });

  it('reads no stance marker in quoted words, in a mixed claim or an unattributed one, but keeps the other hedges', () => {
    const text = 'Mayor Elena Marsh said the so-called "reform" was "fully justified" by the floods.';
    const doc = annotate(text);
    const entities = entitiesOf(text, [['Elena Marsh', 'PER']]);
    const at = (part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
    const content = at('the so-called "reform" was "fully justified"');
    const attribution = { source: [at('Mayor Elena Marsh')], cue: [at('said')], content: [content] };
    const [claim] = buildClaims(doc, [attribution], entities, scorer).claims;
    expect(claim).toMatchObject({ kind: 'mixed', hedges: ['so-called'] });
    const unattributed = claims('About 2,500 "volunteers" allegedly remain in the region.', []);
    expect(unattributed).toMatchObject([{ kind: 'unattributed', hedges: ['allegedly'] }]);
  });

  it('makes check-worthy sentences without attribution unattributed claims, and records hedges', () => {
    const text = 'About 2,500 troops allegedly remain in the region. The weather was pleasant.';
    const found = claims(text, []);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'unattributed', cue: null, speaker: null, hedges: ['allegedly'] });
  });

  it("leaves the next sentence's opening quote mark out of an unattributed claim", () => {
    const text =
      'The debt has now been reduced to 43.9bn euros. "Our results allow us to invest," said Mr Breton.';
    const found = claims(text, [['Breton', 'PER']]).filter((c) => c.kind === 'unattributed');
    expect(found.map((c) => [c.content.text, text.slice(c.content.start, c.content.end)])).toEqual([
      ['The debt has now been reduced to 43.9bn euros.', 'The debt has now been reduced to 43.9bn euros.'],
    ]);
  });

  it('makes a speaking report an entity of its own, and later "the report" refers to it', () => {
    const text =
      'A new report by the audit office of the Water Agency and the Treasury has determined that the dam is unsafe. Repairs are late, according to the report.';
    const doc = annotate(text);
    const entities = entitiesOf(text, [
      ['Water Agency', 'ORG'],
      ['Treasury', 'ORG'],
    ]);
    const built = buildClaims(doc, new RuleAttributionExtractor().extract(doc, entities), entities, scorer);
    const id = 'misc.report-by-the-audit-office-of-the-water-agency-and-the-treasury';
    expect(built.documents.map((d) => [d.id, d.type, d.mentions.length])).toEqual([[id, 'MISC', 2]]);
    expect(built.claims.filter((c) => c.speaker).map((c) => c.speaker?.entityId)).toEqual([id, id]);
  });

  it('reads a relative pronoun source as the noun phrase before it', () => {
    const text = 'The figures differ from those of city officials, who maintain that 40 homes were lost.';
    const doc = annotate(text);
    const attributions = [
      {
        source: [{ start: text.indexOf('who'), end: text.indexOf('who') + 3 }],
        cue: [{ start: text.indexOf('maintain'), end: text.indexOf('maintain') + 8 }],
        content: [{ start: text.indexOf('40'), end: text.length - 1 }],
      },
    ];
    const [claim] = buildClaims(doc, attributions, [], scorer).claims;
    expect(claim?.speaker?.text).toBe('city officials');
  });

  it('gives a thing that is only named ("a website called …") no speaker, nor the next "it"', () => {
    const text =
      'Harlow Trust spoke on Monday. It set up a website called Fair Share for donors. It added that 40 people had signed up.';
    const doc = annotate(text);
    const entities = entitiesOf(text, [['Harlow Trust', 'ORG']]);
    const span = (words: string, from = 0) => {
      const start = text.indexOf(words, from);
      return [{ start, end: start + words.length }];
    };
    const second = text.indexOf('It added');
    const attributions = [
      { source: span('a website'), cue: span('called'), content: span('Fair Share') },
      { source: span('It', second), cue: span('added'), content: span('40 people had signed up') },
    ];
    const found = buildClaims(doc, attributions, entities, scorer).claims.filter((c) => c.speaker);
    expect(found.map((c) => [c.speaker?.text, c.speaker?.entityId])).toEqual([
      ['a website', null],
      ['It', 'org.harlow-trust'],
    ]);
  });

  it('lets "…, noting that …" continue the speaker of the sentence', () => {
    const text = '“The camps are open,” Omar Haddad said, noting that 300 people had arrived.';
    const found = claims(text, [['Omar Haddad', 'PER']]);
    expect(found.map((c) => [c.cue?.text, c.speaker?.entityId])).toEqual([
      ['said', 'person.omar-haddad'],
      ['noting', 'person.omar-haddad'],
    ]);
  });

  it('lets a participle cue of several words ("raising questions about") continue the speaker', () => {
    const text = 'Omar Haddad said the camps are full, raising questions about the plan.';
    const doc = annotate(text);
    const entities = entitiesOf(text, [['Omar Haddad', 'PER']]);
    const span = (words: string) => [{ start: text.indexOf(words), end: text.indexOf(words) + words.length }];
    const attributions = [
      { source: span('Omar Haddad'), cue: span('said'), content: span('the camps are full') },
      { source: null, cue: span('raising questions about'), content: span('the plan') },
    ];
    const found = buildClaims(doc, attributions, entities, scorer).claims;
    expect(found.map((c) => [c.cue?.text, c.speaker?.entityId])).toEqual([
      ['said', 'person.omar-haddad'],
      ['raising questions about', 'person.omar-haddad'],
    ]);
  });

  it('stops a document author at a lower-case list item', () => {
    const text = 'According to an investigation by The Harbour Post, the city lost $3 million.';
    const doc = annotate(text);
    const built = buildClaims(doc, new RuleAttributionExtractor().extract(doc, []), [], scorer);
    expect(built.documents.map((d) => d.name)).toEqual(['Investigation by The Harbour Post']);
  });
});

describe('temporal sources', () => {
  it('gives the claim to the document described before the cue, not to a date', () => {
    const text =
      'A new report by the audit office of the Water Agency conducted between 1 October and 31 December 2023 has determined that the dam is unsafe.';
    const doc = annotate(text);
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const attributions = [
      {
        source: [at('31 December 2023')],
        cue: [at('has determined')],
        content: [at('that the dam is unsafe')],
      },
    ];
    const built = buildClaims(doc, attributions, [], scorer);
    expect(built.claims[0]?.speaker).toMatchObject({
      text: 'report by the audit office of the Water Agency',
      entityId: 'misc.report-by-the-audit-office-of-the-water-agency',
    });
  });

  it('drops a date source when no document is described before the cue', () => {
    const text = 'On 3 May the dam was declared unsafe, officials said.';
    const doc = annotate(text);
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const built = buildClaims(
      doc,
      [{ source: [at('3 May')], cue: [at('said')], content: [at('the dam was declared unsafe')] }],
      [],
      scorer,
    );
    expect(built.claims[0]?.speaker).toBeNull();
  });
});

describe('source edges', () => {
  it('trims an opening bracket or quote mark a tagger left at the end of a source', () => {
    const text = 'The army grew, the quarterly report on the Eastern Command (EC) determines.';
    const doc = annotate(text);
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const [claim] = buildClaims(
      doc,
      [
        {
          source: [at('the quarterly report on the Eastern Command (')],
          cue: [at('determines')],
          content: [at('The army grew')],
        },
      ],
      [],
      scorer,
    ).claims;
    expect(claim?.speaker?.text).toBe('the quarterly report on the Eastern Command');
    expect(text.slice(claim?.speaker?.start, claim?.speaker?.end)).toBe(claim?.speaker?.text);
  });
});
