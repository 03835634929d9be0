import { describe, expect, it } from 'vitest';
import { named, speakerOf } from './article-fixture';

describe('a source that opens on a person and goes on to describe them', () => {
  it('is that person, not a later name in the description', () => {
    const text = "Sir Bernard Ingham, Margaret Thatcher's former press secretary, said it was wrong.";
    const ingham = named(text, 'person.bernard-ingham', 'PERSON', ['Bernard Ingham']);
    const thatcher = named(text, 'person.margaret-thatcher', 'PERSON', ['Margaret Thatcher']);
    expect(
      speakerOf(text, "Sir Bernard Ingham, Margaret Thatcher's former press secretary", [ingham, thatcher]),
    ).toBe('person.bernard-ingham');
  });

  it('is that person when the description names a company the tagger took for a person', () => {
    const text = 'Steve Ash, from Activcard, told the BBC. Seth Heine of RIPMobile agreed.';
    const ash = named(text, 'person.steve-ash', 'PERSON', ['Steve Ash']);
    const activcard = named(text, 'person.activcard', 'PERSON', ['Activcard']);
    const heine = named(text, 'person.seth-heine', 'PERSON', ['Seth Heine']);
    const rip = named(text, 'person.ripmobile', 'PERSON', ['RIPMobile']);
    expect(speakerOf(text, 'Steve Ash, from Activcard', [ash, activcard])).toBe('person.steve-ash');
    expect(speakerOf(text, 'Seth Heine of RIPMobile', [heine, rip])).toBe('person.seth-heine');
  });

  it('is that person after a role set before the name by a comma', () => {
    const text =
      'According to its Paris lawyer, Emmanuel Gaillard of Shearman and Sterling, the claim is sound.';
    const gaillard = named(text, 'person.emmanuel-gaillard', 'PERSON', ['Emmanuel Gaillard']);
    const sterling = named(text, 'person.sterling', 'PERSON', ['Sterling']);
    expect(
      speakerOf(text, 'its Paris lawyer, Emmanuel Gaillard of Shearman and Sterling', [gaillard, sterling]),
    ).toBe('person.emmanuel-gaillard');
  });

  it('leaves a name standing alone after the comma, and a source that opens on a sentence, to the rules before', () => {
    const text = 'In his book Lawless World, Philippe Sands, a QC, suggests the war was illegal.';
    const book = named(text, 'person.lawless-world', 'PERSON', ['Lawless World']);
    const sands = named(text, 'person.philippe-sands', 'PERSON', ['Philippe Sands']);
    expect(speakerOf(text, 'Lawless World, Philippe Sands, a QC', [book, sands])).toBe(
      'person.philippe-sands',
    );
    const story =
      'He worked with director Spike Lee, and Attallah Shabazz, daughter of Malcolm X, recalled it.';
    const lee = named(story, 'person.spike-lee', 'PERSON', ['Spike Lee']);
    const shabazz = named(story, 'person.attallah-shabazz', 'PERSON', ['Attallah Shabazz']);
    expect(
      speakerOf(story, 'He worked with director Spike Lee, and Attallah Shabazz, daughter of Malcolm X', [
        lee,
        shabazz,
      ]),
    ).toBe('person.attallah-shabazz');
  });
});
