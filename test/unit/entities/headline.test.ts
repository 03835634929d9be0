import { describe, expect, it } from 'vitest';
import { tagHeadlined, withHeadline } from '../../../functions/domain/entities/headline';
import { linkForExtraction, linkWithHeadline } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { TaggedMention, TaggerType } from '../../../functions/domain/extract/types';
import type { Entity } from '../../../functions/domain/model/document';
import { tag, tagLongestFirst } from './helpers';

const TITLE = 'BBC sues Gazprom';
const BODY = 'The company filed a claim on Monday. Gazprom denied it.';
const SPANS: [string, TaggerType][] = [
  ['BBC', 'ORG'],
  ['Gazprom', 'ORG'],
];

/** The article read as the extractor reads it: headline, then body, tagged together. */
function linked(title: string | null, body: string, spans: [string, TaggerType][]) {
  const read = withHeadline(annotate(body), title);
  return linkWithHeadline(read, tagLongestFirst(read.doc.text, spans));
}

const spansOf = (e: Entity) => ({
  id: e.id,
  mentions: e.mentions.map((m) => m.text),
  titleMentions: e.titleMentions?.map((m) => m.text),
});

describe('entities named in the headline', () => {
  it('are extracted when the headline alone names them, with mentions in the title', () => {
    const { entities } = linked(TITLE, BODY, SPANS);
    expect(entities.map(spansOf)).toEqual([
      { id: 'org.bbc', mentions: [], titleMentions: ['BBC'] },
      { id: 'org.gazprom', mentions: ['Gazprom'], titleMentions: ['Gazprom'] },
    ]);
  });

  it('are left out when the headline alone names them and nothing but the tagger vouches for them', () => {
    const { entities } = linked('Yukos sues Gazprom', BODY, [
      ['Yukos', 'ORG'],
      ['Gazprom', 'ORG'],
    ]);
    expect(entities.map((e) => e.id)).toEqual(['org.gazprom']);
  });

  it('have offsets into `title` for headline mentions and into `text` for the rest', () => {
    const { entities } = linked(TITLE, BODY, SPANS);
    for (const e of entities) {
      for (const m of e.mentions) expect(BODY.slice(m.start, m.end)).toBe(m.text);
      for (const m of e.titleMentions ?? []) expect(TITLE.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('are not given to the attribution model, which reads the body only', () => {
    const { forAttribution } = linked(TITLE, BODY, SPANS);
    expect(forAttribution.map((e) => [e.id, e.mentions.map((m) => [m.start, m.end])])).toEqual([
      ['org.gazprom', [[37, 44]]],
    ]);
    expect(forAttribution.every((e) => e.titleMentions === undefined)).toBe(true);
  });

  it('link as any mention does: a surname in the headline joins the full name in the body', () => {
    const title = 'Kilroy-Silk quits party';
    const read = withHeadline(annotate('Robert Kilroy-Silk left on Monday. Kilroy-Silk said so.'), title);
    const { entities } = linkWithHeadline(
      read,
      tagLongestFirst(read.doc.text, [
        ['Robert Kilroy-Silk', 'PER'],
        ['Kilroy-Silk', 'PER'],
      ]),
    );
    expect(entities.map(spansOf)).toEqual([
      {
        id: 'person.robert-kilroy-silk',
        mentions: ['Robert Kilroy-Silk', 'Kilroy-Silk'],
        titleMentions: ['Kilroy-Silk'],
      },
    ]);
  });

  it('are no full names for the body\'s partial names: a headline\'s "Classy Henman" is no second Henman', () => {
    const { entities } = linked('Classy Henman wins', 'Tim Henman won on Monday. Henman was pleased.', [
      ['Classy Henman', 'PER'],
      ['Tim Henman', 'PER'],
      ['Henman', 'PER'],
    ]);
    const henman = entities.find((e) => e.id === 'person.tim-henman');
    expect(henman?.mentions.map((m) => m.text)).toEqual(['Tim Henman', 'Henman']);
  });

  it('give no cue to the body\'s first name: a headline ending in "group" is no firm noun', () => {
    const { entities } = linked('Finnan says Irish can win group', 'Steve Finnan is fit. Finnan said so.', [
      ['Finnan', 'PER'],
      ['Steve Finnan', 'PER'],
    ]);
    expect(entities.find((e) => e.id === 'person.steve-finnan')?.type).toBe('PERSON');
  });

  it('leave an article without a headline as it was', () => {
    const doc = annotate(BODY);
    const tagged: TaggedMention[] = tag(BODY, SPANS);
    expect(linkWithHeadline(withHeadline(doc, null), tagged)).toEqual(linkForExtraction(doc, tagged));
    expect(linkWithHeadline(withHeadline(doc, '  '), tagged)).toEqual(linkForExtraction(doc, tagged));
  });
});

describe('tagging an article with its headline', () => {
  it("takes the headline's mentions from the whole article and the body's from the body alone", () => {
    const read = withHeadline(annotate('Acme rose. Acme said so.'), 'Acme soars');
    // a stand-in tagger whose reading of the body changes with the headline before it
    const tagger = {
      tag: (doc: { text: string }) => {
        const type: TaggerType = doc.text.startsWith('Acme soars') ? 'PER' : 'ORG';
        return tag(doc.text, [['Acme', type]]);
      },
    };
    const tagged = tagHeadlined(tagger as never, read);
    expect(tagged.map((m) => [read.doc.text.slice(m.start, m.end), m.start, m.type])).toEqual([
      ['Acme', 0, 'PER'],
      ['Acme', 13, 'ORG'],
      ['Acme', 24, 'ORG'],
    ]);
  });
});

describe("a headline's clause tagged as one name", () => {
  it('is no name: "Deutsche attacks Yukos" (a body name keeps its own tag)', () => {
    const read = withHeadline(annotate('Yukos filed a claim.'), 'Deutsche attacks Yukos');
    const tagger = {
      tag: (doc: { text: string }) =>
        tag(doc.text, [
          ['Deutsche attacks Yukos', 'ORG'],
          ['Yukos filed', 'ORG'],
        ]),
    };
    const tagged = tagHeadlined(tagger as never, read);
    expect(tagged.map((m) => m.text)).toEqual(['Yukos filed']);
  });

  it('keeps a name with particles: "Bank of England"', () => {
    const read = withHeadline(annotate('Rates held.'), 'Bank of England holds rates');
    const tagger = { tag: (doc: { text: string }) => tag(doc.text, [['Bank of England', 'ORG']]) };
    expect(tagHeadlined(tagger as never, read).map((m) => m.text)).toEqual(['Bank of England']);
  });
});

describe("the headline's context", () => {
  it("is the article's lead: the headline and the first 3 body sentences", () => {
    const body = Array.from({ length: 30 }, (_, i) => `Sentence ${i} ends here.`).join(' ');
    const read = withHeadline(annotate(body), 'Acme soars');
    const seen: number[] = [];
    const tagger = {
      tag: (doc: { sentences: unknown[] }) => {
        seen.push(doc.sentences.length);
        return [];
      },
    };
    tagHeadlined(tagger as never, read);
    expect(seen).toEqual([4, 30]);
  });
});
