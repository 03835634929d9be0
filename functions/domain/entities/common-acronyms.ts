import type { Entity } from '../model/document';

/**
 * Technology's common nouns written in capitals: a DVD, a PC, HD and HDTV,
 * RFID tags, SMS and MMS messages, DRM, a PVR. The tagger takes them for
 * bodies (about 450 BBC mentions); they name no one thing. Standards with a
 * name of their own (GSM, DVB-H) are not here.
 */
// biome-ignore format: compact word list
const COMMON_ACRONYMS = new Set([
  'CD', 'DVD', 'PC', 'PDA', 'TV', 'HD', 'HDTV', 'LCD', 'PVR', 'USB', 'RFID', 'DRM', 'SMS', 'MMS',
  'OS', 'IP', 'ISP', 'DSL', 'ADSL', 'DAB', 'GPS',
]);

const isCommon = (text: string) => COMMON_ACRONYMS.has(text.replace(/s$/, ''));

/**
 * Entities every mention of which is such a word, dropped; one with a long
 * form ("Digital Audio Broadcasting (DAB)", "Internet Protocol") stays. In the
 * document's view only (./link).
 */
export function dropCommonAcronyms(entities: Entity[]): Entity[] {
  const common = (e: Entity) => e.mentions.length > 0 && e.mentions.every((m) => isCommon(m.text));
  // the same list when none is dropped: linking once serves both views then (./link)
  return entities.some(common) ? entities.filter((e) => !common(e)) : entities;
}
