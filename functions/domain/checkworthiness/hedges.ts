import { isQuotedTerm } from './quoted-terms';

/**
 * Hedges and stance markers: words that weaken or distance the writer from a
 * claim ("allegedly", "is said to", "may"). Returned normalized so that
 * "claimed to have" and "claims to have" index the same way.
 */

interface HedgeRule {
  /** Lower-case substrings one of which every match contains: a cheap test before the pattern. */
  hints: string[];
  re: RegExp;
  /** The normalized marker, or a function of the match for markers that keep a word. */
  marker: string | ((m: RegExpMatchArray) => string);
}

const BE = "(?:is|are|was|were|be|been|being|'s|’s)";

/** Adverbs and adjectives that are hedges whatever their context. */
const WORD_HEDGES = [
  'allegedly',
  'reportedly',
  'purportedly',
  'supposedly',
  'ostensibly',
  'apparently',
  'seemingly',
  'presumably',
  'possibly',
  'probably',
  'perhaps',
  'maybe',
  'arguably',
  'unconfirmed',
  'unverified',
  'so-called',
  'self-styled',
  'self-proclaimed',
  'alleged',
  'purported',
  'suspected',
  'approximately',
  'roughly',
];

const RULES: HedgeRule[] = [
  {
    hints: [
      'ly',
      'so-',
      'self-',
      'unconfirmed',
      'unverified',
      'alleged',
      'purported',
      'suspected',
      'perhaps',
      'maybe',
    ],
    re: new RegExp(String.raw`\b(${WORD_HEDGES.join('|')})\b`, 'gi'),
    marker: (m) => lower(m[1]),
  },
  { hints: ['so called'], re: /\bso called\b/gi, marker: 'so-called' },
  {
    hints: ['claim'],
    re: /\bclaim(?:s|ed|ing)? to (have|be)\b/gi,
    marker: (m) => `claims to ${lower(m[1])}`,
  },
  // "is expected to", "is forecast to", "are widely thought to": a forecast or belief no one owns
  {
    hints: [' to '],
    re: new RegExp(
      String.raw`\b${BE} (?:(?:widely|also|not|now|still|generally|currently|originally) )?(said|believed|thought|alleged|reported|rumou?red|understood|claimed|expected|forecast|predicted|projected) to\b`,
      'gi',
    ),
    marker: (m) => `is ${lower(m[1]).replace('rumoured', 'rumored')} to`,
  },
  { hints: ['appear', 'seem'], re: /\b(appear|seem)(?:s|ed)? to\b/gi, marker: (m) => `${lower(m[1])}s to` },
  {
    hints: ['appear', 'seem'],
    re: /\bit (appear|seem)s?(?:ed)? (?:that|as if|likely)\b/gi,
    marker: (m) => `${lower(m[1])}s to`,
  },
  {
    hints: ['according to'],
    re: /\baccording to (?:unconfirmed|unverified|unnamed|anonymous) (?:reports?|sources?)\b/gi,
    marker: 'according to unconfirmed reports',
  },
  // Modal "may" only in lower case: "May" is also the month.
  { hints: ['may'], re: /\bmay\b/g, marker: 'may' },
  { hints: ['might'], re: /\bmight\b/gi, marker: 'might' },
  // "could" hedges only before a state or perfect ("could be", "could have"), not as past ability.
  { hints: ['could'], re: /\bcould (?:be|have|possibly)\b/gi, marker: 'could' },
  { hints: ['estimated'], re: /\ban estimated\b/gi, marker: 'an estimated' },
  {
    hints: ['clear'],
    re: /\b(?:it is|it's|it’s) (?:not clear|unclear)\b|\bunclear (?:whether|if)\b/gi,
    marker: 'unclear',
  },
  {
    hints: ['possible', 'likely'],
    re: /\b(?:it is|it's|it’s) (?:possible|likely) that\b/gi,
    marker: 'it is possible that',
  },
  {
    hints: ['i '],
    re: /\bI (think|believe|guess|suspect|feel|suppose)\b/g,
    marker: (m) => `i ${lower(m[1])}`,
  },
  { hints: ['in my'], re: /\bin my (?:opinion|view)\b/gi, marker: 'in my opinion' },
];

/** A quoted run of one to three words, not a quotation: the writer distancing from a term. */
const SCARE_QUOTE_RE =
  /(?<=^|[\s(])["“‘']([\p{Ll}][\p{L}\p{N}'’-]*(?: [\p{L}\p{N}'’-]+){0,2})["”’'](?=[\s,;:.)]|$)/gu;
/**
 * Speech before a quote makes it a quotation, not a scare quote: `said "no"`,
 * `called it "a disgrace"`, `told me 'absolutely not'`, `said to me, 'go'`,
 * `I thought, 'that's not right'`.
 */
const QUOTE_INTRO_RE =
  /(?<![\w-])(?:said|says|say|called|calls|call|told|tells|wrote|writes|added|replied|answered|thought|word|words|term|phrase|dubbed|named|titled)(?: (?:to )?(?:it|them|him|her|me|us|you|this|that))?[\s,:]*$/i;

function lower(s: string | undefined): string {
  return (s ?? '').toLowerCase();
}

interface Found {
  start: number;
  end: number;
  marker: string;
}

function scareQuotes(text: string): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(SCARE_QUOTE_RE)) {
    const index = m.index ?? 0;
    const open = text[index];
    const close = m[0][m[0].length - 1];
    // A straight or curly single quote pair only; an apostrophe at one end is not a quote.
    if ((open === "'" || open === '‘') !== (close === "'" || close === '’')) continue;
    if (QUOTE_INTRO_RE.test(text.slice(Math.max(0, index - 40), index))) continue;
    if (isQuotedTerm(text, index, index + m[0].length, m[1] ?? '')) continue;
    found.push({ start: index, end: index + m[0].length, marker: `scare quotes: ${lower(m[1])}` });
  }
  return found;
}

/**
 * Normalized hedge and stance markers found in `text`, in order of first
 * appearance, without repeats. `scareQuotes: false` for a speaker's words
 * with quotes in them (a mixed claim): a short quote there is the speaker's
 * own phrase ("was "fully justified""), not the writer keeping a distance.
 */
export function detectHedges(text: string, options: { scareQuotes?: boolean } = {}): string[] {
  const found = options.scareQuotes !== false && /["“‘']/.test(text) ? scareQuotes(text) : [];
  const lowered = text.toLowerCase();
  for (const rule of RULES) {
    if (!rule.hints.some((h) => lowered.includes(h))) continue;
    for (const m of text.matchAll(rule.re)) {
      const marker = typeof rule.marker === 'string' ? rule.marker : rule.marker(m);
      const start = m.index ?? 0;
      found.push({ start, end: start + m[0].length, marker });
    }
  }
  // A marker inside a longer one ("unconfirmed" in "according to unconfirmed reports") is not a second hedge.
  const kept = found.filter(
    (f) =>
      !found.some(
        (g) => g !== f && g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start,
      ),
  );
  kept.sort((a, b) => a.start - b.start);
  return [...new Set(kept.map((f) => f.marker))];
}
