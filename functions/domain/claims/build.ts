import { tailQuotes } from '../attribution/continued-quote';
import { shareSubject } from '../attribution/percent-source';
import { splitContinuedReports } from '../attribution/second-report';
import { quotesClosedEarly } from '../attribution/unclosed-quote';
import { isCheckableAssertion } from '../checkworthiness/assertions';
import { detectHedges } from '../checkworthiness/hedges';
import { findQuantities } from '../checkworthiness/quantities';
import type { AnnotatedText, Attribution, CheckworthinessScorer, Fragments } from '../extract/types';
import type { Claim, ClaimKind, ContentSpan, Entity, Range, TextSpan } from '../model/document';
import { findQuotes, type Quote } from '../text/quotations';
import { sentenceAt } from '../text/sentences';
import { accordsWithMeasure } from './according-manner';
import { announcesThing } from './announced-thing';
import { relativeAntecedent } from './antecedent';
import { extendBareDeterminer } from './bare-determiner';
import { conditionalSource } from './conditional-source';
import { tellsConsequence } from './consequence';
import { contentSpan, piecesOf } from './content';
import { firstNamedByContent, namedByContent, withoutIds } from './content-names';
import { countedMembers } from './counted-joint';
import { withinCueSentence } from './cue-sentence';
import { decidesDeed } from './decided-deed';
import { definingDeed } from './defining-deed';
import { definesClass } from './defining-relative';
import {
  type DocumentRef,
  documentEntity,
  documentEntityId,
  documentNoun,
  findDocuments,
  referredDocument,
} from './documents';
import { seesEvent } from './events-seen';
import { gendersOf } from './gender';
import { groupMember } from './group-member';
import { hearerSource } from './hearer-source';
import { withoutHearer } from './hearer-that';
import { isImpersonalIt, withoutImpersonalIt } from './impersonal-it';
import { jointPlaceSpeaker, otherSpeakers } from './joint-speakers';
import { listedBodies } from './listed-bodies';
import type { PriorSpeaker } from './mention-order';
import { withinName } from './name-cue';
import { namedNext } from './named-next';
import { givesNameOnly, namesAside, namesInPassing } from './naming-aside';
import { namesSomething } from './naming-cue';
import { namingVerbOf } from './naming-overrun';
import { namedInQuotes, statesNothing } from './no-statement';
import { modifiesNoun } from './participle-modifier';
import { prepositionDeed } from './preposition-deed';
import { pastQuoteTail } from './quote-tail';
import { readerYou } from './reader-you';
import { relativeClauseHead } from './relative-clause-source';
import { relativeDeed } from './relative-deed';
import { reopenedQuoteCuts } from './reopened-quote';
import { repliesByDeed } from './reply-deed';
import { reportsResults } from './reported-results';
import { reportedTags } from './reported-tag';
import { claimSpan } from './sentence-span';
import { isShowNoun } from './show-noun';
import { showsByPerson } from './shown-by-player';
import { resolveSpeaker, type SpeakerContext } from './speaker';
import { tellsPlot } from './story-told';
import { subjectsApart } from './subjects-apart';
import { isTemporal } from './temporal';
import { writerImperative } from './writer-imperative';

export interface BuiltClaims {
  claims: Omit<Claim, 'id'>[];
  /** Documents that speak ("the report"), as entities of their own. */
  documents: Entity[];
}

/**
 * Attributions become claims with speaker, kind, entities, numbers, hedges
 * and check-worthiness; checkable facts no attribution covers become
 * unattributed claims.
 */
export function buildClaims(
  doc: AnnotatedText,
  attributions: Attribution[],
  entities: Entity[],
  scorer: CheckworthinessScorer,
): BuiltClaims {
  const quotes = quotesClosedEarly(
    doc.text,
    doc.sentences,
    findQuotes(doc.text, doc.paragraphs),
    attributions,
  );
  const cuts = reopenedQuoteCuts(doc.text, quotes);
  const described = findDocuments(doc.text);
  const speaking = new Map<DocumentRef, TextSpan[]>();
  const genders = gendersOf(doc.text, entities, doc.sentences);
  const discourse = { text: doc.text, sentences: doc.sentences, quotes: quotes.map(markToMark) };
  const prior: PriorSpeaker[] = [];
  const claims: Omit<Claim, 'id'>[] = [];
  // `He accused them. "A." Narration, the Tory leader said.`: A goes on for him (quote-tail.ts cuts it off the later cue)
  const persons = entities.filter((e) => e.type === 'PERSON').flatMap((e) => e.mentions);
  // "said A but argued B": two claims, though PolNeAR's annotators bound them unevenly
  // "…," he said, according to the paper": his words, the paper only reports them
  const ordered = splitContinuedReports(
    doc.text,
    quotes,
    reportedTags(doc.text, doc.sentences, tailQuotes(doc, attributions, quotes, persons)),
  ).sort((a, b) => (a.content[0]?.start ?? 0) - (b.content[0]?.start ?? 0));
  for (const told of ordered) {
    // "It … that there will be": the impersonal "it" is no part of the content
    // "assured the public on Weibo that …": the hearer is no part of what was said
    // "…" Full details will follow "in two weeks," a spokesman said: not the quote before
    const a = pastQuoteTail(doc.text, quotes, withoutHearer(doc.text, withoutImpersonalIt(doc.text, told)));
    const cue = toSpan(doc.text, a.cue);
    const spanned = contentSpan(doc.text, a.content, cuts);
    if (!spanned || !/\p{L}/u.test(spanned.text)) continue;
    // a quote's words run on by the quote's rules
    const quoted = kindOf(spanned, piecesOf(doc.text, spanned), quotes) !== 'indirect';
    const content = quoted ? spanned : withinCueSentence(doc.text, doc.sentences, spanned, cue);
    const pieces = piecesOf(doc.text, content);
    const sentence = sentenceIndex(doc, content.start);
    const kind = kindOf(content, pieces, quotes);
    const rest = doc.text.slice(cue?.end ?? content.end, doc.sentences[sentence]?.end ?? content.end);
    // a quote it holds is still someone's words, to be kept
    if (cue && kind === 'indirect' && statesNothing(cue.text, a.source !== null, rest)) continue;
    // "after the figures were announced", "Parmalat was declared insolvent": a thing done, no one's words
    if (
      cue &&
      kind === 'indirect' &&
      announcesThing(cue.text, a.source !== null, doc.text.slice(Math.max(0, cue.start - 8), cue.start), rest)
    )
      continue;
    // "by failing to announce", "before delivering a low drive": a deed, no one's words
    if (
      cue &&
      kind === 'indirect' &&
      prepositionDeed(cue.text, doc.text.slice(Math.max(0, cue.start - 12), cue.start))
    )
      continue;
    // "Garrett responded by hitting Rudolph": a deed done in reply, no one's words
    if (cue && kind === 'indirect' && repliesByDeed(cue.text, content.text)) continue;
    // "Keegan has decided to step down": a choice of what to do, no one's words
    if (cue && kind === 'indirect' && decidesDeed(cue.text, content.text)) continue;
    // "Gamers who want to play online can create …": a class picked out, no one's words
    if (
      cue &&
      kind === 'indirect' &&
      a.source !== null &&
      definesClass(doc.text.slice(Math.max(0, cue.start - 24), cue.start), content.text)
    )
      continue;
    // "Expect the senator to have a new strategy": the writer's voice, no one's reported words
    if (
      cue &&
      writerImperative(
        cue.text,
        a.source !== null,
        doc.text.slice(sentenceAt(doc.sentences, cue.start)?.start ?? 0, cue.start),
      )
    )
      continue;
    // "Mr Bush's proposed spending of $3bn is …": a thing proposed, named, no one's words
    if (
      cue &&
      kind === 'indirect' &&
      modifiesNoun(cue.text, doc.text.slice(Math.max(0, cue.start - 40), cue.start), rest)
    )
      continue;
    // "a tool called EdgeScape | that lets": the name's first word the tagger took into the cue
    const namingCue = cue && namingVerbOf(cue);
    const namingRest = namingCue && cue ? doc.text.slice(namingCue.end, cue.end) + rest : rest;
    // ", called MSN Spaces.": a name given, no one's words
    if (namingCue && kind === 'indirect' && namesAside(namingCue.text, a.source !== null, namingRest))
      continue;
    // "radio shows, called podcasts", "A Canadian company, named IOG,": a term or name given, no one's words
    if (
      namingCue &&
      kind !== 'direct' &&
      givesNameOnly(doc.text, doc.sentences, namingCue, a.source, namingRest)
    )
      continue;
    // "a system called Unicode is used": a name given in passing, no one's words
    if (
      namingCue &&
      kind === 'indirect' &&
      namesInPassing(
        namingCue.text,
        doc.text.slice(Math.max(0, namingCue.start - 60), namingCue.start),
        namingRest,
      )
    )
      continue;
    const said = a.source ? toSpan(doc.text, a.source) : null;
    // "The extra time … meant that there was a knock-on effect": a consequence, no one's words
    if (cue && kind === 'indirect' && tellsConsequence(cue.text, said?.text ?? null)) continue;
    // "If you want a book that …", "You might think that …": the reader, no one's words
    if (cue && readerYou(said?.text ?? null, cue.text)) continue;
    // "if they expect to stay relevant": a condition's subject, no one's statement
    if (
      said &&
      kind === 'indirect' &&
      conditionalSource(doc.text.slice(Math.max(0, said.start - 8), said.start))
    )
      continue;
    // "The film tells the story of …", "The deal sees Rosneft receive …": a plot or an event, no one's words
    if (cue && kind === 'indirect') {
      // "The show, which told …": the thing the pronoun stands for
      const teller = said ? (relativeAntecedent(doc.text, doc.sentences, said) ?? said).text : null;
      if (tellsPlot(cue.text, teller, rest) || seesEvent(cue.text, teller, rest)) continue;
    }
    // "Laura Ashley, which floated on the stock market in 1995, is …": what the noun did, no one's words
    if (
      cue &&
      kind === 'indirect' &&
      relativeDeed(cue.text, doc.text.slice(sentenceAt(doc.sentences, cue.start)?.start ?? 0, cue.start))
    )
      continue;
    // "stars who have previously graced the stage": what the noun did, picked out by it, no one's words
    if (
      cue &&
      kind === 'indirect' &&
      definingDeed(
        cue.text,
        doc.text.slice(sentenceAt(doc.sentences, cue.start)?.start ?? 0, cue.start),
        content.text,
      )
    )
      continue;
    // "known as an "aggregator"": the quote is a name, not someone's words
    if (cue && kind === 'mixed' && namedInQuotes(cue.text, rest)) continue;
    if (cue && kind === 'indirect' && reportsResults(cue.text, rest)) continue;
    // "quit his BBC One show": a programme, not figures that show
    if (
      cue &&
      kind === 'indirect' &&
      isShowNoun(cue.text, doc.text.slice(Math.max(0, cue.start - 24), cue.start))
    )
      continue;
    // "Hayley Yelling", "Tears for Fears": a word of a name the tagger took for a verb
    if (
      cue &&
      kind === 'indirect' &&
      withinName(doc.text, cue, sentenceAt(doc.sentences, cue.start)?.start ?? 0)
    )
      continue;
    // "modelled according to the laws of physics", "The World According to Bex": no one's words
    if (
      cue &&
      kind !== 'direct' &&
      accordsWithMeasure(cue, doc.text, sentenceAt(doc.sentences, cue.start)?.start ?? 0, rest)
    )
      continue;
    const taken = a.source ? trimmed(toSpan(doc.text, a.source)) : null;
    // "It's predicted that …": the impersonal "it" is no one
    const cut = taken && cue && isImpersonalIt(taken.text, cue.text) ? null : taken;
    const tagged = cut && cue ? extendBareDeterminer(doc.text, cut, cue.start) : cut;
    // "32% said": a share of those polled right before its cue is no time (looked for only then)
    const time = tagged !== null && isTemporal(tagged.text) && !(cue && isShareSubject(tagged, cue, doc));
    const given = tagged && time ? describedBefore(cue, doc, sentence, described) : tagged;
    const source = given
      ? (groupMember(doc.text, doc.sentences, given) ??
        hearerSource(doc.text, doc.sentences, given) ??
        relativeAntecedent(doc.text, doc.sentences, given) ??
        (cue ? relativeClauseHead(doc.text, doc.sentences, given, cue) : null) ??
        given)
      : participleSource(cue, sentence, claims);
    const noun = source ? documentNoun(source.text) : null;
    const document = source && noun ? referredDocument(source, noun, described) : null;
    if (source && document) speaking.set(document, [...(speaking.get(document) ?? []), source]);
    // "a report called Rags To Riches": a name given, no words said, so no speaker
    const naming = source && cue ? namesSomething(source.text, cue.text, content.text) : false;
    // "Both unions": the joint subject of the sentence before (./counted-joint)
    const pair = source && !document && !naming ? countedMembers(source, entities, discourse, prior) : [];
    // "The three firms": the last list of bodies named before (./listed-bodies)
    const listed =
      source && !document && !naming && pair.length === 0 ? listedBodies(source, entities, doc.text) : pair;
    // "X said …. Y said …. Both organisations warned": the two subjects apart (./subjects-apart)
    const counted =
      source && !document && !naming && listed.length === 0
        ? subjectsApart(source, entities, discourse)
        : listed;
    const entityId = document
      ? documentEntityId(document)
      : source && !naming
        ? (speakerOf(source, pieces, doc, entities, prior, {
            cue,
            quoted: quotesOf(pieces, quotes),
            genders,
            discourse,
          }) ??
          jointPlaceSpeaker(source, entities, doc.text) ??
          counted.at(-1) ??
          null)
        : null;
    const others =
      counted.length > 0 && entityId === counted.at(-1)
        ? counted.slice(0, -1)
        : source && !document
          ? otherSpeakers(source, entityId, entities, prior, doc.text)
          : [];
    // "the teenager showed more confidence": a player's quality, no one's words
    if (cue && kind === 'indirect' && showsByPerson(cue.text, source?.text ?? null, entityId, content.text))
      continue;
    const joint = others.length > 0 ? { others } : {};
    if (source && !naming) prior.push({ text: source.text, entityId, end: source.end, ...joint });
    claims.push({
      kind,
      content,
      cue,
      speaker: source ? { ...source, entityId, ...joint } : null,
      checkworthiness: round(scorer.score(content.text)),
      entities: entitiesWithin(pieces, entities),
      numbers: numbersIn(pieces),
      hedges: hedgesOf(doc.text, pieces, cue),
      sentence,
    });
  }
  // "…, a report suggests. The report by the Pew Research Center reveals …"
  namedNext(claims, entities, doc.sentences);
  claims.push(...unattributed(doc, claims, entities, scorer));
  return {
    claims: claims.sort((a, b) => a.content.start - b.content.start),
    documents: [...speaking].map(([d, references]) => documentEntity(d, references)),
  };
}

/** resolveSpeaker, passing over whom a pronoun's own words name, or, for "it" and "the company", name first or beside another body that spoke (content-names.ts). */
function speakerOf(
  source: TextSpan,
  pieces: TextSpan[],
  doc: AnnotatedText,
  entities: Entity[],
  prior: PriorSpeaker[],
  context: SpeakerContext,
): string | null {
  const sentence = sentenceAt(doc.sentences, source.start);
  const named = namedByContent(source, pieces, context.quoted ?? [], sentence, entities, doc.text);
  for (const id of firstNamedByContent(source, pieces, doc.sentences, entities, prior)) named.add(id);
  const left = withoutIds(named, entities, prior);
  return resolveSpeaker(source, left.entities, left.prior, context);
}

function unattributed(
  doc: AnnotatedText,
  attributed: Omit<Claim, 'id'>[],
  entities: Entity[],
  scorer: CheckworthinessScorer,
): Omit<Claim, 'id'>[] {
  const out: Omit<Claim, 'id'>[] = [];
  // each claim's pieces once, not once per sentence
  const spans = attributed.map((c) => ({ pieces: piecesOf(doc.text, c.content), cue: c.cue }));
  doc.sentences.forEach((s, index) => {
    // a sentence between a content's fragments is not part of it
    const covered = spans.some(
      (c) =>
        c.pieces.some((p) => p.start < s.end && s.start < p.end) ||
        (c.cue && c.cue.start >= s.start && c.cue.end <= s.end),
    );
    if (covered) return;
    const span = claimSpan(doc.text, s);
    const text = doc.text.slice(span.start, span.end);
    // A checkable fact (a number, comparison, cause...) is a claim; the score ranks how much it matters.
    if (!isCheckableAssertion(text)) return;
    const score = scorer.score(text);
    const content = { start: span.start, end: span.end, text };
    out.push({
      kind: 'unattributed',
      content,
      cue: null,
      speaker: null,
      checkworthiness: round(score),
      entities: entitiesWithin([content], entities),
      numbers: numbersIn([content]),
      hedges: detectHedges(text),
      sentence: index,
    });
  });
  return out;
}

/**
 * Hedges in the content, the cue ("claims to have") and the text between the
 * cue and its nearest piece; not in a sentence between two pieces.
 */
function hedgesOf(text: string, pieces: TextSpan[], cue: TextSpan | null): string[] {
  const nearest = pieces.reduce((a, b) => (gapTo(b, cue) < gapTo(a, cue) ? b : a));
  const stretches = pieces.map((p) =>
    p === nearest && cue
      ? text.slice(Math.min(p.start, cue.start), Math.max(p.end, cue.end))
      : text.slice(p.start, p.end),
  );
  return [...new Set(stretches.flatMap((s) => detectHedges(s)))];
}

function gapTo(p: TextSpan, cue: TextSpan | null): number {
  return cue ? Math.max(p.start - cue.end, cue.start - p.end, 0) : 0;
}

/** "…, noting that …" with no source of its own continues the previous speaker of the sentence. */
function participleSource(
  cue: TextSpan | null,
  sentence: number,
  earlier: Omit<Claim, 'id'>[],
): TextSpan | null {
  // "noting", and "raising questions about": the cue opens on the participle
  if (!cue || !/^\p{L}+ing\b/iu.test(cue.text.trim())) return null;
  const previous = earlier
    .filter((c) => c.sentence === sentence && c.speaker && c.speaker.end <= cue.start)
    .at(-1);
  return previous?.speaker
    ? { start: previous.speaker.start, end: previous.speaker.end, text: previous.speaker.text }
    : null;
}

/** "A report by X conducted between May and 31 December has determined…": the report, not the date, speaks. */
function describedBefore(
  cue: TextSpan | null,
  doc: AnnotatedText,
  sentence: number,
  described: DocumentRef[],
): TextSpan | null {
  const from = doc.sentences[sentence]?.start ?? 0;
  const d = described.filter((r) => cue && r.start >= from && r.end <= cue.start).at(-1);
  return d ? { start: d.start, end: d.end, text: d.text } : null;
}

/** Direct when each piece of the content sits inside a quotation; mixed when quotes cover part of it. */
/** The quotes the pieces of a content sit in, mark to mark. */
function quotesOf(pieces: TextSpan[], quotes: Quote[]): Range[] {
  return quotes.filter((q) => pieces.some((p) => q.open < p.end && p.start <= q.close)).map(markToMark);
}

const markToMark = (q: Quote): Range => ({ start: q.open, end: q.close + 1 });

function kindOf(content: ContentSpan, pieces: TextSpan[], quotes: Quote[]): ClaimKind {
  if (pieces.every((p) => quotes.some((q) => q.open < p.start && p.end <= q.close + 1))) return 'direct';
  if (quotes.some((q) => q.open >= content.start - 1 && q.close <= content.end + 1)) return 'mixed';
  return 'indirect';
}

function toSpan(text: string, fragments: Fragments): TextSpan | null {
  const first = fragments[0];
  const last = fragments.at(-1);
  if (!first || !last) return null;
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
}

/** A source without the brackets, quote marks or commas a tagger left at its edges. */
function trimmed(span: TextSpan | null): TextSpan | null {
  if (!span) return null;
  const lead = /^[\s(“”"‘’',:;–—-]*/u.exec(span.text)?.[0].length ?? 0;
  // the lookbehind starts the match at a run's first mark: tried at each, a long run was quadratic
  const text = span.text.slice(lead).replace(/(?<![\s(“”"‘’',:;–—-])[\s(“”"‘’',:;–—-]+$/u, '');
  return text ? { start: span.start + lead, end: span.start + lead + text.length, text } : null;
}

function entitiesWithin(pieces: TextSpan[], entities: Entity[]): string[] {
  return entities
    .filter((e) => e.mentions.some((m) => pieces.some((p) => m.start >= p.start && m.end <= p.end)))
    .map((e) => e.id);
}

function numbersIn(pieces: TextSpan[]): TextSpan[] {
  return pieces.flatMap((p) =>
    findQuantities(p.text).map((q) => ({ start: p.start + q.start, end: p.start + q.end, text: q.text })),
  );
}

function sentenceIndex(doc: AnnotatedText, offset: number): number {
  const i = doc.sentences.findIndex((s) => s.start <= offset && offset < s.end);
  return Math.max(0, i);
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
}

/** Whether the source is the share of those polled its cue's sentence opens on ("Meantime, 32% said"). */
function isShareSubject(source: Range, cue: Range, doc: AnnotatedText): boolean {
  const share = shareSubject(doc.text, sentenceAt(doc.sentences, cue.start)?.start ?? 0, cue.start);
  return share?.start === source.start && share.end === source.end;
}
