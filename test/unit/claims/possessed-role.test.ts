import { describe, expect, it } from 'vitest';
import { possessedRole } from '../../../functions/domain/claims/possessed-role';
import { discourseOf, named, spanOf, speakerOf } from './article-fixture';

describe('resolveSpeaker with a role a name owns', () => {
  it('links an organisation role to the one named next, not the one named last', () => {
    const text =
      "Tony Blair will name 5 May as election day, the BBC's political editor has learned. Andrew Marr says Mr Blair will ask the Queen.";
    const blair = named(text, 'person.tony-blair', 'PERSON', ['Tony Blair', 'Mr Blair']);
    const marr = named(text, 'person.andrew-marr', 'PERSON', ['Andrew Marr']);
    const bbc = named(text, 'org.bbc', 'ORG', ['BBC']);
    expect(speakerOf(text, "the BBC's political editor", [blair, marr, bbc])).toBe('person.andrew-marr');
  });

  it('falls back on the owning body when no one is named after', () => {
    const text = "Tony Blair will call an election, the BBC's political editor has learned.";
    const blair = named(text, 'person.tony-blair', 'PERSON', ['Tony Blair']);
    const bbc = named(text, 'org.bbc', 'ORG', ['BBC']);
    expect(speakerOf(text, "the BBC's political editor", [blair, bbc])).toBe('org.bbc');
  });

  it('links the person the article names with the role of that owner', () => {
    const text =
      "In London, India's finance minister lashed out at the G7. Palaniappan Chidambaram, India's finance minister, argued for reform.";
    const india = named(text, 'gpe.india', 'GPE', ['India']);
    const pc = named(text, 'person.palaniappan-chidambaram', 'PERSON', ['Palaniappan Chidambaram']);
    expect(speakerOf(text, "India's finance minister", [india, pc])).toBe('person.palaniappan-chidambaram');
  });

  it("links an envoy's post to the holder the article names, not the envoy's country", () => {
    const text =
      "China's ambassador to Britain warned the UK. China's ambassador to Britain Liu Wen has said that China will act.";
    const china = named(text, 'gpe.china', 'GPE', ['China']);
    const liu = named(text, 'person.liu-wen', 'PERSON', ['Liu Wen']);
    expect(speakerOf(text, "China's ambassador to Britain", [china, liu])).toBe('person.liu-wen');
  });

  it("links a capitalised envoy's post to the one named next", () => {
    const text =
      "It comes after Ruritania's High Commissioner to Britain said migrants should integrate. Dr Ana Lodz said people could not expect more.";
    const ruritania = named(text, 'gpe.ruritania', 'GPE', ['Ruritania']);
    const lodz = named(text, 'person.ana-lodz', 'PERSON', ['Ana Lodz']);
    expect(speakerOf(text, "Ruritania's High Commissioner to Britain", [ruritania, lodz])).toBe(
      'person.ana-lodz',
    );
  });

  it("gives a person's own aide no one unless named, and never the owner", () => {
    const text = "President Castro's chief aide said it was necessary. Cuba is poor.";
    const castro = named(text, 'person.fidel-castro', 'PERSON', ['Castro'], ['President']);
    expect(speakerOf(text, "President Castro's chief aide", [castro])).toBeNull();
    const text2 = `Castro's chief aide, Carlos Lage, spoke on TV. ${text}`;
    const castro2 = named(text2, 'person.fidel-castro', 'PERSON', ['Castro'], ['President']);
    const lage = named(text2, 'person.carlos-lage', 'PERSON', ['Carlos Lage']);
    expect(speakerOf(text2, "President Castro's chief aide", [castro2, lage])).toBe('person.carlos-lage');
  });

  it('keeps a voice role with the one it speaks for', () => {
    const text = "Tony Blair was away. Mr Blair's spokesman said no decision had been made.";
    const blair = named(text, 'person.tony-blair', 'PERSON', ['Tony Blair', 'Blair']);
    expect(speakerOf(text, "Mr Blair's spokesman", [blair])).toBe('person.tony-blair');
  });

  it('leaves appositives, common-noun owners and named people to the other rules', () => {
    const text =
      "The government - Venezuela's largest land owner - said so. The firm's chief said so. Labour's Paul Flynn said so.";
    const venezuela = named(text, 'gpe.venezuela', 'GPE', ['Venezuela']);
    const labour = named(text, 'org.labour', 'ORG', ['Labour']);
    const flynn = named(text, 'person.paul-flynn', 'PERSON', ['Paul Flynn']);
    const entities = [venezuela, labour, flynn];
    const discourse = discourseOf(text);
    for (const words of [
      "The government - Venezuela's largest land owner",
      "The firm's chief",
      "Labour's Paul Flynn",
    ])
      expect(possessedRole(spanOf(text, words), entities, discourse), words).toBeUndefined();
  });
});
