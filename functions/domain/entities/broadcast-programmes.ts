import type { Entity } from '../model/document';
import { type AliasLookup, defaultAliasTable } from './alias-table';
import { isKnownNationality, isKnownOrganisation, isKnownPlace } from './known-names';
import { retypeEntities } from './merge';

/** A broadcaster or one of its channels and the possessive: "the BBC's", "BBC One's", "Radio 4's", "Channel 4's", "ITV1's". */
const BROADCASTER_BEFORE =
  /(?<![\p{L}\p{N}])(?:BBC(?: (?:One|Two|Three|Four|World|Radio (?:\d|Five Live)|Five Live|News 24))?|Radio (?:\d|Five Live)|Five Live|Channel (?:4|Four|5|Five)|ITV\d?|Sky (?:One|News)|CNN|CBS|NBC|ABC|PBS|HBO|MTV)['’]s $/u;

/**
 * What follows a programme's name: its kind ("Countryfile programme"), a
 * mark, or a preposition or verb ("Westminster Hour on Sunday",
 * "EastEnders have"); not another noun, which the name modifies ("ITV's
 * London Studios headquarters").
 */
const PROGRAMME_AFTER =
  /^(?:\s+(?:programme|show|series|documentary|drama|soap|on|at|in|with|has|have|had|is|are|was|were|will|would)\b|\s*[,.:;!?"”)–-]|\s*$)/u;

/** The broadcaster's own parts, not programmes: "the BBC's World Service", "ITV's London Studios". */
const PART_LAST =
  /(?:^|\s)(?:Service|News|Radio|Television|TV|Channel|Online|Studios?|Worldwide|Trust|Films|Foundation)$/u;

/** A name in capitals, a post or a body's as often ("Radio 4's PM programme" beside "the PM"). */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * A name typed a body or a place right after a broadcaster's possessive,
 * where a programme's name stands, is the programme, a work (MISC), with all
 * its mentions: "the BBC's Westminster Hour", "BBC One's Countryfile
 * programme", "the BBC's Network Africa programme", "Five Live's
 * Sportsweek", "BBC One's Fame Academy series". Not a person ("the BBC's
 * Nick Robinson"), a place or body the gazetteer or the alias table knows
 * ("MTV's Asia Aid"), a name in capitals ("Radio 4's PM programme", the
 * prime minister too), a part of the broadcaster ("the BBC's World
 * Service": PART_LAST), nor a name another noun follows. In the document's
 * view only (./link).
 */
export function retypeBroadcastProgrammes(
  text: string,
  entities: Entity[],
  table: AliasLookup = defaultAliasTable,
): Entity[] {
  return retypeEntities(entities, (e) => (isProgramme(text, e, table) ? 'MISC' : undefined));
}

function isProgramme(text: string, e: Entity, table: AliasLookup): boolean {
  if (e.type !== 'GPE' && e.type !== 'LOC' && e.type !== 'ORG') return false;
  const cued = e.mentions.some(
    (m) =>
      BROADCASTER_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) &&
      PROGRAMME_AFTER.test(text.slice(m.end, m.end + 20)),
  );
  return (
    cued &&
    !ACRONYM.test(e.name) &&
    !PART_LAST.test(e.name) &&
    !isKnownPlace(e.name) &&
    !isKnownOrganisation(e.name) &&
    !isKnownNationality(e.name) &&
    !table.lookup(e.name)
  );
}
