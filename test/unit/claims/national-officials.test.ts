import { describe, expect, it } from 'vitest';
import { named, speakerOf } from './article-fixture';

const text =
  'Ruritania and Westland signed a pact. Ruritanian authorities said the pact held. Ruritanian government officials agreed. Western officials were wary. Ruritanian newspapers said it would fail. Westish ministers said nothing.';
const entities = [
  named(text, 'gpe.ruritania', 'GPE', ['Ruritania']),
  named(text, 'gpe.westland', 'GPE', ['Westland']),
  named(text, 'norp.ruritanian', 'NORP', ['Ruritanian']),
];

describe("resolveSpeaker: a nationality's officials speak as their country", () => {
  it('links authorities and government officials to the country the article names', () => {
    expect(speakerOf(text, 'Ruritanian authorities', entities)).toBe('gpe.ruritania');
    expect(speakerOf(text, 'Ruritanian government officials', entities)).toBe('gpe.ruritania');
  });

  it('links no adjective the tagger did not mark a nationality, and no newspapers', () => {
    expect(speakerOf(text, 'Western officials', entities)).toBeNull();
    expect(speakerOf(text, 'Westish ministers', entities)).toBeNull();
    expect(speakerOf(text, 'Ruritanian newspapers', entities)).toBeNull();
  });
});
