import type { Entity } from '../model/document';
import { isFirstName } from './first-names';
import { withWorks } from './with-mentions';
import { CALLED_BEFORE, KIND_BEFORE, PERSON_NEXT, PRIZE_BEFORE } from './work-cues';

/** A title's word: capitalised or a number ("Fahrenheit 9/11", "Ocean's Twelve"). */
const WORD = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}'’/-]{0,24}`;
/** A capitalised word, as after a small word ("Dirty Pretty Things in 2002" ends before "in"). */
const CAPITAL_WORD = String.raw`\p{Lu}[\p{L}\p{N}'’/-]{0,24}`;
/** Small words a title holds between its capitalised ones: "Girl with a Pearl Earring". */
const SMALL = '(?:of|the|and|in|on|to|a|an|with|at|for|from)';
/**
 * A title right after the kind of work: up to nine words, small words only
 * before a capitalised one, and a "?" or "!" that ends it ("Are We There
 * Yet?", "Airplane!").
 */
const TITLE = new RegExp(
  `^${WORD}(?:\\s${WORD}|(?:\\s${SMALL}){1,3}\\s${CAPITAL_WORD}){0,8}(?:[?!](?![\\p{L}\\p{N}]))?`,
  'u',
);
/**
 * A kind of work in lower case before a capital, read again with
 * KIND_BEFORE's guards ("to film Jo" is the verb); "Film Festival", "Comedy
 * Central" are names.
 */
const KIND =
  /(?<![\p{L}-])(?:film|movie|drama|comedy|biopic|documentary|thriller|musical|sitcom|novel|album|song|series|blockbuster|sequel|cartoon)\s(?=[\p{Lu}\p{N}])/gu;
/** A model's number after a product's "series" ("Psion series 3", "Organiser series 3c"), not "TV series 24". */
const MODEL_SERIES = /\p{Lu}\p{Ll}+\sseries\s\p{N}$/u;
/** An actor's part in a work before its title: "her role in Closer", "starring in A Very Long Engagement", "a cameo in …". */
const PART = /(?<![\p{L}-])(?:starring\s+in|roles?\s+in|cameos?\s+in)\s(?=[\p{Lu}\p{N}])/gu;
/** What comes after "role in" but is no title: a year, a month, "TV" ("a cameo in TV's …"). */
const NO_TITLE =
  /^(?:\d{4}s?|January|February|March|April|May|June|July|August|September|October|November|December|TV)(?![\p{L}\p{N}])/u;
/** "called", "titled" or "entitled" before a capital, where a work's kind may come before (./work-cues CALLED_BEFORE). */
const CALLED = /(?<![\p{L}-])(?:called|entitled|titled)\s(?=[\p{Lu}\p{N}])/gu;
/** A year's possessive before a capital: "2002's Here To Stay", "1995's Lion King". */
const YEAR_OF = /(?<![\p{L}\p{N}])(?:1[89]|20)\d\d['’]s\s(?=\p{Lu})/gu;
/** "for" before a capital, where a title may follow the prize it won (./work-cues PRIZE_BEFORE). */
const FOR = /(?<![\p{L}-])for\s(?=[\p{Lu}\p{N}])/gu;
/** A given name and another capital: the person a prize went to, untagged ("best actor for Jo Bloggs"). */
const GIVEN_NAME = /^(\p{Lu}\p{Ll}+)\s\p{Lu}/u;
/** Where a title ends before a place's possessive: "One Flew Over the Cuckoo's Nest in London's West End". */
const IN_POSSESSIVE = /\s(?:in|at)\s\p{Lu}\p{L}{0,24}['’]s?(?:\s|$)/u;
/** A title cut after a subject pronoun, whose verb is in lower case ("song How We do"), or the pronoun alone ("novel I somehow"). */
const ENDS_ON_PRONOUN = /(?:^|\s)(?:I|We|You|He|She|They|It)$/u;

/**
 * An untagged title right after the kind of work it is ("comedy Sideways",
 * "the film No Way Out", "their album Hopes and Fears", "documentary
 * Fahrenheit 9/11"), an actor's part in it ("his role in Closer") or a
 * year's possessive ("2002's Here To Stay") or its kind and "called" ("a
 * song called Paper Boats") is a work
 * (MISC): the tagger left it untagged. It ends before "in" and a place's
 * possessive ("… Cuckoo's Nest in London's West End"). Not where
 * a mention starts or crosses there, nor before a person's verb ("the film
 * Jo Bloggs plays in"), nor one cut after a pronoun ("song How We do"). A title
 * that is already a work of the article joins it. In
 * the document's view only (./link).
 */
export function spotCuedTitles(text: string, entities: Entity[]): Entity[] {
  const taken = entities.flatMap((e) => e.mentions);
  const found: { start: number; end: number; text: string }[] = [];
  for (const start of titleStarts(text)) {
    const read = TITLE.exec(text.slice(start, start + 200))?.[0];
    const title = read?.slice(0, IN_POSSESSIVE.exec(read)?.index);
    if (!title || ENDS_ON_PRONOUN.test(title)) continue;
    const end = start + title.length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    if (PERSON_NEXT.test(text.slice(end, end + 40))) continue;
    found.push({ start, end, text: title });
  }
  return withWorks(entities, found);
}

/** Where a title may start: after the kind of work, after an actor's part in it but not before a date or "TV", or after a prize not before a given name. */
function titleStarts(text: string): number[] {
  const starts: number[] = [];
  for (const kind of text.matchAll(KIND)) {
    const start = kind.index + kind[0].length;
    if (!KIND_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
    if (MODEL_SERIES.test(text.slice(Math.max(0, start - 30), start + 1))) continue;
    starts.push(start);
  }
  for (const part of text.matchAll(PART)) {
    const start = part.index + part[0].length;
    if (!NO_TITLE.test(text.slice(start, start + 12))) starts.push(start);
  }
  for (const called of text.matchAll(CALLED)) {
    const start = called.index + called[0].length;
    if (CALLED_BEFORE.test(text.slice(Math.max(0, start - 40), start))) starts.push(start);
  }
  for (const year of text.matchAll(YEAR_OF)) starts.push(year.index + year[0].length);
  for (const prize of text.matchAll(FOR)) {
    const start = prize.index + prize[0].length;
    const given = GIVEN_NAME.exec(text.slice(start, start + 30))?.[1];
    if (PRIZE_BEFORE.test(text.slice(Math.max(0, start - 60), start)) && !(given && isFirstName(given)))
      starts.push(start);
  }
  return starts.sort((a, b) => a - b);
}
