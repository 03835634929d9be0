import { SPEAKER_ROLE_NOUNS } from '../entities/lexicons';
import type { Entity, Range } from '../model/document';
import { fitsNoun } from './person-nouns';
import { isVoiceNoun } from './possessed-relation';
import { namedNext } from './role-speaker';
import type { Discourse } from './salience';

/**
 * A role a name owns, the whole source: "the BBC's political editor",
 * "President Castro's chief aide", "China's tax chief". A prefix the tagger
 * ran on from ("… come as China's tax chief") may stand before it, but no
 * comma ("Sir Bernard Ingham, Margaret Thatcher's press secretary" is
 * Ingham). The words after the possessive are lower case: "Labour's Paul
 * Flynn" names its speaker. (No class here overlaps the next one, so each
 * character is read once.)
 */
const OWNED_ROLE = /['’]s?\s+((?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+))$/u;
/**
 * An envoy's post "to" or "at" a place or body after the role, capitalised
 * or not: "China's ambassador to Britain", "Pakistan's High Commissioner to
 * Britain". The role is the owner's; the place is only where it is held.
 */
const ENVOY_POST =
  /['’]s?\s+((?:\p{L}[\p{L}-]*\s+){0,2}([Aa]mbassador|[Ee]nvoy|[Rr]epresentative|[Cc]ommissioner))\s+(?:to|at)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}$/u;
/** That post between the role and its holder's name: "’s ambassador to | Britain | Liu Xiaming". */
const POST_BEFORE_NAME = /^\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3},?\s+$/u;
/** No appositive: a comma or a dash ("the government - Venezuela's largest land owner"). */
const APPOSITIVE = /[,;:()–—]|\s-\s/u;
/** A chief aide is someone of their own; "Mr Brown's aides" still speak for him (possessed-relation.ts). */
const OWN_AIDES = new Set(['aide', 'adviser', 'advisor']);
const voices = (head: string) => isVoiceNoun(head) && !OWN_AIDES.has(head);
/** Heads that are roles besides the lexicon's ("China's tax chief"). */
const EXTRA_ROLES = new Set(['aide', 'adviser', 'advisor', 'head', 'chief', 'boss']);
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr']);
/** Owners a role's holder speaks for when unnamed: a body or a place, not a thing or an event. */
const SPEAKS_AS = new Set<Entity['type']>(['ORG', 'GPE', 'LOC']);

/** Who the article names holding the role of that owner elsewhere: "Carlos Lage, Castro's chief aide", "Castro's chief aide Carlos Lage". */
function namedHolder(owner: Entity, role: string, own: Range, people: Entity[], text: string): string | null {
  for (const m of owner.mentions) {
    if (m.start >= own.start && m.end <= own.end) continue;
    const after = OWNED_ROLE_AT.exec(text.slice(m.end, m.end + 80));
    if (!after) continue;
    // "’s ambassador to Britain Liu Xiaming": the post stands between the role and the name
    const post = / (?:to|at)$/u.exec(after[1] as string);
    if ((post ? (after[1] as string).slice(0, post.index) : after[1]) !== role) continue;
    const roleEnd = m.end + (after[0] as string).length;
    const between = post ? POST_BEFORE_NAME : /^,?\s+$/u;
    for (const p of people)
      for (const pm of p.mentions) {
        const before = pm.end <= m.start && /^,\s+(?:the\s+)?$/iu.test(text.slice(pm.end, m.start));
        const afterIt = pm.start >= roleEnd && between.test(text.slice(roleEnd, pm.start));
        if (before || afterIt) return p.id;
      }
  }
  const spelled = `${owner.name} ${role}`.toLowerCase();
  return people.find((p) => p.roles.some((r) => r.toLowerCase() === spelled))?.id ?? null;
}
/** The possessive and role right after a mention of the owner (anchored: one pass). */
const OWNED_ROLE_AT = /^['’]s?\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)(?![\p{L}-])/u;

/**
 * Who a role owned by a named entity stands for (a news rule of its own:
 * the role holder is someone other than the owner, and not whoever was
 * named last): the person the article names with that role of that owner;
 * else, for a role of an organisation or a place, the first person named
 * as a subject in the next sentences ("Scotland's first minister has told …
 * Jack McConnell was speaking"), else the owner itself (the holder speaks
 * for it); a role of a person that is no voice for them ("Castro's chief
 * aide") goes to no one. A voice role ("Mr Blair's spokesman") keeps to
 * the one it speaks for, unless named. Undefined when the source is no
 * such role or a common noun owns it ("the firm's chief"): the other rules
 * read those.
 */
export function possessedRole(
  source: { start: number; text: string },
  entities: Entity[],
  discourse: Discourse | undefined,
): string | null | undefined {
  if (!discourse) return undefined;
  const written = source.text.trimEnd();
  const found = OWNED_ROLE.exec(written) ?? ENVOY_POST.exec(written);
  const role = found?.[1]?.toLowerCase();
  const head = found?.[2]?.toLowerCase();
  if (!found || !role || !head || APPOSITIVE.test(written)) return undefined;
  if (HONORIFICS.has(head) || !(SPEAKER_ROLE_NOUNS.has(head) || EXTRA_ROLES.has(head) || voices(head)))
    return undefined;
  const at = source.start + found.index;
  const owner = entities.find((e) => e.mentions.some((m) => m.end === at && m.start >= source.start));
  if (!owner) return undefined;
  const own = { start: source.start, end: source.start + written.length };
  const people = entities.filter((e) => e.type === 'PERSON' && e.id !== owner.id);
  const holder = namedHolder(owner, role, own, people, discourse.text);
  if (holder) return holder;
  if (voices(head)) return undefined;
  if (owner.type === 'PERSON') return null;
  if (!SPEAKS_AS.has(owner.type)) return null;
  const fits = people.filter((e) => fitsNoun(role, e));
  return namedNext(fits, source.start, discourse) ?? owner.id;
}
