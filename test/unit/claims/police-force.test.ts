import { describe, expect, it } from 'vitest';
import { named, speakerOf } from './article-fixture';

describe('resolveSpeaker: a bare police source speaks for the one force the article names', () => {
  const text =
    'A man broke into the house on Monday. Inspector Jo Hale of Riverside Police said a ladder was used. ' +
    'Police said he wore a mask. A police spokesman said the search went on. The police had also said so.';
  const force = named(text, 'org.riverside-police', 'ORG', ['Riverside Police']);
  const hale = named(text, 'person.jo-hale', 'PERSON', ['Jo Hale']);

  it('goes to that force, before or after its name', () => {
    expect(speakerOf(text, 'Police', [force, hale], [], 1)).toBe('org.riverside-police');
    expect(speakerOf(text, 'A police spokesman', [force, hale])).toBe('org.riverside-police');
    expect(speakerOf(text, 'The police', [force, hale])).toBe('org.riverside-police');
    const ahead = 'Police said the road was shut. Later Riverside Police named the driver.';
    const later = named(ahead, 'org.riverside-police', 'ORG', ['Riverside Police']);
    expect(speakerOf(ahead, 'Police', [later])).toBe('org.riverside-police');
  });

  it('goes to none when two forces are named, or only a station or an association', () => {
    const two = `${text} Lakeside Police helped.`;
    const lakeside = named(two, 'org.lakeside-police', 'ORG', ['Lakeside Police']);
    const riverside = named(two, 'org.riverside-police', 'ORG', ['Riverside Police']);
    expect(speakerOf(two, 'A police spokesman', [riverside, lakeside])).toBeNull();
    const station = 'He was held at Hill Street Police Station. Police said he would be charged.';
    const held = named(station, 'org.hill-street-police-station', 'ORG', ['Hill Street Police Station']);
    expect(speakerOf(station, 'Police', [held], [], 1)).toBeNull();
  });

  it('leaves police a place names, which may be another force', () => {
    const placed = `${text} Kent police were told.`;
    const riverside = named(placed, 'org.riverside-police', 'ORG', ['Riverside Police']);
    expect(speakerOf(placed, 'Kent police', [riverside])).not.toBe('org.riverside-police');
  });
});
