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
  'OS', 'IP', 'ISP', 'DSL', 'ADSL', 'DAB', 'GPS', 'FM',
]);

/** Ordinary words written in capitals: "it will be OK", "two hours' PE" (the school subject). */
const WORDS = new Set(['OK', 'PE']);

/**
 * Posts written in capitals: the PM, an MP, MEPs, MSPs. The tagger makes
 * bodies of them ("The PM insisted" an organisation "PM") that speakers then
 * link to; they name no one body.
 */
const POSTS = new Set(['PM', 'MP', 'MEP', 'MSP']);

/** Radio 4's "PM programme" is a show of that name. */
const SHOW_AFTER = /^\s{1,3}programme/u;

const isCommon = (text: string) => COMMON_ACRONYMS.has(text.replace(/s$/, '')) || WORDS.has(text);
const isPost = (text: string) => POSTS.has(text.replace(/s$/, ''));

/**
 * Entities every mention of which is such a word, noun or post, dropped; one with a
 * long form ("Digital Audio Broadcasting (DAB)", "Internet Protocol") stays,
 * as does a post named before "programme". In the document's view only (./link).
 */
export function dropCommonAcronyms(text: string, entities: Entity[]): Entity[] {
  const post = (m: Entity['mentions'][number]) =>
    isPost(m.text) && !SHOW_AFTER.test(text.slice(m.end, m.end + 14));
  const common = (e: Entity) => e.mentions.length > 0 && e.mentions.every((m) => isCommon(m.text) || post(m));
  // the same list when none is dropped: linking once serves both views then (./link)
  return entities.some(common) ? entities.filter((e) => !common(e)) : entities;
}
