import { SPEAKER_ROLE_NOUNS } from '../entities/lexicons';

/**
 * Newspapers named with a role noun: "the Sioux Falls Argus Leader", "the
 * Hollywood Reporter". Read as a role, the source went to whoever led or
 * reported in the story (the Argus Leader's figure was credited to the
 * governor). A capitalised head after capitalised words is a masthead; for
 * "Leader", an office's own head too ("the Scottish Labour Leader"), two
 * such words that name no party, house or office are needed.
 */
const PAPER_HEADS =
  /^(?:Reporter|Observer|Examiner|Inquirer|Courier|Herald|Chronicle|Advocate|Gazette|Sentinel)$/u;
// biome-ignore format: compact word list
const OFFICE_WORDS = new Set([
  'labour', 'labor', 'tory', 'conservative', 'democratic', 'democrat', 'republican', 'liberal', 'green', 'senate',
  'house', 'majority', 'minority', 'party', 'opposition', 'scottish', 'welsh', 'irish', 'british', 'english', 'world',
]);

/** Whether a source phrase ("the Sioux Falls Argus Leader") is a newspaper's name, not a role. */
export function namesAPaper(phrase: string): boolean {
  const words = phrase
    .trim()
    .replace(/^the\s+/i, '')
    .split(/\s+/);
  const head = words.at(-1) ?? '';
  const before = words.slice(0, -1);
  if (!/^\p{Lu}/u.test(head) || before.length === 0 || !before.every((w) => /^\p{Lu}/u.test(w))) return false;
  if (PAPER_HEADS.test(head)) return true;
  if (head !== 'Leader' || before.length < 2) return false;
  return !before.some((w) => OFFICE_WORDS.has(w.toLowerCase()) || SPEAKER_ROLE_NOUNS.has(w.toLowerCase()));
}
