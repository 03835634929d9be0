import { describe, expect, it } from 'vitest';
import { defaultExtractor } from '../../../functions/domain/extract/default';
import { ExtractedArticle } from '../../../functions/domain/model/document';
import { parsePlainText } from '../../../functions/domain/parse/plaintext';

/** Written for this test in the style of the articles the product is for (fictional people and bodies). */
const ARTICLE = `Photo: Reuters.
Kenya and Uganda seek to close the border bridge.
“The bridge has carried no traffic since March,” Kenyan Transport Minister General Lina Okafor said on Monday, adding that inspectors “found cracks in every pier.”
About 1,200 trucks crossed the bridge each day before it closed, and the repairs will cost $40 million.
A new report by the Lake Victoria Bridge Authority (LVBA) has determined that the bridge cannot be reopened this year.
“We are not aware of any plan to rebuild it,” Okafor told reporters in Nairobi. Kurdish and Palestinian drivers were stranded on both sides.`;

const doc = () => {
  const article = parsePlainText(ARTICLE);
  return defaultExtractor().extract({
    id: 'a1',
    sourceKey: 'incoming/t.txt',
    part: 0,
    source: 'test',
    article,
  });
};

describe('the trained extractor on a news article', () => {
  const out = doc();

  it('produces a valid document with the credit line dropped and the headline taken', () => {
    expect(ExtractedArticle.parse(out)).toBeTruthy();
    expect(out.title).toBe('Kenya and Uganda seek to close the border bridge.');
    expect(out.text).not.toContain('Reuters');
  });

  it('finds the person once, with title and rank as roles, never as a fragment', () => {
    const people = out.entities.filter((e) => e.type === 'PERSON');
    expect(people.map((p) => p.id)).toEqual(['person.lina-okafor']);
    expect(people[0]?.roles).toEqual(expect.arrayContaining(['Kenyan Transport Minister', 'General']));
    expect(people[0]?.mentions.map((m) => m.text)).toEqual(['Lina Okafor', 'Okafor']);
  });

  it('joins the acronym to its organisation and types groups as NORP', () => {
    const authority = out.entities.find((e) => e.name === 'Lake Victoria Bridge Authority');
    expect(authority?.aliases).toContain('LVBA');
    expect(out.entities.find((e) => e.name === 'Nairobi')?.type).toBe('GPE');
    const norp = out.entities.filter((e) => e.type === 'NORP').map((e) => e.id);
    expect(norp).toEqual(expect.arrayContaining(['norp.kurdish', 'norp.palestinian']));
  });

  it('ties the quotes to the minister and the bare figures to no one', () => {
    const byOkafor = out.claims.filter((c) => c.speaker?.entityId === 'person.lina-okafor');
    expect(byOkafor.map((c) => c.content.text)).toEqual(
      expect.arrayContaining([
        'The bridge has carried no traffic since March',
        'We are not aware of any plan to rebuild it',
      ]),
    );
    const figures = out.claims.find((c) => c.content.text.startsWith('About 1,200 trucks'));
    expect(figures).toMatchObject({ kind: 'unattributed', speaker: null });
    expect(figures?.numbers.map((n) => n.text)).toEqual(expect.arrayContaining(['1,200', '$40 million']));
    for (const c of out.claims) expect(c.checkworthiness).toBeGreaterThanOrEqual(0);
  });
});
