import type { Attribution, Fragments } from '../extract/types';
import { type Quote, quotedWords } from '../text/quotations';
import { sentenceAt } from '../text/sentences';
import type { Range } from './assemble';

/** What may lie between the content's last word and the quote's closing mark. */
const CLOSING = /^[\s,.?!…]*["”]$/u;

/** The comma, ? or ! that ends a quote's words and hands over to a tag (a stop ends the sentence). */
const HANDS_OVER = /[,?!]$/u;

/** Between a quote's closing mark and its cue: the speaker's words at most, not a conjunction's clause. */
const TAG_GAP = /^,?\s+(?!(?:and|but|or|while|as|then)\b)(?:[^\s"“”.?!;:]+\s+){0,14}$/u;

/** A connective that is all the words before a quote the tag's sentence goes on to. */
const LEAD = /^(?:and|but|yet)(?:\s+(?:still|also|then|later))?\s*$/u;

/** Narration that joins a quote with "and" or "but" (`… to Rich Eisen, and “full of …`). */
const JOINED = /\s(?:and|but)\s*$/u;

/** What the quote was said of, which PolNeAR keeps in the content (`… ," DeSantis said about Title I.`). */
const TOPIC = /(?:^|\s)(?:of|about)(?:\s+(?:the|a|an|his|her|its|their))?\s*$/u;

/**
 * What opens the words after the cue when they tell how it was said: a preposition, a time, an -ing
 * word, or the cue's own preposition before them (`wrote in an email to | the NFL Network's …`).
 */
const CIRCUMSTANCE =
  /^(?:at|on|in|to|during|after|before|as|when|while|with|from|for|ahead|following|earlier|later|backstage|\p{Ll}+ing)\s/u;
const CUE_PREPOSITION = /\s(?:to|in|on|at|with|for|after|before|during|as|while|when)\s*$/u;

/** The quoted clause going on after the tag (`“Only you, Dinesh,” she said, would use …`, `…, he said, that both …`). */
const GOES_ON =
  /^(?:that|and|but|would|will|could|can|should|may|might|must|is|are|was|were|has|have|had)\s/u;

/** Narration that ends a sentence right before a quote opens (`… backstage at the event. "To me …`). */
const STOP = /[.?!]\s*$/u;

/**
 * `"…," judge Inaba noted as she made her decision.`, `"…," Ms Lomax said in
 * a speech to the North Wales Business Club.`: the words after a tag that
 * follows its quote tell when, where or to whom it was said, and the tagger
 * ran the content on into them. A content piece after the cue that opens in
 * the tag's own sentence, outside any quote, is dropped, or cut back to the
 * quote it runs into (`Swank said to the 74-year-old Eastwood. "You are …"`).
 * Only when the content before the cue ends at the closing mark of a quote
 * that the tag follows with nothing but the speaker between.
 */
export function withoutTagCircumstance(
  text: string,
  sentences: readonly Range[],
  quotes: readonly Quote[],
  taken: readonly Range[],
  a: Attribution,
): Attribution {
  const cue = a.cue[0];
  const tail = a.content.at(-1);
  if (!cue || !tail || tail.start < cue.end) return a;
  const said = a.content.filter((f) => f.end <= cue.start).at(-1);
  if (!said) return a;
  // another report inside the words before the tag (`even as Trump claimed that "…," one prosecutor said the …`)
  const from = (a.content[0] as Range).start;
  if (taken.some((r) => from <= r.start && r.end <= said.end)) return a;
  // the content before the cue is a quote the tag closes
  const q = quotes.find(
    (x) =>
      x.open < said.end &&
      said.end <= x.close &&
      x.close < cue.start &&
      CLOSING.test(text.slice(said.end, x.close + 1)) &&
      HANDS_OVER.test(text.slice(x.open, quotedWords(text, x).end)),
  );
  if (!q || !TAG_GAP.test(text.slice(q.close + 1, cue.start))) return a;
  // narration before the quote (`To a question on the "…," Sanders said private contractors …`):
  // only words that tell how it was said are cut, not a clause
  const opensAtQuote = from > q.open && from <= q.open + 2;
  const sentence = sentenceAt(sentences, cue.start);
  if (!sentence) return a;
  const kept: Fragments = [];
  for (const f of a.content) {
    if (
      f.start < cue.end ||
      f.start >= sentence.end ||
      quotes.some((x) => x.open <= f.start && f.start <= x.close)
    ) {
      kept.push(f);
      continue;
    }
    const how = text.slice(Math.max(cue.end - 6, 0), f.start);
    const told = CUE_PREPOSITION.test(how) || CIRCUMSTANCE.test(text.slice(f.start, f.end));
    if (goesOn(text, cue.end, f) || (!opensAtQuote && !told)) {
      kept.push(f);
      continue;
    }
    // a quote the tag's sentence goes on to (`"…," he said, but "when it comes …"`) stays, with its
    // connective when that is all that leads to it; so does a quote opening a new sentence
    const next = quotes.find((x) => f.start < x.open && x.open < f.end);
    if (!next) continue;
    const lead = text.slice(f.start, next.open);
    if (LEAD.test(lead)) kept.push(f);
    else if (STOP.test(lead) || JOINED.test(lead) || /,\s*$/u.test(lead))
      kept.push({ start: quotedWords(text, next).start, end: f.end });
  }
  return kept.length === a.content.length && kept.every((f, i) => f === a.content[i])
    ? a
    : { ...a, content: kept };
}

/** Whether the words after the cue up to piece `f` (the cue's own last word too), and its first words, still belong to what was said. */
function goesOn(text: string, cueEnd: number, f: Range): boolean {
  const before = text.slice(Math.max(cueEnd - 6, 0), f.start);
  const words = text.slice(f.start, Math.min(f.end, f.start + 40));
  // "about" after a hearer too (`told CNN's Jake Tapper about extending …`), "of" only right after the cue
  const right = text.slice(cueEnd, f.start).trim() === '';
  if (TOPIC.test(before) || /^about\s/u.test(words) || (right && /^of\s/u.test(words))) return true;
  return /:\s*$/u.test(before) || (/,\s*$/u.test(before) && GOES_ON.test(words));
}
