import type { Entity } from '../model/document';
import { dropMentionsWhere } from './drop-mentions';

/**
 * "Parkinson's disease", "Down's syndrome", "an Achilles tendon injury",
 * "the Achilles' heel of this market": a name that only qualifies a
 * condition or a body part, which the tagger took for a person or a body.
 * A MISC stays ("Feather Duvet Lung disease" names the condition whole).
 */
const CONDITION = /^(?:['’]s?)?\s(?:disease|syndrome|tendon|tendinitis|heel|palsy)\b/u;

/** Such mentions dropped, and an entity left with none. In the document's view only (./link). */
export function dropEponymTerms(text: string, entities: Entity[]): Entity[] {
  return dropMentionsWhere(
    entities,
    (e, m) => e.type !== 'MISC' && CONDITION.test(text.slice(m.end, m.end + 14)),
  );
}
