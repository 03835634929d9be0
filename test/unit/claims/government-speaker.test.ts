import { describe, expect, it } from 'vitest';
import { named, spanOf, speakerOf } from './article-fixture';

describe("resolveSpeaker: the leader's office speaks as the government", () => {
  it('takes "The prime minister\'s office" for the place the article names most, and "It" after it', () => {
    const text =
      "Cameroon has sacked staff. Prime Minister Paul Biya of Cameroon set up an inquiry at the Cameroon ministry. The prime minister's office said auditors had found flaws. It added that staff would repay salaries.";
    const entities = [
      named(text, 'gpe.cameroon', 'GPE', ['Cameroon']),
      named(text, 'person.paul-biya', 'PERSON', ['Paul Biya'], ['Prime Minister']),
    ];
    const office = "The prime minister's office";
    expect(speakerOf(text, office, entities)).toBe('gpe.cameroon');
    const prior = [{ text: office, entityId: 'gpe.cameroon', end: spanOf(text, office).end }];
    expect(speakerOf(text, 'It', entities, prior)).toBe('gpe.cameroon');
  });
});

describe('resolveSpeaker: "the government" is the place named most, with its people', () => {
  it('counts "Venezuelan" for Venezuela over a place named more often by itself', () => {
    const text =
      'Venezuelan officials will seize land in Venezuela. Venezuelan farmers back the move. Agroflora owns the land, and Agroflora says its farms work. The government says the estates are idle.';
    const entities = [
      named(text, 'norp.venezuelan', 'NORP', ['Venezuelan']),
      named(text, 'gpe.venezuela', 'GPE', ['Venezuela']),
      named(text, 'gpe.agroflora', 'GPE', ['Agroflora']),
    ];
    expect(speakerOf(text, 'The government', entities)).toBe('gpe.venezuela');
  });
});
