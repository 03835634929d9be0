/** Titles that precede a name: a period after them never ends a sentence. */
// biome-ignore format: compact word list
export const TITLE_ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Gen', 'Maj', 'Col', 'Lt', 'Capt', 'Cmdr', 'Cdr', 'Adm',
  'Sgt', 'Cpl', 'Pvt', 'Brig', 'Rep', 'Reps', 'Sen', 'Sens', 'Gov', 'Pres', 'Rev', 'Hon', 'St', 'Supt',
  'Insp', 'Det', 'Amb', 'Sec', 'Atty', 'Fr', 'Msgr',
]);

/** What a title abbreviated before a name spells out ("South Dakota Gov. Kristi Noem" is the governor); "Rep." is left out, for "a representative" speaks for others. */
// biome-ignore format: compact word list
export const TITLE_WORDS: ReadonlyMap<string, string> = new Map([
  ['gov', 'governor'], ['sen', 'senator'], ['lt', 'lieutenant'], ['gen', 'general'], ['col', 'colonel'],
  ['capt', 'captain'], ['sgt', 'sergeant'], ['adm', 'admiral'], ['cmdr', 'commander'], ['det', 'detective'],
  ['supt', 'superintendent'], ['atty', 'attorney'],
]);

/** US states' abbreviations, written after a comma ("Portland, Ore."): as words they are names too ("Norbert Ore", "Midnight Mass"). */
// biome-ignore format: compact word list
export const US_STATE_ABBREVIATIONS = new Set([
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky', 'La',
  'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn',
  'Tex', 'Va', 'Vt', 'Wash', 'Wis', 'Wyo',
]);

/** Other abbreviations written with a period that rarely end a sentence. */
// biome-ignore format: compact word list
export const OTHER_ABBREVIATIONS = new Set([
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Inc', 'Corp', 'Co', 'Ltd', 'Bros', 'Jr', 'Sr', 'vs', 'etc', 'No', 'Nos', 'Vol', 'Fig', 'approx',
  'Ave', 'Blvd', 'Rd', 'Mt', 'Ft', 'Dept', 'Univ', 'Assn', 'Est', 'est', 'al', 'cf', 'e.g', 'i.e',
  ...US_STATE_ABBREVIATIONS,
]);

/** Words that commonly start a sentence; after an ambiguous "U.S." they signal a boundary. */
// biome-ignore format: compact word list
export const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'In', 'On', 'At', 'But', 'And',
  'This', 'That', 'These', 'Those', 'There', 'His', 'Her', 'Its', 'Their', 'Our', 'As', 'If', 'When',
  'While', 'After', 'Before', 'Since', 'So', 'Yet', 'For', 'Some', 'Many', 'Most', 'All', 'No',
  'Meanwhile', 'However', 'According', 'Despite', 'Furthermore', 'Additionally', 'Still', 'Now',
]);
