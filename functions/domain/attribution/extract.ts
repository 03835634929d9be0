import type { AnnotatedText, Attribution } from '../extract/types';
import type { Entity } from '../model/document';
import { findQuotes } from '../text/quotations';
import { accordingClause } from './according-clause';
import { adverbOffSource } from './adverb-off-source';
import { adverbAfterTag } from './adverb-tag';
import { beforeOwnTag } from './after-tag';
import { agentContent } from './agent-content';
import { overAndName } from './and-name-subject';
import { withApposedName } from './apposed-name';
import { asideContent } from './aside-content';
import { clauseOf, covers, dropNested, mergeFragments, type Range } from './assemble';
import { throughBracket } from './bracket-end';
import { brandedAttributions } from './branded';
import { butAfterCue } from './but-after-cue';
import { circumstanceCut } from './circumstance-source';
import { clauseStart } from './clause-start';
import { throughClosingComma } from './closing-comma';
import { withClosingMark } from './closing-mark';
import { colonTags } from './colon-tag';
import { overCommaAside } from './comma-aside';
import { withoutEndComma } from './comma-end';
import { withoutConnective } from './connective';
import { contentSubject } from './content-subject';
import { continuedQuotes } from './continued-quote';
import { coordinatedCueSource } from './coordinated-cue';
import { coordinatedSubject, runOnSource } from './coordinated-subject';
import { bestSpan, proposedCues } from './cuespan';
import { signedQuotes } from './dash';
import { overDashAside, throughClosingDash } from './dash-aside';
import { datelineApart } from './dateline-apart';
import { describedSource } from './described-source';
import { describedSubject } from './described-subject';
import { settleEdges } from './edges';
import { entityTags, mentionsOf } from './entities';
import { withoutExpletiveThere } from './expletive-there';
import type { Sequence } from './features';
import { overFrontedClause } from './fronted-clause';
import { frontedCue } from './fronted-cue';
import { frontedParticiples } from './fronted-participle';
import { withoutFrontedPhrase } from './fronted-phrase';
import { hearerOff, withHearer } from './hearer-clause';
import { hearerBeforeColon } from './hearer-colon';
import { startAfterHeldQuotes } from './held-quote-head';
import { impersonalReports } from './impersonal-report';
import { insertedSource } from './inserted-source';
import { asideHost, interruptedSubject } from './interrupted-subject';
import { introducedParagraph } from './introduced-paragraph';
import { invertedSource } from './inverted-source';
import { invertedTags } from './inverted-tag';
import { judgedBy } from './judged-by';
import { labelledQuotes } from './labelled-quote';
import { linkCue } from './linker';
import { overListComma } from './list-comma';
import { withoutMidPhraseGaps } from './mid-phrase-gap';
import type { AttributionModel } from './model';
import { nameClaims } from './name-claims';
import { nameThat } from './name-that';
import { namesOnly } from './naming-cue';
import { narratedQuotes } from './narrated-quote';
import { modifiedNounCue, nationalNounPhrase } from './national-modifier';
import { beforeNextShare } from './next-share';
import { reportsNoSpeech } from './no-speech';
import { nounOffCue } from './noun-off-cue';
import { objectParticiple } from './object-participle';
import { withOpeningPart } from './opening-part';
import { afterOpeningPhrase } from './opening-phrase';
import { separated } from './overlap';
import { withoutOwnCue } from './own-cue';
import { participleSource } from './participle-source';
import { participleSubject } from './participle-subject';
import { withParticipleTail } from './participle-tail';
import { doneToSubject } from './passive-event';
import { passiveSubject } from './passive-source';
import { percentSource } from './percent-source';
import { overPluralPredicate } from './plural-predicate';
import { pollOpenings } from './poll-opening';
import { pronounAsides } from './pronoun-aside';
import { pronounReports } from './pronoun-report';
import { pseudoCleft } from './pseudo-cleft';
import { putItAttributions } from './put-it';
import { toQuoteClose } from './quote-close';
import { fromQuoteOpening } from './quote-opening';
import { endAtClosedQuote } from './quote-overrun';
import { quotedAsSaying } from './quoted-as-saying';
import { CLOSING, INSIDE } from './quotes';
import { pastTheReach } from './reach-cut';
import { recipientContent } from './recipient-content';
import { reducedBy } from './reduced-by';
import { withoutRefusal } from './refusal-deed';
import { regardedBy } from './regarded-by';
import { endAtRelativeClose } from './relative-close';
import { withRelativePronoun } from './relative-pronoun';
import { relativeReports } from './relative-report';
import { afterReportTime } from './report-time';
import { reportedSubject } from './reported-subject';
import { respondentSource } from './respondent-source';
import { distance, withoutRivalContent } from './rival-content';
import { withoutSecondPredicate } from './second-predicate';
import { splitSecondReports } from './second-report';
import { paragraphsOf } from './sequences';
import { splitSharedQuotes } from './shared-quotes';
import { withoutSourceAside } from './source-aside';
import { boundedSource } from './source-bounds';
import { withoutSpeakerRelative } from './speaker-relative';
import { speakerLines } from './speakers';
import { withoutSpokenOf } from './spoken-of';
import { subjectContent } from './subject-content';
import { overSubjectCut } from './subject-cut';
import { swallowedCues } from './swallowed-cue';
import { withoutTagCircumstance } from './tag-circumstance';
import { taggedContent } from './tagged-content';
import { endBeforeTaggedQuotes } from './tagged-quote-tail';
import { taggedSource } from './tagged-source';
import { tagSequence } from './tagger';
import { type Run, runsOf } from './tags';
import { endBeforeTakenQuotes } from './taken-quote';
import { overThatClause } from './that-clause';
import { timedSubject } from './timed-subject';
import { toldOverMeans } from './told-means';
import { toldSubject } from './told-subject';
import { tagSpan, trailingReports } from './trailing-report';
import { endBeforeTrailingTags } from './trailing-tag';
import { apartFromCut, closedEarly, type EarlyClose, narratedAfter, withEarlyCloses } from './unclosed-quote';
import { unmarkedInversion } from './unmarked-inversion';
import { wholeQuotes } from './whole-quote';
import { wholeWords } from './whole-words';

/**
 * Stretches of a content past where the tagger ended it, applied in turn; none
 * runs a content over a claim's cue or source (`taken`).
 */
const STRETCHES = [
  asideContent,
  overDashAside,
  overCommaAside,
  overThatClause,
  overFrontedClause,
  overSubjectCut,
  throughBracket,
  throughClosingDash,
  throughClosingComma,
  overListComma,
  withOpeningPart,
  withRelativePronoun,
  overAndName,
] as const;

/**
 * Tags each paragraph, then for each cue found settles its boundaries and
 * decodes that cue's own source and content; a cue the linker gives no
 * content gets its clause.
 */
export function extractAttributions(
  model: AttributionModel,
  doc: AnnotatedText,
  entities: readonly Entity[],
): Attribution[] {
  const mask = 2 ** model.bits - 1;
  const out: Attribution[] = [];
  const mentions = mentionsOf(entities);
  let quoted = findQuotes(doc.text, doc.paragraphs);
  for (const para of paragraphsOf(doc).map((p) => datelineApart(doc.text, p))) {
    const found: Attribution[] = [];
    const guessed = new Set<Attribution>();
    const ent = entityTags(mentions, para.tokens);
    let { info, tags } = tagSequence(model, doc.text, para, ent);
    // a quote never closed that runs over narration closes where its first sentence ends
    const early = closedEarly(doc.text, para, info.q);
    let cut: EarlyClose['cut'] = [];
    if (early) {
      const retagged = tagSequence(model, doc.text, para, ent, early.states);
      if (narratedAfter(para, retagged.tags, [...early.cut, ...early.closed])) {
        quoted = withEarlyCloses(quoted, para, info.q, early.cut);
        ({ info, tags } = retagged);
        cut = early.cut;
      }
    }
    // a cue given back is settled as it stands: the span ranker never saw its word
    const givenBack = new Map(
      swallowedCues(para, tags, model.lexicon, model.classes).map((g) => [g.cue, g.runs]),
    );
    const taggedRuns = runsOf(tags);
    const tagged = taggedRuns.filter((r) => r.role === 'cue');
    const settled: Run[] = [];
    for (const run of [...tagged.map((r) => ({ ...r, proposed: false })), ...proposedCues(info, tags)]) {
      const best = givenBack.has(run.first) ? run : bestSpan(model.spans, info, para, tags, run, mask);
      const span = best && nounOffCue(para, tags, best);
      if (!span || settled.some((c) => c.first <= span.last && span.first <= c.last)) continue;
      settled.push({ role: 'cue', ...span });
    }
    // each cue's own runs, then sources and contents the tagger and linker misread
    const linked = settled.map((cue) => {
      // a cue given back keeps the source and content that made it one: the linker never saw its word as a cue
      const runs =
        givenBack.get(cue.first) ??
        pastTheReach(para, linkCue(model.link, info, para, tags, cue, mask), cue, settled);
      let own = taggedSource(para, taggedRuns, runs, cue);
      own = invertedSource(para, doc.text, own, cue);
      own = insertedSource(para, doc.text, own, cue);
      own = circumstanceCut(para, own, cue);
      own = describedSource(para, own, cue);
      own = nationalNounPhrase(para, info, model.classes, own, cue);
      own = frontedCue(para, own, cue);
      own = subjectContent(para, info.q, own, cue);
      own = taggedContent(para, taggedRuns, own, cue);
      return recipientContent(para, own, cue, settled);
    });
    // the tagger's own quote states (features.ts), not read again
    const quotes = info.q;
    const unshared = withoutRivalContent(settled, linked, (c) => quotes[c.first] === INSIDE);
    // each cue's source as chosen below: a participle after it may share it
    const chosen: (Run | undefined)[] = [];
    for (const [i, cue] of settled.entries()) {
      if (doneToSubject(para, cue)) continue;
      const runs = linked[i] as Run[];
      const sources = runs.filter((r) => r.role === 'source');
      const closest = sources.sort((a, b) => distance(a, cue) - distance(b, cue))[0];
      // "European | champions": a noun its nationality adjective modifies is no cue
      if (modifiedNounCue(para, info, model.classes, cue, closest)) continue;
      // a source inside an aside before the cue gives way to the subject the aside describes
      const bounded = passiveSubject(para, cue, closest)
        ? undefined
        : boundedSource(para, info, asideHost(para, info, settled, cue, closest) ?? closest, cue);
      const nearest = bounded && runOnSource(para, info, settled, cue, bounded);
      const shared = nearest
        ? undefined
        : (participleSource(para, settled, chosen, linked, i) ??
          coordinatedCueSource(para, settled, linked, i) ??
          coordinatedSubject(para, info, settled, cue) ??
          describedSubject(para, info, settled, cue) ??
          participleSubject(para, info, model.classes, settled, cue) ??
          interruptedSubject(para, info, settled, cue) ??
          contentSubject(para, runs, settled, cue) ??
          timedSubject(para, info, settled, cue));
      const cueRange = range(para, cue);
      let edges = settleEdges(model.edges, info, para, tags, cue, runs, mask);
      // content stretched over another cue by a run that is that cue's own would drop it (dropNested)
      if (unshared[i] !== runs && coversOther(edges, settled, cue)) {
        const own = settleEdges(model.edges, info, para, tags, cue, unshared[i] as Run[], mask);
        if (own.length > 0 && !coversOther(own, settled, cue)) edges = own;
      }
      // after the edges: their ranker would move a content start back into the hearer
      edges = hearerBeforeColon(para, info.q, hearerOff(para, info, edges, cue), cue);
      const speaker = nearest ?? shared;
      chosen[i] = speaker;
      // a passive's subject is no source, but still no content either ("…, it is understood")
      const apart = speaker ?? closest;
      // "According to the Times, the UK leader wants": the clause after the comma is content
      const parts = apart
        ? accordingClause(para, model.classes, cue, separated(para, doc.text, cue, apart, edges))
        : undefined;
      // "Gingrich cynically | dismissed": the adverb goes with the cue
      const told = parts && speaker ? adverbOffSource(para, model.classes, parts.source, cue) : undefined;
      const bound = parts ? range(para, told?.source ?? parts.source) : null;
      const source = speaker ? bound : null;
      const content = apartFromCut(withinQuote(parts?.content ?? edges, quotes, cue), cue, cut).map((r) =>
        range(para, r),
      );
      const sentence = doc.sentences[para.docSentence[cue.first] as number];
      // "he told MPs the Lord Chancellor was insisting": the guessed clause starts after the hearer
      const fallback = content.length
        ? null
        : (introducedParagraph(doc, cueRange) ??
          clauseOf(doc.text, range(para, withHearer(para, info, cue)), bound, sentence));
      if (!content.length && !fallback) continue;
      const a = endAtClosedQuote(doc.text, quoted, {
        source: source ? [source] : null,
        cue: [told ? range(para, told.cue) : cueRange],
        content: withoutConnective(doc.text, mergeFragments(doc.text, fallback ? [fallback] : content)),
      });
      found.push(a);
      // a clause put in for want of content is a guess: it hides no cue (dropNested)
      if (fallback) guessed.add(a);
    }
    // nesting and shared quotes are settled within a paragraph: contents rarely leave theirs
    out.push(...splitSharedQuotes(doc.text, dropNested(found, guessed)));
  }
  const persons = entities
    .filter((e) => e.type === 'PERSON')
    .flatMap((e) => e.mentions)
    .sort((a, b) => a.start - b.start);
  const named = entities.filter((e) => e.type === 'PERSON' || e.type === 'ORG').flatMap((e) => e.mentions);
  // quotes the tagger left to no one: a tag after or a colon before, then quotes that go on, narration
  const tagged = colonTags(
    doc.text,
    invertedTags(doc.text, out, quoted, model.lexicon),
    quoted,
    model.lexicon,
  );
  // a content stopped inside a quote runs on to its closing mark
  const continued = toQuoteClose(doc.text, quoted, continuedQuotes(doc, tagged, quoted, persons));
  const joined = wholeQuotes(doc.text, quoted, narratedQuotes(doc, continued, quoted, persons, model));
  const claimedByName = nameClaims(doc.text, doc.sentences, joined, model, quoted, named);
  const patterned = [
    ...signedQuotes(doc.text, joined),
    ...speakerLines(doc.text, joined),
    ...labelledQuotes(doc.text, joined),
    ...trailingReports(doc.text, doc.sentences, joined),
    ...putItAttributions(doc.text, doc.sentences, joined),
    ...brandedAttributions(doc.text, doc.sentences, joined),
    ...claimedByName,
    // "X feels that …" where the name-claims rules found none
    ...nameThat(doc.text, doc.sentences, [...joined, ...claimedByName], model.lexicon, model.classes),
    // "He said the factories were …", "They also believe there should be …" with no cue from the tagger
    ...pronounReports(doc.text, doc.sentences, quoted, [...joined, ...claimedByName]),
    // "For BT Retail, she said, the service could be …" with no cue from the tagger
    ...pronounAsides(doc.text, doc.sentences, quoted, [...joined, ...claimedByName]),
    ...relativeReports(doc.text, doc.sentences, joined),
    ...pollOpenings(doc.text, doc.sentences),
    // "it is thought …" in a sentence no other attribution touches
    ...impersonalReports(doc.text, doc.sentences, quoted, [...joined, ...claimedByName]),
  ];
  // what a pattern found overrides attributions the tagger nested inside it, or cued where it has its cue
  const inside = (a: Attribution) =>
    patterned.some(
      (p) =>
        covers(p.content, a.cue[0] as Range) ||
        covers(p.cue, a.cue[0] as Range) ||
        covers(tagSpan(doc.text, p), a.cue[0] as Range),
    );
  // a content run over a second report the tagger missed gives it up ("… and Labour says …")
  const split = splitSecondReports(doc.text, quoted, [...joined.filter((a) => !inside(a)), ...patterned]);
  const kept = split
    // "…," Bublik said, jokingly.: the adverb says how, it reports nothing
    .filter(
      (a) =>
        !reportsNoSpeech(doc.text, a) &&
        !namesOnly(doc.text, a) &&
        !adverbAfterTag(doc.text, a, split) &&
        !butAfterCue(doc.text, a) &&
        // "the 3,000 cases mentioned last week": a reduced relative, no speaker
        !objectParticiple(doc.text, a),
    )
    .map((a) =>
      agentContent(
        doc.text,
        toldSubject(doc.text, toldOverMeans(doc.text, doc.sentences, pseudoCleft(doc.text, a))),
      ),
    )
    .filter((a): a is Attribution => a !== undefined)
    // "For the Liberal Democrats, Sir Menzies Campbell said": the name after the opening phrase speaks
    .map((a) => afterOpeningPhrase(doc.text, doc.sentences, a))
    // "Anais Faraj, an analyst at Nomura told": the name before an unclosed apposition speaks
    .map((a) => withApposedName(doc.text, doc.sentences, named, a))
    // "Gannett reportedly laid off": the subject is part of what others report, no source
    .map((a) => reportedSubject(doc.text, a))
    .map((a) => withoutFrontedPhrase(doc.text, withoutSpokenOf(doc.text, withoutSourceAside(doc.text, a))))
    .map((a) =>
      withoutEndComma(
        doc.text,
        withoutExpletiveThere(
          doc.text,
          withoutRefusal(
            doc.text,
            withoutSecondPredicate(
              doc.text,
              // "those questioned said": the participle ends the source, not opens the cue
              withParticipleTail(
                doc.text,
                // "those asked in a poll said": the respondents speak, not the poll
                respondentSource(
                  doc.text,
                  doc.sentences,
                  afterReportTime(
                    doc.text,
                    quotedAsSaying(
                      doc.text,
                      doc.sentences,
                      // "… hungry gamers said Lindsay Schroth, an analyst": the name after the cue speaks
                      // "the $204m announced by rival Google": the agent speaks of the noun
                      clauseStart(
                        doc.text,
                        unmarkedInversion(
                          doc.text,
                          regardedBy(
                            doc.text,
                            doc.sentences,
                            reducedBy(doc.text, doc.sentences, judgedBy(doc.text, a)),
                          ),
                        ),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    );
  // "Outlining his manifesto, Mr Howard said": the participle is the main clause's speaker's too
  const fronted = frontedParticiples(doc.text, doc.sentences, kept);
  // a content run over a sentence end into a quote another attribution holds ends before it
  const ended = endBeforeTakenQuotes(doc.text, quoted, fronted);
  // every claim's cue and source, once: no content is stretched over one
  const taken = ended.flatMap((a) => [...a.cue, ...(a.source ?? [])]);
  // a span the tokenizer let the tagger cut inside "24-hour" or "31-year-old" takes the whole word
  const whole = ended.map((a) =>
    wholeWords(
      doc.text,
      withoutTagCircumstance(
        doc.text,
        doc.sentences,
        quoted,
        taken,
        withoutSpeakerRelative(
          doc.text,
          doc.sentences,
          percentSource(
            doc.text,
            doc.sentences,
            beforeOwnTag(
              doc.text,
              doc.sentences,
              taken,
              persons,
              withoutOwnCue(
                doc.text,
                doc.sentences,
                withClosingMark(
                  doc.text,
                  quoted,
                  overPluralPredicate(
                    doc.text,
                    doc.sentences,
                    taken,
                    persons,
                    withoutMidPhraseGaps(
                      doc.text,
                      quoted,
                      taken,
                      STRETCHES.reduce((b, stretch) => stretch(doc.text, doc.sentences, taken, b), a),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
  // "Jay-Z, who said he would quit, | will become …": the clause's comma ends its report
  // "32% said … | and 38% disagreed": each share of a poll speaks for itself
  const ends = whole.map((a) => endAtRelativeClose(doc.text, doc.sentences, beforeNextShare(doc.text, a)));
  // "He admitted: "A. "B," he added.": a quote tagged right after its close is that tag's alone
  // "It is not simple. While we wish …," he added.: a tagged quote's content opened mid-quote takes it whole
  // "He added: "A." B, Mr Rees said.": what an earlier tag holds is not the later one's too
  // "… by March, newspaper reports claim": another claim's tag ends no content
  return startAfterHeldQuotes(
    doc.text,
    endBeforeTrailingTags(doc.text, endBeforeTaggedQuotes(doc.text, fromQuoteOpening(doc.text, ends))),
  );
}

/** The text range of a run of a paragraph's tokens. */
function range(para: Sequence, r: Run): Range {
  return {
    start: (para.tokens[r.first] as { start: number }).start,
    end: (para.tokens[r.last] as { end: number }).end,
  };
}

/** A cue inside a quote is the quoted speaker's: its content ends where the quote closes. */
function withinQuote(content: Run[], quotes: Uint8Array, cue: Run): Run[] {
  if (quotes[cue.first] !== INSIDE) return content;
  let close = cue.last + 1;
  while (close < quotes.length && quotes[close] !== CLOSING) close++;
  return content.filter((r) => r.first < close).map((r) => ({ ...r, last: Math.min(r.last, close - 1) }));
}

function coversOther(content: Run[], cues: Run[], self: Run): boolean {
  return cues.some((c) => c !== self && content.some((r) => r.first <= c.first && c.last <= r.last));
}
