import type { Entity, Range } from '../model/document';
import type { PriorSpeaker } from './mention-order';
import { type Discourse, oblique, sentenceAt } from './salience';
import { namesAThing, subjectNominal } from './subject-nominal';

/**
 * The place "it" stands for when the nearest sentence before it that names
 * a candidate has a place as its subject and no organisation but an
 * oblique one: "… under consideration by the US Senate … Since 1989, …,
 * Beijing has calculated that … It will angrily dismiss any criticism" is
 * Beijing, not the Senate. Null when that sentence names an organisation
 * outside a preposition or a possessive, a source spoke there, it opens on
 * a nominal for a thing ("The firm …"), or its place is only oblique
 * ("the UK's biggest lender", "in China"): then the organisations come
 * first, as before. Reads the `back` sentences before the pronoun's own,
 * none if the part of its own before it names a candidate.
 */
export function placeSubject(
  at: number,
  places: Entity[],
  organisations: Entity[],
  prior: PriorSpeaker[],
  discourse: Discourse,
  back: number,
): string | null {
  const { text, sentences, quotes } = discourse;
  const last = sentenceAt(sentences, at - 1);
  const outside = (m: Range) => m.end <= at && !quotes.some((q) => m.start >= q.start && m.end <= q.end);
  const inSentence = (i: number) => (m: Range) => sentenceAt(sentences, m.start) === i && outside(m);
  const own = sentenceAt(sentences, at);
  // "… the society Europe has built, it said", "In 2003, the firm … triple US sales … as it seeks": its own sentence's names are no subject of a sentence before
  if (own === last && [...places, ...organisations].some((e) => e.mentions.some(inSentence(own))))
    return null;
  for (let i = own === last ? last - 1 : last; i >= Math.max(0, last - back); i--) {
    const within = inSentence(i);
    if (prior.some((p) => p.end <= at && sentenceAt(sentences, p.end - 1) === i)) return null;
    const orgs = organisations.flatMap((e) => e.mentions.filter(within));
    if (orgs.some((m) => !oblique(text, m))) return null;
    const nominal = subjectNominal(discourse, i);
    if (nominal && nominal.end <= at && namesAThing(nominal.text)) return null;
    const subject = places
      .flatMap((e) => e.mentions.filter(within).map((m) => ({ id: e.id, m })))
      .filter(({ m }) => !oblique(text, m))
      .sort((a, b) => a.m.start - b.m.start)[0];
    if (subject) return subject.id;
    if (orgs.length > 0 || places.some((e) => e.mentions.some(within))) return null;
  }
  return null;
}
