import { describe, expect, it } from 'vitest';
import { isVoiceNoun, relationAfter } from '../../../functions/domain/claims/possessed-relation';
import { named, speakerOf } from './article-fixture';

describe('relationAfter', () => {
  it('reads a relative, friend or rival as a person of their own', () => {
    for (const after of [
      "'s mother",
      '’s closest ally',
      "' father, Azmat",
      "'s allies",
      "'s former wife",
      "'s team-mate",
      "'s competitors",
      "'s creditors",
      "'s players",
      '’s now-deceased father',
      "'s 13-year-old son",
      "'s East Midlands constituents",
    ])
      expect(relationAfter(after), after).toBe('own');
  });

  it('reads a spokesman, lawyer or agent as a voice for the one named', () => {
    for (const after of ["'s spokesman", "'s lawyers", "' lawyer", "'s agent", "'s office"])
      expect(relationAfter(after), after).toBe('voice');
  });

  it('tells a voice noun on its own', () => {
    for (const noun of ['spokesman', 'lawyers', 'agent']) expect(isVoiceNoun(noun), noun).toBe(true);
    for (const noun of ['mother', 'editor', 'spokesmanship']) expect(isVoiceNoun(noun), noun).toBe(false);
  });

  it('reads anything else as no relation', () => {
    for (const after of ['', ' said', "'s shares", "'s chief executive", 's mother', "'s motherboard"])
      expect(relationAfter(after), after).toBeNull();
  });
});

describe('resolveSpeaker with a possessed relation', () => {
  it('does not give a relative or ally the words of the one named', () => {
    const text = "Michael Jackson was in court. Michael Jackson's mother has said he is innocent.";
    const jackson = named(text, 'person.michael-jackson', 'PERSON', ['Michael Jackson']);
    expect(speakerOf(text, "Michael Jackson's mother", [jackson])).toBeNull();
    const ally = "Chancellor Gordon Brown's closest ally";
    const text2 = `${ally} has denied a rift.`;
    const brown = named(text2, 'person.gordon-brown', 'PERSON', ['Gordon Brown']);
    expect(speakerOf(text2, ally, [brown])).toBeNull();
  });

  it('does not give friends or creditors "of" the one named their words', () => {
    const text = 'Mike Ford wrote books. Friends of Mike Ford said the family kept them back.';
    const ford = named(text, 'person.mike-ford', 'PERSON', ['Mike Ford']);
    expect(speakerOf(text, 'Friends of Mike Ford', [ford])).toBeNull();
    const text2 = 'Parmalat collapsed. The creditors of Parmalat say they were misled.';
    const parmalat = named(text2, 'org.parmalat', 'ORG', ['Parmalat']);
    expect(speakerOf(text2, 'The creditors of Parmalat', [parmalat])).toBeNull();
  });

  it('does not give parents "of" a named child, an age between, their words', () => {
    const text = 'Tom Reed died. The parents of 14-year-old Tom Reed blamed the game.';
    const reed = named(text, 'person.tom-reed', 'PERSON', ['Tom Reed']);
    expect(speakerOf(text, 'The parents of 14-year-old Tom Reed', [reed])).toBeNull();
  });

  it('still gives a spokesman "of" a body its words', () => {
    const text = 'A spokesman of Parmalat said it would appeal.';
    const parmalat = named(text, 'org.parmalat', 'ORG', ['Parmalat']);
    expect(speakerOf(text, 'A spokesman of Parmalat', [parmalat])).toBe('org.parmalat');
  });

  it('links the relation when the source names them', () => {
    const text = "Mr Begg's father, Azmat Begg, said he was relieved. Moazzam Begg was freed.";
    const moazzam = named(text, 'person.moazzam-begg', 'PERSON', ['Moazzam Begg', 'Mr Begg']);
    const azmat = named(text, 'person.azmat-begg', 'PERSON', ['Azmat Begg']);
    expect(speakerOf(text, "Mr Begg's father, Azmat Begg", [moazzam, azmat])).toBe('person.azmat-begg');
  });

  it('links the named lawyer, not the client, and the client when no lawyer is named', () => {
    const text =
      'Roderick Lindblom, one of Ms Clarkson\'s lawyers, said: "No." Later Ms Clarkson\'s lawyers said more.';
    const lindblom = named(text, 'person.roderick-lindblom', 'PERSON', ['Roderick Lindblom']);
    const clarkson = named(text, 'person.clarkson', 'PERSON', ['Clarkson']);
    expect(speakerOf(text, "Roderick Lindblom, one of Ms Clarkson's lawyers", [lindblom, clarkson])).toBe(
      'person.roderick-lindblom',
    );
    expect(speakerOf(text, "Ms Clarkson's lawyers", [lindblom, clarkson])).toBe('person.clarkson');
  });
});
