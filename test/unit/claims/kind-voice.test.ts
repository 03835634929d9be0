import { describe, expect, it } from 'vitest';
import { kindVoice } from '../../../functions/domain/claims/kind-voice';
import { named, spanOf, speakerOf } from './article-fixture';

describe('kindVoice: a voice of a body named by its kind', () => {
  it("reads the kind as the body's nominal, and no government or police", () => {
    const text = 'A club spokesman said so. A senior party spokesman said so. A police spokesman said so.';
    expect(kindVoice(spanOf(text, 'A club spokesman'))?.text).toBe('the club');
    expect(kindVoice(spanOf(text, 'A senior party spokesman'))?.text).toBe('the party');
    expect(kindVoice(spanOf(text, 'A police spokesman'))).toBeNull();
    expect(kindVoice(spanOf('A spokesman said so.', 'A spokesman'))).toBeNull();
  });
});

describe('resolveSpeaker: "a company spokesman" speaks for what "the company" stands for', () => {
  it('goes to the company the story is about', () => {
    const text =
      'Acme Phones said its network was safe. The Californian man was arrested. He hacked its network, said a company spokesman.';
    const acme = named(text, 'org.acme-phones', 'ORG', ['Acme Phones']);
    expect(speakerOf(text, 'a company spokesman', [acme])).toBe('org.acme-phones');
  });
});
