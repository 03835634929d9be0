import type { AnnotatedText, EntityTagger, TaggedMention, TaggerType } from '../extract/types';
import type { EntityType } from '../model/document';
import { SENTENCE_STARTERS } from '../text/abbreviations';
import type { Token } from '../text/tokenize';
import { type AliasTable, defaultAliasTable } from './alias-table';
import { EVENT_WORDS, isDemonym, NAME_PARTICLES, ORG_WORDS, RANKS, SPEAKER_ROLE_NOUNS } from './lexicons';

const TO_TAGGER: Record<EntityType, TaggerType> = {
  PERSON: 'PER',
  ORG: 'ORG',
  GPE: 'LOC',
  LOC: 'LOC',
  NORP: 'MISC',
  EVENT: 'MISC',
  MISC: 'MISC',
};
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'to', 'at', 'near', 'across', 'into']);

const CALENDAR =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** A capitalised word, or an Arabic-style particle name such as "al-Maliki". */
const isName = (t: Token) =>
  (/^\p{Lu}/u.test(t.text) && /\p{L}/u.test(t.text) && !CALENDAR.test(t.text)) ||
  /^\p{Ll}{1,3}-\p{Lu}/u.test(t.text);
const isRoleWord = (t: Token) =>
  RANKS.has(t.text.toLowerCase()) || SPEAKER_ROLE_NOUNS.has(t.text.toLowerCase());

/**
 * Extraction v1's tagger: capitalised runs typed by lexicons, titles and
 * context. The trained tagger replaces it; it stays as the model-free
 * fallback and keeps unit tests fast.
 */
export class RuleTagger implements EntityTagger {
  constructor(private readonly table: AliasTable = defaultAliasTable) {}

  tag(doc: AnnotatedText): TaggedMention[] {
    const out: TaggedMention[] = [];
    for (const { tokens } of doc.sentences) {
      for (let i = 0; i < tokens.length; i++) {
        if (
          !isName(tokens[i] as Token) ||
          (atStart(tokens, i) && SENTENCE_STARTERS.has((tokens[i] as Token).text))
        )
          continue;
        let j = i;
        while (j + 1 < tokens.length && (isName(tokens[j + 1] as Token) || joinsName(tokens, j + 1))) j++;
        while (j > i && !isName(tokens[j] as Token)) j--;
        let run = tokens.slice(i, j + 1);
        // "Pentagon Press Secretary General Patrick Ryder": the name follows the last title word.
        const lastRole = run.slice(0, -1).findLastIndex(isRoleWord);
        if (lastRole >= 0) run = run.slice(lastRole + 1);
        const type = lastRole >= 0 ? 'PER' : this.classify(run, tokens[i - 1]);
        if (type) {
          const start = (run[0] as Token).start;
          const end = (run.at(-1) as Token).end;
          out.push({ start, end, text: doc.text.slice(start, end), type });
        }
        i = j;
      }
    }
    return out;
  }

  private classify(run: Token[], before: Token | undefined): TaggerType | null {
    const text = run.map((t) => t.text).join(' ');
    const words = run.map((t) => t.text.toLowerCase());
    const entry = this.table.lookup(text);
    if (entry) return TO_TAGGER[entry.type];
    const last = words.at(-1) as string;
    if (ORG_WORDS.has(last) || /^[\p{Lu}&]{2,6}$/u.test(text)) return 'ORG';
    if (words.length === 1 && isDemonym(text)) return 'MISC';
    if (words.some((w) => EVENT_WORDS.has(w))) return 'MISC';
    const prev = before?.text.toLowerCase() ?? '';
    if (RANKS.has(prev) || SPEAKER_ROLE_NOUNS.has(prev) || RANKS.has(words[0] as string)) return 'PER';
    if (PLACE_PREPOSITIONS.has(prev)) return 'LOC';
    if (
      words.length >= 2 &&
      words.length <= 4 &&
      run.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) || /^\p{Ll}{1,3}-\p{Lu}/u.test(t.text))
    )
      return 'PER';
    return null;
  }
}

/** "of", "al-" and the like continue a name only when a capitalised word follows. */
function joinsName(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  return NAME_PARTICLES.has(t.text.toLowerCase()) && i + 1 < tokens.length && isName(tokens[i + 1] as Token);
}

/** The first word of a sentence, or of a quotation. */
function atStart(tokens: Token[], i: number): boolean {
  return i === 0 || /^["“‘'([]$/.test(tokens[i - 1]?.text ?? '');
}
