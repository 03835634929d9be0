/** Words that head a role or title: "Press Secretary", "spokesman", "Prime Minister"; a nominal speaker's head too. */
// biome-ignore format: compact word list
export const SPEAKER_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president', 'premier', 'chancellor',
  'commander', 'leader', 'chief', 'director', 'head', 'chairman', 'chairwoman', 'chair', 'ceo', 'cfo', 'founder',
  'mp', 'mep', 'senator', 'congressman', 'congresswoman', 'representative', 'governor', 'mayor', 'ambassador',
  'envoy', 'general', 'major', 'colonel', 'lieutenant', 'captain', 'admiral', 'sergeant', 'officer', 'official',
  'analyst', 'adviser', 'advisor', 'judge', 'justice', 'attorney', 'lawyer', 'prosecutor', 'inspector', 'king',
  'queen', 'prince', 'princess', 'sheikh', 'cleric', 'imam', 'pope', 'bishop', 'cardinal', 'coach', 'manager',
  'striker', 'player', 'editor', 'correspondent', 'reporter', 'professor', 'economist', 'researcher', 'scientist',
  'doctor', 'dr', 'mr', 'mrs', 'ms', 'sen', 'rep', 'gen', 'maj', 'col', 'lt', 'capt', 'adm', 'sgt', 'gov',
  'prof', 'speaker', 'deputy', 'vice', 'candidate', 'nominee', 'activist', 'executive', 'boss', 'owner', 'actor',
  'actress', 'singer', 'star', 'writer', 'author', 'director-general', 'secretary-general', 'commissioner',
  'midfielder', 'defender', 'goalkeeper', 'winger', 'full-back', 'fly-half', 'scrum-half', 'flanker', 'rapper',
  'guitarist', 'drummer', 'frontman', 'presenter', 'comedian', 'novelist', 'musician', 'composer', 'tycoon',
  'billionaire', 'campaigner', 'dj',
]);

/**
 * Callings named before a person ("producer Rick Rubin", "keeper Petr Cech", "Oscar host Chris Rock"):
 * role nouns of the entity view, but no speaker's office: "the UK's biggest coal producer" is a firm,
 * "the host" of an old gaffe no one the article names; nor a person's cue in the rule tagger
 * ("Leeds host Barnsley").
 */
// biome-ignore format: compact word list
const CALLINGS = [
  'producer', 'keeper', 'host', 'sprinter', 'critic', 'pundit', 'organiser', 'organizer', 'impresario', 'comic',
  'vice-president',
];
/**
 * Standings in a sport or for a prize ("Olympic champion X", "top seed X", "Oscar winner X"): callings, but
 * many in a story hold one, so none tells whom "the champion" is (claims/role-speaker.ts).
 */
const STANDING_WORDS = ['champion', 'winner', 'runner-up', 'seed', 'medallist'];
export const STANDINGS: ReadonlySet<string> = new Set(STANDING_WORDS);
/** Rugby positions ("Bath prop Matt Stevens", "Wales centre Sonny Parker") and trades ("sculptor Henry Moore"). */
// biome-ignore format: compact word list
const POSITIONS: ReadonlySet<string> = new Set([
  'prop', 'hooker', 'lock', 'centre', 'wing', ...STANDINGS, 'referee', 'skipper', 'journalist', 'sculptor',
  'artist', 'designer', 'playwright', 'film-maker', 'bassist', 'dancer', 'entrepreneur', 'magnate', 'mogul',
  'engineer', 'strategist', 'politician', 'athlete', 'teacher',
]);
/** Such a word in capitals: a name's word inside a sentence ("Foreign Policy Centre", "McKenzie, Lock, Hart", "from Athlete, Ciara"). */
export const capitalPosition = (word: string) => POSITIONS.has(word.toLowerCase()) && /^\p{Lu}/u.test(word);
/** Role nouns: "secretary", "spokesman"; the speaker's and the callings. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([...SPEAKER_ROLE_NOUNS, ...CALLINGS, ...POSITIONS]);

/** Modifiers that may stand inside a role: "Press", "former", "Foreign", "acting". */
// biome-ignore format: compact word list
export const ROLE_MODIFIERS = new Set([
  'press', 'former', 'foreign', 'defense', 'defence', 'interior', 'finance', 'acting', 'deputy', 'vice',
  'senior', 'top', 'prime', 'state', 'national', 'security', 'military', 'executive', 'chief', 'assistant',
  'associate', 'general', 'attorney', 'majority', 'minority', 'house', 'senate', 'party', 'opposition', 'health',
  'justice', 'trade', 'energy', 'education', 'labour', 'labor', 'home', 'shadow', 'cabinet', 'white', 'managing',
  'founding', 'incoming', 'outgoing', 'then', 'late', 'anti-terror', 'counter-terrorism', 'intelligence',
  'the', 'of', 'for', 'u.s.', 'us', 'uk', 'un', 'eu',
]);

/** Ranks and honorifics: part of a role, never of a name. */
// biome-ignore format: compact word list
export const RANKS = new Set([
  'general', 'gen', 'gen.', 'major', 'maj', 'maj.', 'colonel', 'col', 'col.', 'lieutenant', 'lt', 'lt.',
  'captain', 'capt', 'capt.', 'admiral', 'adm', 'adm.', 'sergeant', 'sgt', 'sgt.', 'mr', 'mr.', 'mrs', 'mrs.',
  'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'lord', 'lady', 'sen', 'sen.', 'rep', 'rep.',
  'gov', 'gov.', 'president', 'senator', 'governor', 'judge', 'justice', 'king', 'queen', 'prince', 'princess',
  'sheikh', 'pope', 'saint', 'st', 'st.', 'father', 'rev', 'rev.', 'brig', 'brig.', 'mp', 'minister',
  // British police ranks as news abbreviates them ("Det Insp Jo Hill", "Chief Supt Mick Deats")
  'supt', 'supt.', 'insp', 'insp.', 'det', 'det.',
]);

/** Nationalities, religions and political groups not caught by demonym endings. */
// biome-ignore format: compact word list
export const NORP_WORDS = new Set([
  'french', 'dutch', 'swiss', 'greek', 'thai', 'czech', 'welsh', 'scots', 'scottish', 'irish', 'british',
  'english', 'danish', 'swedish', 'finnish', 'polish', 'turkish', 'kurdish', 'kurds', 'kurd', 'jewish', 'jews',
  'jew', 'arab', 'arabs', 'muslim', 'muslims', 'christian', 'christians', 'catholic', 'catholics', 'protestant',
  'shia', 'shiite', 'shiites', 'sunni', 'sunnis', 'hindu', 'hindus', 'sikh', 'sikhs', 'buddhist', 'buddhists',
  'democrat', 'democrats', 'republican', 'republicans', 'conservative', 'conservatives', 'tory', 'tories',
  'labour', 'liberal', 'liberals', 'socialist', 'socialists', 'communist', 'communists', 'islamist', 'islamists',
  'yazidi', 'yazidis', 'alawite', 'alawites', 'druze', 'houthi', 'houthis', 'taliban', 'pashtun', 'uyghur',
  'uyghurs', 'latino', 'latinos', 'hispanic', 'hispanics', 'israeli', 'israelis', 'saudi', 'saudis', 'yemeni',
  'pakistani', 'pakistanis', 'bangladeshi', 'iraqi', 'iraqis', 'kuwaiti', 'qatari', 'emirati', 'omani', 'somali',
  'nepali', 'afghan', 'afghans', 'filipino', 'filipinos', 'chinese', 'japanese', 'vietnamese', 'lebanese',
  'sudanese', 'portuguese', 'taiwanese', 'congolese', 'senegalese', 'maltese', 'burmese',
  'thais', 'german', 'germans', 'roman', 'romans', 'ottoman', 'ottomans', 'yemenis', 'kuwaitis', 'qataris', 'emiratis',
  'omanis', 'somalis', 'nepalis', 'bangladeshis', 'azeri', 'azeris', 'punjabi', 'punjabis', 'kashmiri',
  'kashmiris', 'bengali', 'bengalis', 'tutsi', 'tutsis', 'hutu', 'hutus', 'maori', 'maoris', 'nazi', 'nazis',
]);

/**
 * Demonym endings: Syrian, Palestinians, Korean, Kurdish, Chinese. Not `-i`
 * (Iraqi): that ending is mostly surnames and brands (Agnelli, Maserati), so
 * those demonyms are listed above; not `-man` (Boogeyman, Superman) but
 * through `isDemonym`.
 */
const DEMONYM_ENDING = /^\p{Lu}\p{Ll}{2,}(?:ians?|eans?|ans?|ish|ese)$/u;
/** "Frenchman", "Welshwomen": a person named by a nationality, which the part before tells. */
const NATIONAL_PERSON = /^(\p{Lu}\p{Ll}+?)(?:wo)?m[ae]n$/u;

/** Nouns for a national that neither the list above nor the endings catch: "the Scot", "Briton Karl Keska" (not "Brits": the awards). */
// biome-ignore format: compact word list
const NATIONAL_NOUNS = new Set([
  'scot', 'briton', 'britons', 'dane', 'danes', 'swede', 'swedes', 'finn', 'finns', 'pole',
  'poles', 'turk', 'turks', 'spaniard', 'spaniards', 'croat', 'croats', 'serb', 'serbs', 'slovak', 'slovaks',
  'slovene', 'slovenes', 'kiwi', 'kiwis', 'aussie', 'aussies', 'argentine', 'argentines',
]);

/** Whether one word names a nationality or a group: listed, a compound of one ("Dutchman"), or by its ending. */
export function isDemonym(word: string): boolean {
  return isListedNational(word) || (!NATIONAL_PERSON.test(word) && DEMONYM_ENDING.test(word));
}

/**
 * A nationality or group by the lists alone, or a compound of one
 * ("Frenchman", "Welshwoman"): "Scot", "Swiss", not "Milan" or "Girvan",
 * which only end like one.
 */
export function isListedNational(word: string): boolean {
  return NORP_WORDS.has(word.toLowerCase()) || isNationalNoun(word);
}

/** A noun for one national ("Scot", "Briton", "Frenchman"), not an adjective that may open a name ("Christian", "Roman"). */
export function isNationalNoun(word: string): boolean {
  if (NATIONAL_NOUNS.has(word.toLowerCase())) return true;
  const person = NATIONAL_PERSON.exec(word);
  const base = person?.[1] as string;
  return person !== null && (NORP_WORDS.has(base.toLowerCase()) || DEMONYM_ENDING.test(base));
}

/** Words that make a MISC name an event. */
// biome-ignore format: compact word list
export const EVENT_WORDS = new Set([
  'war', 'wars', 'olympics', 'games', 'cup', 'championship', 'championships', 'summit', 'election', 'elections',
  'revolution', 'crisis', 'conference', 'festival', 'attack', 'attacks', 'spring', 'prix', 'open', 'tournament',
  'massacre', 'uprising', 'operation', 'invasion', 'offensive', 'referendum', 'awards', 'oscars', 'grammys',
  'marathon', 'series', 'league', 'bowl', 'expo', 'forum', 'congress', 'convention', 'protest', 'protests',
  'strike', 'siege', 'battle', 'ceasefire', 'agreement', 'accord', 'accords', 'treaty', 'talks', 'pandemic',
]);

/** Last words of an institution's name: "Hereford County Hospital", "Brooklyn Law School" (not "court": Margaret Court). */
// biome-ignore format: compact word list
export const INSTITUTION_WORDS = new Set([
  'hospital', 'university', 'school', 'college', 'museum', 'committee', 'institute', 'foundation', 'society',
  'trust', 'corporation', 'airlines', 'airways', 'academy', 'agency', 'authority', 'commission', 'council',
  'federation', 'association', 'ministry', 'department',
]);

/** Words that make a LOC a natural location rather than a political one. */
// biome-ignore format: compact word list
export const FEATURE_WORDS = new Set([
  'river', 'mountain', 'mountains', 'mount', 'valley', 'sea', 'ocean', 'gulf', 'lake', 'desert', 'strait',
  'island', 'islands', 'peninsula', 'basin', 'bay', 'coast', 'canal', 'forest', 'plain', 'plains', 'plateau',
  'hills', 'heights', 'delta', 'channel', 'glacier', 'cape', 'region', 'strip', 'bank',
]);

/** A company's legal form after its name, as a pattern: "Acme Inc.", "Acme, Inc.", "Acme & Co", "Acme plc". */
export const LEGAL_FORM = '(?:&\\s+Co|Inc|INC|Ltd|LTD|plc|PLC|Plc|LLC|AG|SA|NV)\\.?';

/** Last words of a street's name: a place, never a person ("Downing Street", "Abbey Road"; not "Lane", a surname too). */
export const STREET_WORDS = new Set(['street', 'road', 'avenue', 'boulevard', 'square']);

/** Lower-case words allowed inside a name: "Bank of England", "Abu Bakr al-Baghdadi". */
export const NAME_PARTICLES = new Set([
  'of',
  'the',
  'for',
  'de',
  'del',
  'la',
  'van',
  'von',
  'bin',
  'ibn',
  'al',
  'el',
  'da',
  'di',
  'du',
  'le',
  '&',
]);

/** Trailing words that mark an organisation. */
// biome-ignore format: compact word list
export const ORG_WORDS = new Set([
  'department', 'ministry', 'agency', 'office', 'council', 'committee', 'commission', 'party', 'forces', 'force',
  'army', 'navy', 'units', 'unit', 'corps', 'guard', 'guards', 'police', 'inc', 'inc.', 'corp', 'corp.', 'ltd',
  'ltd.', 'plc', 'group', 'company', 'bank', 'university', 'college', 'institute', 'foundation', 'association',
  'union', 'federation', 'organization', 'organisation', 'coalition', 'alliance', 'front', 'movement', 'court',
  'parliament', 'assembly', 'senate', 'congress', 'government', 'administration', 'network', 'times', 'post',
  'news', 'service', 'services', 'authority', 'board', 'bureau', 'club', 'fc', 'team', 'brigade', 'brigades',
  'militia', 'network', 'press', 'media', 'television', 'radio', 'airlines', 'airways', 'motors', 'systems',
]);

/** Words that end a firm's full name ("Nortel Networks"): the words ./firm-designators and ./company-short-names share; each adds its own. */
// biome-ignore format: compact word list
export const FIRM_DESIGNATORS: ReadonlySet<string> = new Set([
  'Holdings', 'Motors', 'Industries', 'Resources', 'Petroleum', 'Airlines', 'Airways', 'Communications', 'Networks',
  'Technologies', 'Systems', 'Securities', 'Media', 'Software', 'Entertainment',
]);

/** A word of a title: a role noun or a rank, whole or as a hyphened part ("director-general", "ex-minister"). */
export function isTitleWord(word: string): boolean {
  const w = word.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '');
  return ROLE_NOUNS.has(w) || RANKS.has(w) || w.split('-').some((p) => ROLE_NOUNS.has(p) || RANKS.has(p));
}
