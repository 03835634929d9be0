import { describe, expect, it } from 'vitest';
import type { PriorSpeaker } from '../../../functions/domain/claims/mention-order';
import { resolveSpeaker } from '../../../functions/domain/claims/speaker';
import { discourseOf, named, spanOf } from './article-fixture';

/** The entity "They" (the `nth`) links to, after the speakers `prior`. */
function they(text: string, entities: ReturnType<typeof named>[], prior: PriorSpeaker[] = [], nth = 0) {
  return resolveSpeaker(spanOf(text, 'They', nth), entities, prior, { discourse: discourseOf(text) });
}

describe('resolveSpeaker: "they" after a sentence an organisation leads (subject-body.ts)', () => {
  it('takes the organisation the sentence before opens on as subject', () => {
    const text =
      'Critics say the plan is too costly. Norvale are also owners of two ports. They have said they cannot raise the money.';
    const entities = [named(text, 'org.norvale', 'ORG', ['Norvale'])];
    const prior: PriorSpeaker[] = [{ text: 'Critics', entityId: null, end: spanOf(text, 'Critics').end }];
    expect(they(text, entities, prior)).toBe('org.norvale');
    const board = 'The Farland Commission is being careful. They have found that few firms comply.';
    expect(they(board, [named(board, 'org.farland', 'ORG', ['Farland Commission'])])).toBe('org.farland');
  });

  it('takes the agent that ends the sentence before, past a speaker inside it before the agent', () => {
    const text =
      'The bill, which ministers claim will cut crime, is expected to be opposed by the Green Liberals. They have said the scheme is flawed.';
    const prior: PriorSpeaker[] = [{ text: 'ministers', entityId: null, end: spanOf(text, 'ministers').end }];
    expect(they(text, [named(text, 'org.green-liberals', 'ORG', ['Green Liberals'])], prior)).toBe(
      'org.green-liberals',
    );
  });

  it('leaves a name that only modifies a plural, a present in -s, an agent mid-sentence, or a speaker since', () => {
    const fans = 'Norvale fans have reacted with anger. They have vowed to fight on.';
    expect(they(fans, [named(fans, 'org.norvale', 'ORG', ['Norvale'])])).toBeNull();
    const outlet = 'Delta News investigates how the network worked. They called it a club.';
    expect(they(outlet, [named(outlet, 'org.delta-news', 'ORG', ['Delta News'])])).toBeNull();
    const agent = 'The plan was opposed by Norvale in March. They said it was too late.';
    expect(they(agent, [named(agent, 'org.norvale', 'ORG', ['Norvale'])])).toBeNull();
    const since =
      'Norvale are owners of two ports. Analysts said it was costly. They added that it would fail.';
    const prior: PriorSpeaker[] = [{ text: 'Analysts', entityId: null, end: spanOf(since, 'Analysts').end }];
    expect(they(since, [named(since, 'org.norvale', 'ORG', ['Norvale'])], prior)).toBeNull();
  });

  it('reads past a day or a week between the body and its verb', () => {
    const text =
      'The Greens on Monday highlighted their plans for tax cuts. They also spelled out their plans for schools.';
    expect(they(text, [named(text, 'org.greens', 'ORG', ['Greens'])])).toBe('org.greens');
  });

  it('takes the kind noun of a body the sentence before opens on, not a thing named with the body', () => {
    const label =
      "The singer's record label Norvale Music has withdrawn the video. The label believed the name was made up. They have said the reference was unintended.";
    expect(they(label, [named(label, 'org.norvale-music', 'ORG', ['Norvale Music'])])).toBe(
      'org.norvale-music',
    );
    const thing =
      'The judges upheld the precedent set by the Norvale Betamax case. The case has already been heard by two lower courts. They ruled for the networks.';
    expect(they(thing, [named(thing, 'org.norvale-betamax', 'ORG', ['Norvale Betamax'])])).toBeNull();
  });
});
