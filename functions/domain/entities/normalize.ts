import type { AnnotatedText, TaggedMention } from '../extract/types';
import type { EntityType } from '../model/document';
import { sentenceAt } from '../text/sentences';
import { retypeBareNames } from './bare-names';
import { cleanSpan, trimRoleWords } from './clean';
import { isKnownPlace } from './known-names';
import { LEGAL_FORM } from './lexicons';
import type { Mention } from './mention';
import { nameInModifier } from './modifiers';
import { splitNationality } from './nationality';
import { companyWords, type NonPersonType, nonPersonType, nonPersonWords } from './non-person-cues';
import { isGivenNameAndSurname, retypeHonorificNames } from './person-cues';
import { dropPositionalCapitals, isStrayAdverb } from './positional-capitals';
import { isRemitList, joinRemitLists } from './remit-names';
import { splitPersonName } from './roles';
import { mapType } from './type-map';

interface Cleaned extends TaggedMention {}

/** Tagger output to clean, typed mentions: punctuation and members' titles trimmed, split names joined, titles split off. */
export function normalizeMentions(doc: AnnotatedText, tagged: TaggedMention[]): Mention[] {
  const cleaned: Cleaned[] = [];
  // a place before "-based" is one the article tags as a place, or the model's lexicon knows
  const taggedPlaces = new Set(tagged.filter((t) => t.type === 'LOC').map((t) => t.text));
  for (const t of [...tagged].sort((a, b) => a.start - b.start)) {
    for (const part of splitLists(doc.text, t)) {
      const trimmed = cleanSpan(doc.text, part);
      const roleless = trimmed && t.type === 'ORG' ? trimRoleWords(doc.text, trimmed) : trimmed;
      const span =
        roleless &&
        nameInModifier(doc.text, roleless, t.type, (name) => taggedPlaces.has(name) || isKnownPlace(name));
      const text = span ? doc.text.slice(span.start, span.end) : '';
      if (!span || isStrayAdverb(doc, span.start, text)) continue;
      const national = span.type === 'PER' ? splitNationality(doc.text, span) : null;
      if (!national) cleaned.push({ ...t, ...span, text });
      else
        for (const [part, type] of [
          [national.nationality, 'MISC'],
          [national.name, 'PER'],
        ] as const)
          cleaned.push({ ...part, type, text: doc.text.slice(part.start, part.end) });
    }
  }
  const joined = joinSplitNames(doc.text, joinRemitLists(doc.text, retypeHonorificNames(doc.text, cleaned)));
  const merged = retypeBareNames(doc.text, dropPositionalCapitals(doc, joined));
  const retyped = nonPersonWords(doc.text, doc.sentences, merged);
  const companies = companyWords(doc.text, merged);
  const mentions: Mention[] = [];
  for (const m of merged) {
    const type = retype(
      mapType(m.type, m.text),
      nonPersonType(m.text, retyped),
      nonPersonType(m.text, companies),
    );
    if (type !== 'PERSON') {
      mentions.push({ start: m.start, end: m.end, text: m.text, type, roles: [] });
      continue;
    }
    const sentence = sentenceAt(doc.sentences, m.start);
    const name = sentence ? splitPersonName(doc.text, sentence.tokens, m.start, m.end) : { ...m, roles: [] };
    const text = doc.text.slice(name.start, name.end);
    if (/\p{L}/u.test(text))
      mentions.push({ start: name.start, end: name.end, text, type: 'PERSON', roles: name.roles });
  }
  return mentions;
}

/**
 * A name that would be a person takes the type the text gives it; one that
 * would be MISC only a company's ("aircraft firm Boeing"), one that would be
 * a place only a company's own ("shares in Acme"). A group word stays a
 * group ("Muslim hopefuls").
 */
function retype(mapped: EntityType, cued: NonPersonType | null, company: NonPersonType | null): EntityType {
  if (mapped === 'PERSON') return cued ?? mapped;
  if (mapped === 'MISC' && cued === 'ORG') return 'ORG';
  return company && (mapped === 'GPE' || mapped === 'LOC') ? 'ORG' : mapped;
}

/** A comma before a capital inside a span, but not before a legal form ("Acme, Inc."). */
const LIST_COMMA = new RegExp(`,\\s+(?:and\\s+)?(?=\\p{Lu})(?!${LEGAL_FORM}(?!\\p{L}))`, 'gu');

/** "US State Department, Defense Department" tagged as one span is two names; "Department for Culture, Media and Sport" one. */
function splitLists(text: string, m: TaggedMention): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  let start = m.start;
  for (const sep of text.slice(m.start, m.end).matchAll(LIST_COMMA)) {
    const at = m.start + (sep.index ?? 0);
    const next = at + sep[0].length;
    if (isRemitList(text.slice(start, at), text.slice(next, m.end))) continue;
    parts.push({ start, end: at });
    start = at + sep[0].length;
  }
  parts.push({ start, end: m.end });
  return parts;
}

/** "Mohammed" + "Shia" + "al-Sudani", or "Philip" + "French", tagged apart but written as one name. */
function joinSplitNames(text: string, mentions: Cleaned[]): Cleaned[] {
  const out: Cleaned[] = [];
  for (let i = 0; i < mentions.length; i++) {
    let current = mentions[i] as Cleaned;
    for (;;) {
      const next = mentions[i + 1];
      const afterNext = mentions[i + 2];
      if (
        next &&
        ((current.type === 'PER' && next.type === 'PER' && adjacent(text, current, next)) ||
          isGivenNameAndSurname(text, current, next))
      ) {
        current = join(text, current, next);
        i++;
      } else if (
        next &&
        afterNext &&
        current.type === 'PER' &&
        afterNext.type === 'PER' &&
        adjacent(text, current, next) &&
        adjacent(text, next, afterNext)
      ) {
        current = join(text, current, afterNext);
        i += 2;
      } else break;
    }
    out.push(current);
  }
  return out;
}

function adjacent(text: string, a: Cleaned, b: Cleaned): boolean {
  return b.start > a.end - 1 && /^[ \t]+$/.test(text.slice(a.end, b.start));
}

function join(text: string, a: Cleaned, b: Cleaned): Cleaned {
  return { start: a.start, end: b.end, text: text.slice(a.start, b.end), type: 'PER' };
}
