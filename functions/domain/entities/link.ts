import type { AnnotatedText, TaggedMention } from '../extract/types';
import type { Entity, EntityType } from '../model/document';
import { joinAcronymEntities } from './acronym-entities';
import { type AcronymPair, findAcronymPairs } from './acronyms';
import { spotAdaptedWorks } from './adapted-works';
import { widenToAliases } from './alias-spans';
import { type AliasLookup, type AliasTable, defaultAliasTable, isNotAfter } from './alias-table';
import { splitAlternatives } from './alternatives';
import { joinAmpersandNames } from './ampersand-names';
import { dropAntiSemitism } from './anti-semitism';
import { authorMentions } from './authors';
import { dropAwardCategories } from './award-categories';
import { cutAwardCompounds, hasAwardCompound } from './award-compounds';
import { retypeAwardNames } from './award-names';
import { retypeBandPlaces } from './band-places';
import { cutPersonModifiers, cutPlaceModifiers, hasModifiedPerson } from './based-names';
import { dropBirthOpeners } from './birth-openers';
import { dropBodyTitles } from './body-roles';
import { joinBracketedAcronyms } from './bracketed-acronyms';
import { joinBracketedSurnames } from './bracketed-surnames';
import { retypeBroadcastProgrammes } from './broadcast-programmes';
import { joinCityInitials } from './city-initials';
import { joinClippedNames } from './clipped-names';
import { joinClubNicknames } from './club-nicknames';
import { joinClubShortNames } from './club-short-names';
import { joinColonTitles } from './colon-titles';
import { dropCommonAcronyms, retypeTechnologyLongForms } from './common-acronyms';
import { joinCompanyShortNames } from './company-short-names';
import { readCompassAmericas } from './compass-americas';
import { retypeCompassPlaces } from './compass-places';
import { joinConstituencies } from './constituencies';
import { spotContractionTitles } from './contraction-titles';
import { joinCoordinatedBodies } from './coordinated-bodies';
import { joinCoordinatedRoles } from './coordinated-roles';
import { readCopulaRoles } from './copula-roles';
import { type NamedMention, personAnchors } from './coref';
import { joinCountryLedNames } from './country-led-names';
import { cutCountryTv } from './country-tv';
import { cutCourtesyTitles, hasCourtesyTitle } from './courtesy-titles';
import { spotCuedTitles } from './cued-titles';
import { dropDanglingRoles } from './dangling-roles';
import { retypeDealHeadings } from './deal-headings';
import { dropEponymTerms } from './eponym-terms';
import { retypeFaithGroups } from './faith-groups';
import { dropFinalPeriods } from './final-periods';
import { retypeFirmsInContext } from './firm-contexts';
import { retypeCalledFirms } from './firm-cues';
import { retypeDesignatedFirms } from './firm-designators';
import { joinSuffixedSurnames } from './generational-suffixes';
import { joinGenericHeads } from './generic-heads';
import { joinGenitiveNames } from './genitive-names';
import { retypeGivenNamePeople } from './given-name-people';
import { joinGivenNameVariants } from './given-name-variants';
import { retypeCalledGroups } from './group-nouns';
import { dropHeadTitles } from './head-titles';
import { bodyOnly, type Headlined, splitHeadline } from './headline';
import { keptFromHeadline } from './headline-only';
import { retypeHolidays } from './holiday-names';
import { hasHonouredName, retypeHonouredNames } from './honoured-names';
import { aliasKey, entityId } from './ids';
import { retypeInitialledPeople } from './initialled-people';
import { splitJoinedNames } from './joined-names';
import { readJudicialStyles } from './judicial-styles';
import { splitKinGivenNames } from './kin-given-names';
import { retypeKindCuedWorks } from './kind-cued-works';
import { joinKnownAsNames } from './known-as-names';
import { hasLawSpan, readLawSpans, retypeLaws } from './law-names';
import { cutLeaderAdministrations } from './leader-administrations';
import { LEGAL_FORM } from './lexicons';
import { readLineupClubs } from './lineup-clubs';
import { personsInLineups } from './lineups';
import { retypeListedWorks } from './listed-works';
import { retypeMalware } from './malware-names';
import { byStart, type Mention, overlaps } from './mention';
import { mergeSameIds, mergeSameNames, TYPE_PRIORITY } from './merge';
import { joinMiddleNames } from './middle-names';
import { hasMixedHonorifics, splitMixedHonorifics } from './mixed-honorifics';
import { dropModelWords } from './model-words';
import { dropNationalityCompounds } from './nationality-compounds';
import { normalizeMentions } from './normalize';
import { retypeNumberedProducts } from './numbered-products';
import { joinOfNames } from './of-names';
import { dropOfficeRemits } from './office-remits';
import { dropOpeningDescriptors } from './opening-descriptors';
import { organisationAnchors } from './org-anchors';
import { joinParticleSurnames } from './particle-surnames';
import { retypePersonNamedFirms, splitSurnameFirms } from './person-named-firms';
import { cutPersonOfNames } from './person-of-names';
import { joinPlaceCutEvents } from './place-cut-events';
import { retypePlaceLedNames } from './place-led-names';
import { joinPluralPossessors } from './plural-possessors';
import { joinPluralVariants } from './plural-variants';
import { cutPositionCodes, hasPositionCode } from './position-codes';
import { splitPossessiveNames } from './possessive-names';
import { cutPostSuffixes } from './post-suffixes';
import { retypeCuedProducts } from './product-cues';
import { findMoreOccurrences } from './propagate';
import { spotQuotedTitles } from './quoted-titles';
import { joinRepeatedNames } from './repeated-names';
import { dropRolesNamingOthers } from './roles-naming-others';
import { splitSaintCutNames } from './saint-cut-names';
import { joinSaintPossessives } from './saint-possessives';
import { retypeSharedSurnames } from './shared-surnames';
import { retypeSkyBodies } from './sky-bodies';
import { readSportBodies } from './sport-bodies';
import { spotAliases } from './spotted-aliases';
import { retypeStatLinePeople } from './stat-lines';
import { retypeStateCodes } from './state-codes';
import { retypeStorms } from './storm-names';
import { joinStrandedSurnames } from './stranded-surnames';
import { mendStrayBrackets } from './stray-brackets';
import { joinSurnamePeople } from './surname-people';
import { retypeTeamNames } from './team-names';
import { retypeTermAcronyms } from './term-acronyms';
import { splitToldOutlets } from './told-outlets';
import { readTourLines } from './tour-lines';
import { retypeTourVenues } from './tour-venues';
import { UnionFind } from './union-find';
import { retypeVenues } from './venue-names';
import { retypeWebAddresses } from './web-addresses';
import { joinWordGivenNames } from './word-given-names';
import { linkWordPapers } from './word-papers';

export interface LinkOptions {
  /**
   * The document's view: rule-found authors of described documents
   * (./authors), one entity for a name tagged with several types
   * (./merge), and one person for a full name typed as none beside its
   * surname typed as one (./surname-people). Without it, the linked tagger mentions the attribution
   * model's trainer saw. @default true
   */
  document?: boolean;
  /**
   * Where the body starts, after a headline read with it (./headline):
   * headline mentions join the body's names but are no full names
   * themselves, so a headline's "Classy Henman" is no second Henman.
   * @default 0
   */
  bodyStart?: number;
}

/**
 * The news layer: tagger mentions become the article's entities, with
 * acronyms joined to their long forms, partial names to full names,
 * titles as roles, and canonical ids from the alias table.
 */
export function linkEntities(
  doc: AnnotatedText,
  tagged: TaggedMention[],
  table: AliasTable = defaultAliasTable,
  options: LinkOptions = {},
): Entity[] {
  const bodyStart = options.bodyStart ?? 0;
  if (options.document === false)
    return link(doc, normalizeMentions(doc, tagged), table.attributionView(), bodyStart, false);
  const all = [...tagged, ...authorMentions(doc.text, tagged)];
  const linked = link(
    doc,
    readLawSpans(
      doc.text,
      cutAwardCompounds(
        retypeHonouredNames(
          cutCourtesyTitles(cutPersonModifiers(cutPositionCodes(normalizeMentions(doc, all)))),
        ),
      ),
    ),
    table,
    bodyStart,
    true,
  );
  return documentView(doc.text, linked, table, bodyStart);
}

/**
 * The article's entities, and those the attribution model sees: the latter
 * without the document's view (LinkOptions) and with the alias table's
 * attribution view (AliasEntry.documentOnly), as its trainer built them
 * (scripts/train/attribution/corpus.ts), so the committed model stays
 * reproducible (`npm run check:train-inputs` holds it). Linked twice only when an author was found, a courtesy title
 * cut, or the linking read a name a documentOnly entry has (AliasTable.watchedView); one list otherwise.
 */
export function linkForExtraction(
  doc: AnnotatedText,
  tagged: TaggedMention[],
  table: AliasTable = defaultAliasTable,
  bodyStart = 0,
): { entities: Entity[]; forAttribution: Entity[] } {
  const authors = authorMentions(doc.text, tagged);
  // the tagger's mentions are cleaned once for both views when no author is added (normalizeMentions reads no table)
  const normalized = normalizeMentions(doc, tagged);
  const watched = table.watchedView();
  const forAttribution = link(doc, [...normalized], watched.view, bodyStart, false);
  const same =
    authors.length === 0 &&
    !watched.readOtherwise() &&
    !hasCourtesyTitle(normalized) &&
    !hasHonouredName(normalized) &&
    !hasAwardCompound(normalized) &&
    !hasModifiedPerson(normalized) &&
    !hasPositionCode(normalized) &&
    !hasMixedHonorifics(doc.text, normalized) &&
    !hasLawSpan(doc.text);
  // "Baroness Greenfield" is Greenfield in the document's view only (./courtesy-titles)
  // "Mr Cable" typed a body is the person Cable there too (./honoured-names)
  // "Oscar-nominated" is the Oscar there (./award-compounds)
  // "Prevention of | Terrorism Bill" is one law there (./law-names)
  // "Day-by-day Schiff" is Schiff there (./based-names)
  // "Browns DL Sheldon Richardson" is the Browns and Sheldon Richardson there (./position-codes)
  // "Mrs Howard" beside "Mr Howard" is no Michael Howard there (./mixed-honorifics)
  const documentMentions = () =>
    readLawSpans(
      doc.text,
      cutAwardCompounds(
        retypeHonouredNames(
          cutCourtesyTitles(
            cutPersonModifiers(
              cutPositionCodes(
                authors.length === 0 ? [...normalized] : normalizeMentions(doc, [...tagged, ...authors]),
              ),
            ),
          ),
        ),
      ),
    );
  const linked = same ? forAttribution : link(doc, documentMentions(), table, bodyStart, true);
  return { entities: documentView(doc.text, linked, table, bodyStart), forAttribution };
}

/**
 * What the document's view adds (LinkOptions): a place named for a saint cut at its "'s" joined ("St James's Palace", ./saint-possessives), a sentence's full stop taken off the name it
 * ends (./final-periods), a given name that is also a word put back on the surname the tagger cut it from ("Ray Charles", ./word-given-names), a person "of" a country read as one body cut in two and a peer typed a
 * body a person (./person-of-names), names cut in two at "of" joined (./of-names), a
 * team sheet's names as people (./lineups) and its bracketed clubs as bodies (./lineup-clubs), one person for a full name typed apart, a bare surname joined to the full name it ends before "Jr" (./generational-suffixes), a given
 * name and surname the words around call a person (./given-name-people), as is a name before a player's count in a box score
 * ("Burgher 10 points.", ./stat-lines), a body or event typed as the place it opens on
 * retyped (./place-led-names), one person for forms of one given name ("Steve", "Steven", "Stevie" Gerrard, ./given-name-variants), a relative's given name cut off a stranger's full name ("his son Nick", ./kin-given-names), one entity for a name
 * typed several ways, names that differ in a plural "s" (./plural-variants), an acronym joined to the name it abbreviates (./acronym-entities) or
 * follows in brackets spelt as title case or with a name's inner capitals (./bracketed-acronyms), a
 * body named without the country it opens on to the name with it ("Supreme Court", ./country-led-names), a
 * generic head ("United") to the one full name it ends (./generic-heads), a company's first
 * word to the one full name that adds designators to it, an acronym to the firm's name it opens (./company-short-names), party names the
 * tagger never tags (./spotted-aliases), names and roles a bracket cut in two mended
 * (./stray-brackets), a given name completed in square brackets one person ("Gethin [Jenkins]", ./bracketed-surnames), "north America" the continent, not the US (./compass-americas), two names run together over "or" split (./alternatives) and two over "and"
 * when one is a known organisation (./joined-names), a known owner cut from what it owns
 * ("the UK's Department for …", ./possessive-names), a sentence's opening descriptor cut from
 * the name after it ("Rival Sony", ./opening-descriptors) and a place's modifier from the name
 * it modifies ("Bracknell-based Exel", ./based-names), a judge's style read as a title
 * ("Lord Justice May", ./judicial-styles), a name cut at its "&" joined ("Marks & Spencer",
 * ./ampersand-names), a body named for two remits cut at its "and" joined ("Department for Education and Skills",
 * ./coordinated-bodies), a sport's national body cut to or typed as its country ("Athletics Kenya",
 * ./sport-bodies), a name cut before its "'s" joined to it ("McDonald's said", ./genitive-names), an outlet told
 * something cut from the name after it (./told-outlets), a nationality opening a compound dropped ("Pole vaulter", ./nationality-compounds), "Best" opening a prize's category dropped ("won Best Actress", ./award-categories), "Semitic" after "anti-" dropped (./anti-semitism), "Born" opening a birth clause dropped ("Born in Luton, …", ./birth-openers), a minister's remit typed a body dropped ("Minister for Children", ./office-remits), a bare "Head" opening an office dropped ("Head of Research at …", ./head-titles), technology's common nouns and posts in capitals dropped ("DVD", "PC", "the PM") and their long forms a technology ("Digital Rights Management", ./common-acronyms), an acronym spelt out in lower case a term ("the producer price index (PPI)", ./term-acronyms), a name the tagger cut after its first
 * word joined again (./clipped-names), a name the article tags whole joined where the tagger cut it into parts ("Alcohol Focus | Scotland", ./repeated-names), an event named for its place cut at the place joined ("Berlin | Film Festival", ./place-cut-events), roles that end open dropped (./dangling-roles), a title's remit cut at its "and" put back
 * ("Trade and Industry Secretary", ./coordinated-roles) and roles that
 * run on to another person's name ("NME editor Conor McNicholas", ./roles-naming-others), and a
 * one-word name the article calls a band, group or charity (./group-nouns) or a firm ("developer
 * Valve", "firms like Dell", ./firm-cues) an organisation, as is a name typed a person that ends on a firm's designator ("Asahi Breweries", ./firm-designators), as is a place the article writes as a web address ("Amazon.com", ./web-addresses), and so a name only a firm's words
 * surround ("De Telegraaf, a daily newspaper,", "handsets from NEC, Fujitsu and Mitsubishi",
 * ./firm-contexts), and a firm named after a person ("parts maker Robert Bosch", a bare "Ford, the US car
 * company," cut from Bill Ford, ./person-named-firms); a one-word name typed a person that the words around call a product or a
 * work MISC ("the drug Vioxx", "Xbox video game Halo", ./product-cues), names listed after a kind of
 * work or product MISC ("films include Gothika", ./listed-works), a body or place right after the kind of work it is
 * MISC ("ITV drama Footballers' Wives", ./kind-cued-works), a body or place right after a broadcaster's "'s" a programme ("the BBC's Westminster Hour", ./broadcast-programmes) and an untagged title there a work ("comedy
 * Sideways", ./cued-titles), a name the article calls a worm
 * or virus MISC ("the Sasser worm", ./malware-names), a name the article also names with a number after as a work MISC ("Sportback" beside "Sportback 55", ./numbered-products), a name opening a deals page's heading with its price a product ("DJI Mavic Mini for $399", ./deal-headings), and a holiday or a named storm an event
 * whatever its type ("before Christmas", ./holiday-names; "Hurricane Ivan", ./storm-names), a prize typed a body or a person an event or a thing won ("Screen Actors Guild Awards", ./award-names), a state's postal code after a town and the town before it places ("Denver, CO",
 * ./state-codes), a venue typed a person a place ("Ryman Auditorium", ./venue-names), as is a planet or moon near a word of space ("to Mars", ./sky-bodies), a faith's word a group
 * of people ("UK Muslims", ./faith-groups), a government named
 * for its leader a body of its own ("the Bush administration", ./leader-administrations), a town or a nickname an article about sport calls a team
 * a club ("Leicester flanker Lewis Moody", "Minnesota beat Buffalo", ./team-names), and a body's name
 * its people's possessive was cut from joined to it ("the Women's Tennis Association", ./plural-possessors); last, a title in
 * capitals on a body, place or work dropped ("General" of General Mills, ./body-roles).
 */
function documentView(text: string, linked: Entity[], table: AliasTable, bodyStart: number): Entity[] {
  const lineups = readLineupClubs(
    text,
    personsInLineups(
      text,
      joinOfNames(
        text,
        cutPersonOfNames(
          joinWordGivenNames(
            text,
            dropFinalPeriods(
              text,
              joinSaintPossessives(text, splitSaintCutNames(text, linked, table), table),
            ),
          ),
          table,
        ),
        table,
      ),
    ),
    table,
  );
  const surnamed = retypeSharedSurnames(
    text,
    joinSuffixedSurnames(joinSurnamePeople(text, lineups, table, bodyStart), bodyStart),
    table,
  );
  const people = splitKinGivenNames(
    text,
    joinKnownAsNames(
      text,
      joinMiddleNames(
        joinGivenNameVariants(
          retypePlaceLedNames(
            retypeInitialledPeople(
              text,
              retypeGivenNamePeople(text, retypeStatLinePeople(text, surnamed, table), table),
              table,
            ),
          ),
        ),
      ),
    ),
    table,
  );
  // a law is typed before "the Bill" joins it: a bill the tagger's "Bill"s joined as people is no person's name
  const joined = joinGenericHeads(
    text,
    retypeLaws(
      text,
      joinCountryLedNames(
        joinBracketedAcronyms(
          text,
          joinAcronymEntities(joinPluralVariants(mergeSameNames(people), table), table),
        ),
      ),
    ),
  );
  const mended = joinBracketedSurnames(
    text,
    readCompassAmericas(text, mendStrayBrackets(spotAliases(text, joined, table))),
  );
  // after the splits, as a full name run together with another ("Samsung Electronics and Sony") fits no short name
  const split = joinCompanyShortNames(
    text,
    splitPossessiveNames(splitJoinedNames(text, splitAlternatives(mended, table), table), table),
    table,
    bodyStart,
  );
  const described = readJudicialStyles(
    text,
    dropOpeningDescriptors(text, cutPlaceModifiers(split, table), table),
  );
  const joinedOver = joinCoordinatedBodies(text, joinAmpersandNames(text, described, table), table);
  const clipped = joinPlaceCutEvents(
    text,
    joinRepeatedNames(
      text,
      joinClippedNames(text, splitToldOutlets(text, readSportBodies(text, joinedOver, table), table)),
    ),
    table,
  );
  const firms = retypeWebAddresses(
    text,
    retypeDesignatedFirms(
      text,
      retypeCalledFirms(
        text,
        retypeCalledGroups(
          text,
          dropRolesNamingOthers(
            dropDanglingRoles(
              joinCoordinatedRoles(
                text,
                dropNationalityCompounds(
                  text,
                  dropAntiSemitism(
                    text,
                    dropBirthOpeners(
                      text,
                      dropOfficeRemits(
                        text,
                        dropAwardCategories(
                          text,
                          retypeTermAcronyms(
                            text,
                            retypeTechnologyLongForms(
                              dropCommonAcronyms(
                                text,
                                dropEponymTerms(
                                  text,
                                  dropHeadTitles(text, cutPostSuffixes(cutCountryTv(clipped, table), table)),
                                ),
                              ),
                            ),
                          ),
                        ),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  // a product first, as a list with firms in it would make it a firm ("brands such as Celebrex and Vioxx")
  const works = spotContractionTitles(
    text,
    spotQuotedTitles(
      text,
      spotAdaptedWorks(
        text,
        spotCuedTitles(
          text,
          retypeBroadcastProgrammes(
            text,
            retypeKindCuedWorks(text, retypeListedWorks(text, firms), table),
            table,
          ),
        ),
      ),
    ),
  );
  // after the works rules, which type the title before its colon ("Star Wars: The Phantom Menace")
  const products = dropModelWords(
    text,
    retypeMalware(
      text,
      retypeNumberedProducts(
        retypeDealHeadings(text, retypeCuedProducts(text, joinColonTitles(text, works, table))),
      ),
    ),
  );
  // last, so the rules that type a bare name still read "Foster" in "brands include Foster's,"
  // after the sides are typed, so a nickname the tagger made a place joins its side
  const typed = joinClubNicknames(
    text,
    retypeFaithGroups(
      retypeTeamNames(
        text,
        retypeBandPlaces(
          text,
          joinCityInitials(
            text,
            retypeStateCodes(
              text,
              retypeSkyBodies(
                text,
                retypeVenues(
                  text,
                  retypeAwardNames(
                    retypeStorms(
                      retypeHolidays(
                        splitSurnameFirms(
                          text,
                          retypePersonNamedFirms(
                            text,
                            retypeFirmsInContext(
                              text,
                              linkWordPapers(text, retypeTourVenues(text, readTourLines(text, products))),
                            ),
                          ),
                        ),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
        table,
      ),
    ),
  );
  // last, as the splits above make full names the coreference pass never saw ("Nicolas Sarkozy of France")
  // a body's title read off its own name goes once every type is settled
  return dropBodyTitles(
    joinParticleSurnames(
      joinStrandedSurnames(
        text,
        joinPluralPossessors(
          text,
          joinGenitiveNames(
            text,
            cutLeaderAdministrations(
              text,
              joinConstituencies(
                text,
                retypeCompassPlaces(text, readCopulaRoles(text, joinClubShortNames(text, typed))),
                table,
              ),
              table,
            ),
          ),
        ),
        bodyStart,
      ),
    ),
  );
}

/**
 * `linkForExtraction` over an article read with its headline (./headline),
 * `tagged` in `read.doc`'s offsets: the article's entities with their
 * headline mentions apart (an entity only the headline names included), and
 * those the attribution model sees, from the body only.
 */
export function linkWithHeadline(
  read: Headlined,
  tagged: TaggedMention[],
  table: AliasTable = defaultAliasTable,
): { entities: Entity[]; forAttribution: Entity[] } {
  const { entities, forAttribution } = linkForExtraction(read.doc, tagged, table, read.offset);
  if (read.offset === 0) return { entities, forAttribution };
  return {
    entities: splitHeadline(entities, read).filter(
      (e) => e.mentions.length > 0 || keptFromHeadline(e, table),
    ),
    forAttribution: bodyOnly(splitHeadline(forAttribution, read)),
  };
}

/** Key prefix of mentions the alias table resolved: `alias:<id>`. */
const ALIAS = 'alias:';

/**
 * `normalized`: the tagger's mentions through normalizeMentions, an array of the call's own (it may be sorted in place).
 * `documentView`: names under both genders' honorifics are split (./mixed-honorifics) in the document's view only.
 */
function link(
  doc: AnnotatedText,
  normalized: Mention[],
  table: AliasLookup,
  bodyStart: number,
  documentView: boolean,
): Entity[] {
  const pairs = findAcronymPairs(doc.sentences);
  const mentions = withAcronyms(doc.text, widenToAliases(doc.text, normalized, table), pairs);
  const resolved = resolveInContext(
    doc.text,
    mentions.map((m) => name(m, table, doc.text)),
    table,
  );
  const named = documentView ? splitMixedHonorifics(doc.text, resolved) : resolved;
  const uf = new UnionFind();
  for (const pair of pairs) {
    const long = named.find((m) => m.start === pair.long.start && m.end === pair.long.end);
    const short = named.find((m) => m.start === pair.short.start && m.end === pair.short.end);
    if (long && short) uf.union(long.key, short.key);
  }
  const inBody = (m: NamedMention) => m.start >= bodyStart;
  for (const [m, anchor] of personAnchors(doc.text, named, inBody)) {
    // "Disney" the table knows as a firm is no surname of Roy Disney's (the document's view only:
    // the attribution trainer's inputs stay as they were)
    if (documentView && m.key.startsWith(ALIAS) && m.type === 'ORG') continue;
    m.type = 'PERSON';
    uf.union(anchor.key, m.key);
  }
  const orgAnchors = organisationAnchors(named, inBody, (acronym) => table.lookup(acronym)?.type === 'ORG');
  for (const [m, anchor] of orgAnchors) uf.union(anchor.key, m.key);
  const more = findMoreOccurrences(doc.text, doc.sentences, namesToFind(named), named);
  const fullNames = [...pairs.map((p) => p.long), ...orgAnchors.values()];
  return buildEntities([...named, ...more], uf, table, fullNames);
}

/** Acronym pairs override what the tagger made of those spans. */
function withAcronyms(text: string, mentions: Mention[], pairs: AcronymPair[]): Mention[] {
  let out = mentions;
  for (const pair of pairs) {
    const longText = text.slice(pair.long.start, pair.long.end);
    const tagged = out.find((m) => overlaps(m, pair.long) || overlaps(m, pair.short));
    const type: EntityType = /^Operation\s/.test(longText)
      ? 'EVENT'
      : tagged && tagged.type !== 'PERSON'
        ? tagged.type
        : 'ORG';
    out = out.filter((m) => !overlaps(m, pair.long) && !overlaps(m, pair.short));
    out.push({ ...pair.long, text: longText, type, roles: [] });
    out.push({ ...pair.short, text: text.slice(pair.short.start, pair.short.end), type, roles: [] });
  }
  return out.sort(byStart);
}

function name(m: Mention, table: AliasLookup, text: string): NamedMention {
  const entry = table.lookup(m.text);
  if (entry && !isNotAfter(text, m.start, entry))
    return { ...m, type: entry.type, key: `${ALIAS}${entry.id}` };
  return { ...m, key: `${m.type}:${idName(m.type, aliasKey(m.text))}` };
}

/**
 * Names the alias table knows only in context: "Conservatives" beside "the
 * Tories" (AliasEntry.inContext), and "Conservative" before a lower-case
 * "party" the tagger left out.
 */
function resolveInContext(text: string, named: NamedMention[], table: AliasLookup): NamedMention[] {
  const ids = new Set(named.filter((m) => m.key.startsWith(ALIAS)).map((m) => m.key.slice(ALIAS.length)));
  return named.map((m) => {
    if (m.key.startsWith(ALIAS)) return m;
    const entry =
      table.lookupInContext(m.text, ids) ??
      (/^\s+party\b/i.test(text.slice(m.end, m.end + 8)) ? table.lookup(`${m.text} Party`) : undefined);
    return entry && !isNotAfter(text, m.start, entry)
      ? { ...m, type: entry.type, key: `${ALIAS}${entry.id}` }
      : m;
  });
}

/** Legal forms ending a name: the same company is named with or without them. */
const LEGAL_FORMS_AT_END = new RegExp(`(?:,?\\s+${LEGAL_FORM})+$`, 'i');

/**
 * The name an id is made of: plural groups share an id with the singular
 * ("Palestinians" and "Palestinian"), companies with their legal form.
 */
function idName(type: EntityType, name: string): string {
  if (type === 'ORG') return name.replace(LEGAL_FORMS_AT_END, '') || name;
  return type === 'NORP' && /[^s]s$/.test(name) && name.length > 4 ? name.slice(0, -1) : name;
}

/** Every surface already found, plus the surname of each full name. */
function namesToFind(named: NamedMention[]): Map<string, NamedMention> {
  const names = new Map<string, NamedMention>();
  for (const m of named) if (!names.has(m.text)) names.set(m.text, m);
  const surnames = new Map<string, NamedMention[]>();
  for (const m of named) {
    const parts = m.text.split(/\s+/);
    if (m.type !== 'PERSON' || parts.length < 2) continue;
    const last = parts.at(-1) as string;
    surnames.set(last, [...(surnames.get(last) ?? []), m]);
  }
  for (const [surname, heads] of surnames) {
    if (new Set(heads.map((h) => h.key)).size === 1 && !names.has(surname))
      names.set(surname, heads[0] as NamedMention);
  }
  return names;
}

/** `fullNames`: the spans that name their entity (an acronym's long form, the full name a short one joined). */
function buildEntities(
  mentions: NamedMention[],
  uf: UnionFind,
  table: AliasLookup,
  fullNames: { start: number; end: number }[],
): Entity[] {
  const groups = new Map<string, NamedMention[]>();
  for (const m of mentions) {
    const root = uf.find(m.key);
    const group = groups.get(root);
    if (group) group.push(m);
    else groups.set(root, [m]);
  }
  const longForms = new Set(fullNames.map((p) => `${p.start}:${p.end}`));
  const total = mentions.length;
  const entities: Entity[] = [];
  for (const group of groups.values()) {
    group.sort(byStart);
    const aliasKeyed = group.find((m) => m.key.startsWith(ALIAS));
    const entry = aliasKeyed ? table.entry(aliasKeyed.key.slice(ALIAS.length)) : undefined;
    const type = entry?.type ?? voteType(group);
    const longForm = group.find((m) => longForms.has(`${m.start}:${m.end}`));
    const entityName = entry?.name ?? longForm?.text ?? pickName(type, group);
    const surfaces = [...new Set(group.map((m) => m.text))];
    entities.push({
      id: entry?.id ?? entityId(type, idName(type, entityName)),
      name: entityName,
      type,
      aliases: surfaces.filter((s) => s !== entityName).sort(),
      mentions: dedupeSpans(group).map((m) => ({ start: m.start, end: m.end, text: m.text })),
      roles: [...new Set(group.flatMap((m) => m.roles))],
      salience: Math.round((group.length / total) * 1000) / 1000,
    });
  }
  return mergeSameIds(entities).sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}

function voteType(group: Mention[]): EntityType {
  const counts = new Map<EntityType, number>();
  for (const m of group) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  return [...counts.entries()].sort(
    (a, b) => b[1] - a[1] || TYPE_PRIORITY.indexOf(a[0]) - TYPE_PRIORITY.indexOf(b[0]),
  )[0]?.[0] as EntityType;
}

/** A person goes by the fullest name; anything else by its most frequent form. */
function pickName(type: EntityType, group: Mention[]): string {
  const counts = new Map<string, number>();
  for (const m of group) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) =>
    type === 'PERSON' ? b[0].length - a[0].length : b[1] - a[1] || b[0].length - a[0].length,
  );
  return ranked[0]?.[0] ?? '';
}

function dedupeSpans<T extends Mention>(mentions: T[]): T[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    const k = `${m.start}:${m.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
