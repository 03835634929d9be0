/**
 * Hedges and stance markers: words that weaken or distance the writer from a
 * claim ("allegedly", "is said to", "may"). Returned normalized so that
 * "claimed to have" and "claims to have" index the same way.
 *
 * Quoted words are no marker: in the BBC set a short quote the writer keeps a
 * distance from ("were "born" five years ago") was 21 in 166; the rest were
 * someone's words ("enjoyed a "successful" year") or a term, name or coinage
 * cited ("the "sweet spot" for the industry"), which no cue told apart.
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

function lower(s: string | undefined): string {
  return (s ?? '').toLowerCase();
}

interface Found {
  start: number;
  end: number;
  marker: string;
}

/** Normalized hedge and stance markers found in `text`, in order of first appearance, without repeats. */
export function detectHedges(text: string): string[] {
  const found: Found[] = [];
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
