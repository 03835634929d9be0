import { describe, expect, it } from 'vitest';
import { named, speakerOf } from './article-fixture';

describe('resolveSpeaker with a group noun a nationality modifies', () => {
  it('links the firm the story places in that country, not the one it is about', () => {
    const text =
      "Jarvis sold its stake to Spain's Ferrovial. Jarvis is relieved. The Spanish group has been keen to buy more.";
    const jarvis = named(text, 'org.jarvis', 'ORG', ['Jarvis']);
    const ferrovial = named(text, 'org.ferrovial', 'ORG', ['Ferrovial']);
    const spain = named(text, 'gpe.spain', 'GPE', ['Spain']);
    const spanish = named(text, 'norp.spanish', 'NORP', ['Spanish']);
    expect(speakerOf(text, 'The Spanish group', [jarvis, ferrovial, spain, spanish])).toBe('org.ferrovial');
  });

  it('links no one rather than a firm the story places in another country', () => {
    const text = "Fiat, Italy's largest employer, ended an alliance. The US firm agreed to pay $2bn.";
    const fiat = named(text, 'org.fiat', 'ORG', ['Fiat']);
    const italy = named(text, 'gpe.italy', 'GPE', ['Italy']);
    const us = named(text, 'gpe.united-states', 'GPE', ['US']);
    expect(speakerOf(text, 'The US firm', [fiat, italy, us])).toBeNull();
  });

  it('keeps a firm placed nowhere, or in that country', () => {
    const text = 'Shares in Multiplex Group fell. The Australian firm said it would break even.';
    const multiplex = named(text, 'org.multiplex-group', 'ORG', ['Multiplex Group']);
    const australia = named(text, 'norp.australian', 'NORP', ['Australian']);
    expect(speakerOf(text, 'The Australian firm', [multiplex, australia])).toBe('org.multiplex-group');
    const text2 = 'Israel for Bayern Munich was a trip. The German club said the player had pulled out.';
    const bayern = named(text2, 'org.bayern-munich', 'ORG', ['Bayern Munich']);
    const israel = named(text2, 'gpe.israel', 'GPE', ['Israel']);
    const german = named(text2, 'norp.german', 'NORP', ['German']);
    expect(speakerOf(text2, 'The German club', [bayern, israel, german])).toBe('org.bayern-munich');
  });
});

describe('resolveSpeaker with a body noun a place names', () => {
  it('links no organisation that only shares its modifier word', () => {
    const text =
      'The plague spread. Per the World Health Organization, it is rare. The Inner Mongolia health commission said no link was found.';
    const who = named(text, 'org.world-health-organization', 'ORG', ['World Health Organization']);
    const place = named(text, 'gpe.inner-mongolia', 'GPE', ['Inner Mongolia']);
    expect(speakerOf(text, 'The Inner Mongolia health commission', [who, place])).toBeNull();
    const text2 =
      'Per the World Health Organization, it is rare. The health commission said no link was found.';
    const who2 = named(text2, 'org.world-health-organization', 'ORG', ['World Health Organization']);
    expect(speakerOf(text2, 'The health commission', [who2])).toBe('org.world-health-organization');
    const text3 = "Shares in UK Coal fell. The UK's biggest coal producer said sales were down.";
    const coal = named(text3, 'org.uk-coal', 'ORG', ['UK Coal']);
    const uk = named(text3, 'gpe.united-kingdom', 'GPE', ['UK']);
    expect(speakerOf(text3, "The UK's biggest coal producer", [coal, uk])).toBe('org.uk-coal');
  });
});
