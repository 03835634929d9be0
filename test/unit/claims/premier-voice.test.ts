import { describe, expect, it } from 'vitest';
import { named, speakerOf } from './article-fixture';

describe("resolveSpeaker: the prime minister's spokesman speaks for Downing Street", () => {
  it('takes Downing Street when the article names it', () => {
    const text =
      "Downing Street said the plan stood. Mr Blair met Lord Butler. The prime minister's official spokesman said the Cabinet still met.";
    const entities = [
      named(text, 'org.downing-street', 'ORG', ['Downing Street']),
      named(text, 'person.tony-blair', 'PERSON', ['Mr Blair']),
      named(text, 'person.butler', 'PERSON', ['Lord Butler']),
    ];
    expect(speakerOf(text, "The prime minister's official spokesman", entities)).toBe('org.downing-street');
    const pm = "Downing Street was quiet. The PM's spokeswoman said no more.";
    expect(
      speakerOf(pm, "The PM's spokeswoman", [named(pm, 'org.downing-street', 'ORG', ['Downing Street'])]),
    ).toBe('org.downing-street');
  });

  it('takes no one when the article does not name it', () => {
    const text =
      "Mr Blair met Lord Butler. The prime minister's official spokesman said the Cabinet still met.";
    const entities = [
      named(text, 'person.tony-blair', 'PERSON', ['Mr Blair']),
      named(text, 'person.butler', 'PERSON', ['Lord Butler']),
    ];
    expect(speakerOf(text, "The prime minister's official spokesman", entities)).toBeNull();
  });
});
