import { FIRM_NOUNS } from '../entities/non-person-cues';
import { BODY_HEAD } from './named-next';
import { ISSUED_NOUNS } from './report-issuer';

/** Heads of a body or a text beyond named-next's: a convention or guidance "says", the opposition "said". */
const OTHER_VOICES =
  /^(?:lawsuit|suit|convention|treaty|guidance|guidelines|document|letter|message|article|paper|magazine|newspaper|opposition|commission|panel|board|party|campaign|institute|website|site)$/u;
const FIRM = new RegExp(`^(?:${FIRM_NOUNS})$`, 'u');
/** The head of a nominal: its last word before a post-modifier ("The popularity of the net": popularity). */
const POST_MODIFIER = /,|\s(?:of|for|at|from|in|on|with|by|who|which|that|to|about|into)(?:\s|$)/u;

/** A cue of saying, its last word: only a body or a text says ("In a statement, it added:"), a thing may do. */
const SAYING =
  /(?:^|\s)(?:says?|said|add(?:s|ed)|warn(?:s|ed)|stat(?:es|ed)|t(?:old|ells)|cit(?:es|ed)|not(?:es|ed)|insist(?:s|ed)|claim(?:s|ed))\W*$/iu;

/** Whether a cue is a verb of saying: "said", "added:", "also warned". */
export const saysSomething = (cue: string) => SAYING.test(cue);

/**
 * Whether a nominal for a thing names something that cannot speak ("The
 * recall", "The global economy", "The case", "The product"): not a body nor
 * a text, which "it" may go on from ("The report …. It said").
 */
export function namesAVoicelessThing(nominal: string): boolean {
  const phrase = nominal.trim().split(POST_MODIFIER)[0] ?? '';
  const head = (phrase.split(/\s+/u).at(-1) ?? '').toLowerCase();
  return !(BODY_HEAD.test(head) || ISSUED_NOUNS.has(head) || FIRM.test(head) || OTHER_VOICES.test(head));
}
