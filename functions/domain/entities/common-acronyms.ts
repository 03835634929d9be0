import type { Entity } from '../model/document';
import { retypeEntities } from './merge';

/**
 * Technology's common nouns written in capitals: a DVD, a PC, HD and HDTV,
 * RFID tags, SMS and MMS messages, DRM, a PVR; a car's kind and kit (an EV,
 * an SUV, AWD, HVAC, LEDs, USB-C ports). The tagger takes them for bodies
 * (about 450 BBC mentions); they name no one thing. Standards with a name of
 * their own (GSM, DVB-H) are not here.
 */
// biome-ignore format: compact word list
const COMMON_ACRONYMS = new Set([
  'CD', 'DVD', 'PC', 'PDA', 'TV', 'HD', 'HDTV', 'LCD', 'PVR', 'USB', 'RFID', 'DRM', 'SMS', 'MMS',
  'OS', 'IP', 'ISP', 'DSL', 'ADSL', 'DAB', 'GPS', 'FM', 'SD', 'AI', 'VR',
  'EV', 'SUV', 'AWD', 'RWD', 'HVAC', 'LED', 'USB-A', 'USB-C',
]);

/**
 * A computer's parts and kit (an SSD, an IPS panel, RGB lighting, a VPN, a
 * watch's ECG), common nouns too; no long form is read for them, as "IDS
 * Pensions Service" spells IPS.
 */
const KIT = new Set(['SSD', 'IPS', 'RGB', 'VPN', 'ECG']);

/**
 * Ordinary words written in capitals: "it will be OK", "two hours' PE" (the
 * school subject), "8Mbps" (a unit), "a PR stunt", "its cancelled IPO", "ID cards",
 * "EBITDA growth" (an accounting measure), "two TD passes" (a touchdown),
 * "prior to the AGM" (a firm's or club's annual general meeting), "120Hz"
 * (a unit), "the highest CTR", "the effective CPM" (advertising's measures), "DIY radio".
 */
const WORDS = new Set([
  'OK',
  'PE',
  'Mbps',
  'PR',
  'IPO',
  'IPOs',
  'ID',
  'IDs',
  'EBITDA',
  'TD',
  'TDs',
  'AGM',
  'AGMs',
  'Hz',
  'CTR',
  'CPM',
  'DIY',
]);

/**
 * Posts written in capitals: the PM, an MP, MEPs, MSPs, a firm's CEO, a radio DJ or MTV VJ. The tagger makes
 * bodies of them ("The PM insisted" an organisation "PM") that speakers then
 * link to; they name no one body.
 */
const POSTS = new Set(['PM', 'MP', 'MEP', 'MSP', 'CEO', 'COO', 'CFO', 'DJ', 'VJ']);

/** Radio 4's "PM programme" is a show of that name. */
const SHOW_AFTER = /^\s{1,3}programme/u;

/** Whether a word is such a common noun or ordinary word in capitals (./repeated-names reads it too). */
export const isCommon = (text: string) => {
  const one = text.replace(/s$/, '');
  return COMMON_ACRONYMS.has(one) || KIT.has(one) || WORDS.has(text);
};
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

/** Three words or more, the initials of which may spell one of the acronyms above. */
const LONG_FORM = /^\p{L}[\p{L}-]{0,20}(?: \p{L}[\p{L}-]{0,20}){2,5}$/u;

/** "Digital Rights Management", "Personal Digital Assistants": initials that spell a common acronym (a plural's "s" aside). */
function isSpelledOut(text: string): boolean {
  if (!LONG_FORM.test(text)) return false;
  return COMMON_ACRONYMS.has(
    text
      .split(' ')
      .map((w) => w[0] as string)
      .join('')
      .toUpperCase(),
  );
}

/**
 * An entity named by such a noun's long form ("Digital Rights Management
 * (DRM) schemes", "Liquid Crystal Display"), with or without its acronym, is
 * a technology (MISC, as "Internet Protocol" is), not the body the tagger
 * took it for. In the document's view only (./link).
 */
export function retypeTechnologyLongForms(entities: Entity[]): Entity[] {
  return retypeEntities(entities, (e) => {
    if (e.type !== 'ORG' || !e.mentions.some((m) => isSpelledOut(m.text))) return undefined;
    return e.mentions.every((m) => isSpelledOut(m.text) || isCommon(m.text)) ? 'MISC' : undefined;
  });
}
