import { describe, expect, it } from 'vitest';
import { typesOf } from './helpers';

describe('company cues', () => {
  it('takes a full name after a firm profession in the plural for a company', () => {
    const text = 'Its auditors Brandt Keller quit, and bankers Morgan Hale withdrew.';
    expect(
      typesOf(text, [
        ['Brandt Keller', 'PER'],
        ['Morgan Hale', 'PER'],
      ]),
    ).toEqual({ 'Brandt Keller': 'ORG', 'Morgan Hale': 'ORG' });
  });

  it("takes a full name before a company officer's title or its shares for a company", () => {
    const text = 'Said Norwell Dane chief executive Ada Price. Later Ostrava Fenn shares fell.';
    expect(
      typesOf(text, [
        ['Norwell Dane', 'PER'],
        ['Ada Price', 'PER'],
        ['Ostrava Fenn', 'PER'],
      ]),
    ).toEqual({ 'Norwell Dane': 'ORG', 'Ada Price': 'PERSON', 'Ostrava Fenn': 'ORG' });
  });

  it('takes a name in apposition with a firm noun for a company, tagged as a person or a place', () => {
    const text =
      "Velbrook, Ruritania's third-biggest lender, grew. Shares in Quorra rose after Quorra spoke.";
    expect(
      typesOf(text, [
        ['Velbrook', 'LOC'],
        ['Quorra', 'PER'],
      ]),
    ).toEqual({ Velbrook: 'ORG', Quorra: 'ORG' });
  });

  it('takes a described acronym tagged as a place for a body, not one after "in"', () => {
    const text =
      "ZQRT, which is state-owned, grew. XWV, Dana Corp's auditor, quit. Offices in NY, which is large, opened.";
    expect(
      typesOf(text, [
        ['ZQRT', 'LOC'],
        ['XWV', 'LOC'],
        ['NY', 'LOC'],
      ]),
    ).toEqual({ ZQRT: 'ORG', XWV: 'ORG', NY: 'GPE' });
  });

  it('leaves places and people alone where the cue belongs to something else', () => {
    const text =
      'Acme shares in Calder rose. In Brisport, the company, which grew, hired. ' +
      'The Dunmore, Ohio-based firm, which grew, hired. Jo Bloggs, founder of the firm, spoke. ' +
      'Ann Lee, a bank manager, agreed. Tom Ray, whose firm, Acme, grew, agreed.';
    expect(
      typesOf(text, [
        ['Calder', 'LOC'],
        ['Brisport', 'LOC'],
        ['Dunmore', 'LOC'],
        ['Jo Bloggs', 'PER'],
        ['Ann Lee', 'PER'],
        ['Tom Ray', 'PER'],
      ]),
    ).toEqual({
      Calder: 'GPE',
      Brisport: 'GPE',
      Dunmore: 'GPE',
      'Jo Bloggs': 'PERSON',
      'Ann Lee': 'PERSON',
      'Tom Ray': 'PERSON',
    });
  });

  it('does not take a name used as an adjective for the company after it', () => {
    const text = 'Shares in Paris-based Acme fell.';
    expect(typesOf(text, [['Paris-based', 'MISC']])).toEqual({ Paris: 'GPE' });
    // a name no lexicon knows as a place ("-based" follows systems too) is no company either
    const unknown = 'Shares in Ruritania-based Acme fell.';
    expect(typesOf(unknown, [['Ruritania-based', 'MISC']])).toEqual({ Ruritania: 'MISC' });
  });
});
