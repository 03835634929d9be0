import type { Attribution } from '../extract/types';

/**
 * A participle that opens a reduced relative, then up to five plain words,
 * then a finite report verb ending the cue: "questioned said", "accused in
 * connection with the blasts said", "released last week showed". Bounded
 * repeats of single words, so no backtracking blow-up.
 */
const TAIL =
  /^((?:questioned|polled|surveyed|interviewed|quizzed|contacted|consulted|accused|suspected|released|published)(?:\s+[\p{L}\p{N}'’-]{1,20}){0,5}?)\s+(said|says|say|thought|think|believe[sd]?|felt|feel|showed|shows?|found|finds?|suggested|suggests?)$/iu;

/** Words that would make the stretch before the verb more than a modifier ("refused to say", "and said"). */
const CLAUSE_WORD =
  /(?:^|\s)(?:to|and|but|or|not|who|which|that|could|would|will|can|may|might|should|must)(?=\s|$)/iu;

/**
 * "those questioned said …", "36 people accused in connection with the
 * blasts said …": the tagger sometimes cues the reduced relative that ends
 * the source along with the verb. It is the source's (PolNeAR train gold:
 * "those polled", "the Marines surveyed", "Some of those surveyed"); the cue
 * is the verb. Only when the source runs up to the cue.
 */
export function withParticipleTail(text: string, a: Attribution): Attribution {
  const source = a.source?.[0];
  const cue = a.cue[0];
  if (!source || !cue || a.source?.length !== 1 || a.cue.length !== 1) return a;
  if (source.end > cue.start || text.slice(source.end, cue.start).trim() !== '') return a;
  const m = TAIL.exec(text.slice(cue.start, cue.end));
  if (!m || CLAUSE_WORD.test(m[1] as string)) return a;
  const verb = cue.end - (m[2] as string).length;
  return {
    ...a,
    source: [{ start: source.start, end: cue.start + (m[1] as string).length }],
    cue: [{ start: verb, end: cue.end }],
  };
}
