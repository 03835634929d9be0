import { describe, expect, it } from 'vitest';
import { linkEntities } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import { entitiesOf, idsAndMentions, tagLongestFirst } from './helpers';

describe("technology's common nouns in capitals", () => {
  const text =
    'Sales of DVDs and PCs rose, and HD TV sets sold well. Digital Audio Broadcasting (DAB) radios did too, Sony said.';
  const tagged: Parameters<typeof entitiesOf>[1] = [
    ['DVDs', 'MISC'],
    ['PCs', 'ORG'],
    ['HD', 'ORG'],
    ['TV', 'ORG'],
    ['Digital Audio Broadcasting', 'ORG'],
    ['DAB', 'ORG'],
    ['Sony', 'ORG'],
  ];

  it('name no entity in the document view; a long form keeps its acronym, a technology', () => {
    expect(entitiesOf(text, tagged).map((e) => [e.id, e.mentions.map((m) => m.text)])).toEqual([
      ['misc.digital-audio-broadcasting', ['Digital Audio Broadcasting', 'DAB']],
      ['org.sony', ['Sony']],
    ]);
  });

  it('stay in the attribution view', () => {
    const ids = linkEntities(annotate(text), tagLongestFirst(text, tagged), undefined, {
      document: false,
    }).map((e) => e.id);
    expect(ids).toContain('org.pcs');
  });
});

describe('ID cards', () => {
  it('name no body in the document view', () => {
    const text = 'Labour plans to introduce ID cards, and digital IDs too, Mr Clarke said.';
    const ids = entitiesOf(text, [
      ['ID', 'ORG'],
      ['IDs', 'ORG'],
      ['Labour', 'ORG'],
      ['Clarke', 'PER'],
    ]).map((e) => e.id);
    expect(ids).not.toContain('org.id');
    expect(ids).not.toContain('org.ids');
    expect(ids).toContain('person.clarke');
  });
});

describe("a technology's long form", () => {
  const text =
    'Digital Rights Management (DRM) schemes clash. Makers of Personal Digital Assistants and SD cards agreed, as did Liquid Crystal Display Ltd and the Mbps Group.';
  const tagged: Parameters<typeof entitiesOf>[1] = [
    ['Digital Rights Management', 'ORG'],
    ['DRM', 'ORG'],
    ['Personal Digital Assistants', 'ORG'],
    ['SD', 'ORG'],
    ['Liquid Crystal Display Ltd', 'ORG'],
    ['Mbps', 'ORG'],
    ['Mbps Group', 'ORG'],
  ];

  it('is a technology (MISC), not a body; "SD" and a bare "Mbps" name none; a firm named after one stays', () => {
    expect(idsAndMentions(text, tagged)).toEqual([
      ['misc.digital-rights-management', ['Digital Rights Management', 'DRM']],
      ['misc.personal-digital-assistants', ['Personal Digital Assistants']],
      ['org.liquid-crystal-display', ['Liquid Crystal Display Ltd']],
      ['org.mbps-group', ['Mbps Group']],
    ]);
  });

  it('stays a body in the attribution view', () => {
    const ids = linkEntities(annotate(text), tagLongestFirst(text, tagged), undefined, {
      document: false,
    }).map((e) => e.id);
    expect(ids).toContain('org.digital-rights-management');
  });
});

describe('posts in capitals', () => {
  const text =
    "The PM insisted nothing had changed, and a former MP agreed. She told Radio 4's PM programme so, Labour said.";
  const tagged: Parameters<typeof entitiesOf>[1] = [
    ['PM', 'ORG'],
    ['MP', 'ORG'],
    ['Radio 4', 'ORG'],
    ['Labour', 'ORG'],
  ];

  it('name no entity in the document view, but a show before "programme" stays', () => {
    const ents = entitiesOf(text, tagged).map((e) => [e.id, e.mentions.map((m) => m.text)]);
    expect(ents).not.toContainEqual(['org.mp', ['MP']]);
    expect(ents.find(([id]) => id === 'org.pm')).toEqual(['org.pm', ['PM', 'PM']]);
  });

  it('drop an entity every mention of which is a post', () => {
    const ids = entitiesOf('The PM insisted, an MP said.', [
      ['PM', 'ORG'],
      ['MP', 'ORG'],
    ]).map((e) => e.id);
    expect(ids).toEqual([]);
  });

  it('drop a radio DJ, the DJs and an MTV VJ; the DJ named after the title stays', () => {
    const text = 'The DJ said the three DJs would stay, as would the former VJ. DJ Kool Moe spun records.';
    const ids = entitiesOf(text, [
      ['DJ', 'ORG'],
      ['DJs', 'MISC'],
      ['VJ', 'ORG'],
      ['DJ Kool Moe', 'PER'],
    ]).map((e) => e.id);
    expect(ids).toEqual(['person.kool-moe']);
  });
});

describe('ordinary words in capitals', () => {
  it('name no entity in the document view: "OK", the school subject PE, an FM signal', () => {
    const text =
      'The ankle will be OK, he said. Pupils get two hours of PE a week. The phone picks up FM radio at Ofcom.';
    const ids = entitiesOf(text, [
      ['OK', 'ORG'],
      ['PE', 'ORG'],
      ['FM', 'ORG'],
      ['Ofcom', 'ORG'],
    ]).map((e) => e.id);
    expect(ids).toEqual(['org.ofcom']);
  });

  it('name no entity either: a PR stunt, an IPO, game AI, VR headsets, a CEO', () => {
    const text =
      'Critics called it a PR stunt before the IPO. The enemy AI is poor and VR headsets are dear, the CEO of Ofcom said.';
    const ids = entitiesOf(text, [
      ['PR', 'ORG'],
      ['IPO', 'ORG'],
      ['AI', 'ORG'],
      ['VR', 'ORG'],
      ['CEO', 'MISC'],
      ['Ofcom', 'ORG'],
    ]).map((e) => e.id);
    expect(ids).toEqual(['org.ofcom']);
  });

  it('names no entity for "DIY", do it yourself', () => {
    const ids = entitiesOf('It is podcasting - DIY radio, said Ofcom.', [
      ['DIY', 'ORG'],
      ['Ofcom', 'ORG'],
    ]).map((e) => e.id);
    expect(ids).toEqual(['org.ofcom']);
  });

  it('names no entity for "EBITDA", an accounting measure', () => {
    const text = 'Analysts expect EBITDA growth at Ofcom.';
    expect(
      entitiesOf(text, [
        ['EBITDA', 'ORG'],
        ['Ofcom', 'ORG'],
      ]).map((e) => e.id),
    ).toEqual(['org.ofcom']);
  });

  it('names no entity for "AGM", an annual general meeting', () => {
    const text = 'Ofcom will hold its AGM in December.';
    expect(
      entitiesOf(text, [
        ['AGM', 'ORG'],
        ['Ofcom', 'ORG'],
      ]).map((e) => e.id),
    ).toEqual(['org.ofcom']);
  });

  it("names no entity for a computer's kit, a unit or an advert's measures; a long form spelling IPS stays a body", () => {
    const text =
      'The 120Hz IPS panel, RGB lighting, a 512GB SSD and secure VPNs lift the CTR and CPM, said Ivel Pensions Service.';
    expect(
      entitiesOf(text, [
        ['Hz', 'MISC'],
        ['IPS', 'ORG'],
        ['RGB', 'ORG'],
        ['SSD', 'ORG'],
        ['VPNs', 'ORG'],
        ['CTR', 'ORG'],
        ['CPM', 'ORG'],
        ['Ivel Pensions Service', 'ORG'],
      ]).map((e) => [e.id, e.type]),
    ).toEqual([['org.ivel-pensions-service', 'ORG']]);
  });

  it('names no entity for "TD", a touchdown', () => {
    const text = 'Jo Bell caught two TD passes and ran for three TDs.';
    expect(
      entitiesOf(text, [
        ['TD', 'ORG'],
        ['TDs', 'ORG'],
        ['Jo Bell', 'PER'],
      ]).map((e) => e.id),
    ).toEqual(['person.jo-bell']);
  });
});

describe("a car's kind and kit in capitals", () => {
  const text =
    'The EV is an SUV with AWD, not RWD. Its HVAC, LEDs and USB-C and USB-A ports are new, Volkswagen said.';
  const tagged: Parameters<typeof entitiesOf>[1] = [
    ['EV', 'ORG'],
    ['SUV', 'ORG'],
    ['AWD', 'ORG'],
    ['RWD', 'MISC'],
    ['HVAC', 'ORG'],
    ['LEDs', 'MISC'],
    ['USB-C', 'ORG'],
    ['USB-A', 'ORG'],
    ['Volkswagen', 'ORG'],
  ];

  it('name no entity in the document view', () => {
    expect(idsAndMentions(text, tagged)).toEqual([['org.volkswagen', ['Volkswagen']]]);
  });
});
