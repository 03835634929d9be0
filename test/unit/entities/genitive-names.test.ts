import { describe, expect, it } from 'vitest';
import { joinGenitiveNames } from '../../../functions/domain/entities/genitive-names';
import { entitiesOf, entityAt } from './helpers';

const view = (text: string, spans: [string, 'ORG' | 'PER' | 'LOC'][]) =>
  entitiesOf(text, spans).map((e) => [e.id, e.type, e.mentions.map((m) => m.text)]);

describe("a name the tagger cut before its 's", () => {
  it("takes the 's when every occurrence has it and one stands before a verb, through the linker", () => {
    const text = "Brumbley's said sales rose. Brumbley's profits fell.";
    expect(view(text, [['Brumbley', 'ORG']])).toEqual([
      ['org.brumbleys', 'ORG', ["Brumbley's", "Brumbley's"]],
    ]);
  });

  it('is no person, and takes the \'s before a comma or "and" and a name', () => {
    const text = "The sale, at Quillby's, was big. Quillby's and Fitch agreed.";
    const entities = [
      entityAt(text, 'person.quillby', 'PERSON', [
        ['Quillby', 0],
        ['Quillby', 1],
      ]),
    ];
    expect(joinGenitiveNames(text, entities).map((e) => [e.id, e.name, e.type])).toEqual([
      ['org.quillbys', "Quillby's", 'ORG'],
    ]);
  });

  it("leaves a name written once without 's, one whose 's only owns, and a known place", () => {
    const labour = 'Labour\'s "unfair" plan. Labour said no.';
    const a = [entityAt(labour, 'org.labour', 'ORG', [['Labour', 0]])];
    expect(joinGenitiveNames(labour, a)).toBe(a);
    const owns = "Brumbley's shares fell.";
    const b = [entityAt(owns, 'org.brumbley', 'ORG', [['Brumbley', 0]])];
    expect(joinGenitiveNames(owns, b)).toBe(b);
    const place = "Scotland's, as ever, won.";
    const c = [entityAt(place, 'gpe.scotland', 'GPE', [['Scotland', 0]])];
    expect(joinGenitiveNames(place, c)).toBe(c);
  });
});
