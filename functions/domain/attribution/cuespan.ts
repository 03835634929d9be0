import type { Sequence, TokenInfo } from './features';
import * as hashing from './hash';
import { DETERMINER, wordAt } from './opening-subject';
import { type RankWeights, rankScore } from './ranking';
import { rolesOutside } from './role-counts';
import { roleIndex } from './tags';

// bound once: under tsx, imported bindings are getters, too slow for per-token loops
const { finish, mix } = hashing;

/**
 * Cue boundaries: the tagger finds a cue but often not the words annotators
 * include with it ("said Friday", "told reporters", "has been endorsed by").
 * Spans around each tagged cue are scored as wholes by a linear ranker that
 * sees both ends, what lies beyond them and how far they moved.
 */

export interface Span {
  first: number;
  last: number;
}

/** Number of features per candidate span. */
export const SPAN_TEMPLATES = 34;
const SCRATCH = new Int32Array(SPAN_TEMPLATES);

const LEFT = 3;
const RIGHT = 4;
const LONGEST = 12;
/** Tokens the metric trims off a span's ends. */
const TRIMMED = /^[,."'“”‘’`«»„]+$/u;

/** A cue run to settle: one the tagger found, or a strong cue word it left out (proposed). */
export interface CueRun extends Span {
  proposed: boolean;
}

/** The candidate that drops the cue: the tagger's cues include some no annotator would mark. */
export const DROP: Span = { first: -1, last: -1 };

/** Cue-likeness (1..4) from which a word the tagger left out is proposed as a cue. */
const PROPOSE = 3;

/** Runs of one token for the strong cue words outside the tagger's cues: most are rightly left out, a few are missed cues. */
export function proposedCues(info: TokenInfo, tags: ArrayLike<number>): CueRun[] {
  const out: CueRun[] = [];
  for (let i = 0; i < info.n; i++) {
    if ((info.cue[i + 2] as number) >= PROPOSE && roleIndex(tags[i] as number) !== 2)
      out.push({ first: i, last: i, proposed: true });
  }
  return out;
}

/**
 * "officials, who maintain the Pentagon has …": a cue whose source the tagger
 * found in the relative pronoun right before it. The ranker reads "maintain"
 * and its kin mostly as no cue, but PolNeAR marks them after ", who" (42 of
 * 51 common speech verbs there in train are cues).
 */
function afterRelative(seq: Sequence, tags: ArrayLike<number>, run: Span): boolean {
  const before = run.first - 1;
  return seq.tokens[before]?.text.toLowerCase() === 'who' && roleIndex(tags[before] as number) === 1;
}

/**
 * "the Pentagon claims to have 900 troops": a claim verb before "to" reports
 * its subject's claim (a hedge, claims/hedges), which the ranker may drop as
 * it drops "claims" the noun. Run time only, like afterRelative.
 */
function claimsTo(seq: Sequence, run: Span): boolean {
  return (
    run.first === run.last &&
    /^claim(?:s|ed|ing)?$/i.test(wordAt(seq, run.first)) &&
    wordAt(seq, run.last + 1).toLowerCase() === 'to' &&
    // "their claims to a share of profits": the noun, before a noun phrase
    !DETERMINER.test(wordAt(seq, run.last + 2))
  );
}

/**
 * Spans that move the run's start up to 3 tokens left or 2 right and its end
 * 2 left or 4 right, within the run's sentences, never over another cue nor
 * right into the content the tagger found after it, and not starting or
 * ending on what the metric trims. The run itself comes
 * first, DROP last; for a proposed run, DROP comes first (what wins ties).
 * A run followed by "that", or after a "who" tagged as source, has no DROP.
 * Training passes `guarded` false: the "who" and content guards then stay
 * off, so the ranker still learns from those runs (trained with them on, it
 * scored 0.01 lower cue F1 on PolNeAR dev).
 */
export function spanCandidates(seq: Sequence, tags: ArrayLike<number>, run: CueRun, guarded = true): Span[] {
  const { tokens, sentence } = seq;
  // a cue word right before "that" opens the guidelines' own paraphrase ("determined that ..."): never dropped
  const keep =
    (tokens[run.last + 1]?.text ?? '').toLowerCase() === 'that' ||
    (guarded && (afterRelative(seq, tags, run) || claimsTo(seq, run)));
  const out: Span[] = run.proposed && !keep ? [DROP, run] : [run];
  let lo = run.first;
  while (
    lo > run.first - LEFT &&
    lo > 0 &&
    sentence[lo - 1] === sentence[run.first] &&
    !otherCue(tags, run, lo - 1)
  )
    lo--;
  let hi = run.last;
  while (
    hi < run.last + RIGHT &&
    hi < tokens.length - 1 &&
    sentence[hi + 1] === sentence[run.last] &&
    !otherCue(tags, run, hi + 1) &&
    // "maintain the Pentagon has …": words the tagger read as content begin it, they do not end the cue
    (!guarded || roleIndex(tags[hi + 1] as number) !== 3)
  )
    hi++;
  for (let s = lo; s <= Math.min(run.first + 2, run.last); s++) {
    if (trimmedAt(seq, s)) continue;
    for (let e = Math.max(s, run.last - 2); e <= hi; e++) {
      if (e - s + 1 > LONGEST || trimmedAt(seq, e) || (s === run.first && e === run.last)) continue;
      out.push({ first: s, last: e });
    }
  }
  if (!run.proposed && !keep) out.push(DROP);
  return out;
}

/** Whether token i is one the metric trims off a span's ends. */
function trimmedAt(seq: Sequence, i: number): boolean {
  return TRIMMED.test((seq.tokens[i] as { text: string }).text);
}

/** Whether token i, outside the run, is tagged as a cue. */
function otherCue(tags: ArrayLike<number>, run: Span, i: number): boolean {
  return (i < run.first || i > run.last) && roleIndex(tags[i] as number) === 2;
}

/**
 * Feature ids of one candidate, written to `out` from `at`. DROP reads the
 * run's own features under other ids, so its score against keeping the run
 * is a function of the run learned apart.
 */
export function spanFeatures(
  info: TokenInfo,
  tags: ArrayLike<number>,
  run: CueRun,
  candidate: Span,
  mask: number,
  out: Uint32Array,
  at: number,
): void {
  const { w, cls, cue, shape, q, n, c3 } = info;
  const drop = candidate.first < 0;
  const span = drop ? run : candidate;
  const s = span.first;
  const e = span.last;
  // positions in the padded arrays (no closures here: this runs per candidate)
  const ps = s + 2;
  const pe = e + 2;
  // the span's strongest cue word stands for its head
  let ph = ps;
  for (let i = ps; i <= pe; i++) if ((cue[i] as number) > (cue[ph] as number)) ph = i;
  const Ws = w[ps] as number;
  const We = w[pe] as number;
  const Wb = w[ps - 1] as number;
  const Wa = w[pe + 1] as number;
  const Wh = w[ph] as number;
  const Ks = cls[ps] as number;
  const Ke = cls[pe] as number;
  const Kb = cls[ps - 1] as number;
  const Ka = cls[pe + 1] as number;
  const Ka2 = cls[pe + 2] as number;
  const Sa = shape[pe + 1] as number;
  const Ua = c3[pe + 1] as number;
  const Uh = c3[ph] as number;
  const rb = s - 1 < 0 ? 4 : roleIndex(tags[s - 1] as number);
  const ra = e + 1 >= n ? 4 : roleIndex(tags[e + 1] as number);
  const ds = Math.max(-LEFT, Math.min(2, s - run.first)) + LEFT;
  const de = Math.max(-2, Math.min(RIGHT, e - run.last)) + 2;
  const move = ds * 8 + de;
  const len = Math.min(e - s + 1, 8);
  const qs = q[s] as number;
  const qe = e + 1 < n ? (q[e + 1] as number) : 4;
  // written to a scratch array: this runs per candidate, and allocation shows
  const vals = SCRATCH;
  vals[0] = move;
  vals[1] = len;
  vals[2] = Ws;
  vals[3] = We;
  vals[4] = Wb;
  vals[5] = Wa;
  vals[6] = mix(We, Wa);
  vals[7] = mix(Wb, Ws);
  vals[8] = Kb * 64 + Ks;
  vals[9] = Ke * 64 + Ka;
  vals[10] = Sa * 16 + (shape[ps - 1] as number);
  vals[11] = mix(Wa, Ke);
  vals[12] = mix(Wh, move);
  vals[13] = mix(Wh, Wa);
  vals[14] = mix(Wh, We);
  vals[15] = mix(Wh, len);
  vals[16] = mix(Wh, Wb);
  vals[17] = move * 64 + Ke;
  vals[18] = (rb * 5 + ra) * 64 + move;
  vals[19] = ((cue[ps] as number) * 8 + (cue[pe] as number)) * 8 + len;
  vals[20] = (cue[pe + 1] as number) * 8 + (cue[ps - 1] as number);
  vals[21] = qs * 8 + qe;
  vals[22] = mix(Ws, We);
  vals[23] = mix(Wa, w[pe + 2] as number);
  vals[24] = Ka * 64 + Ka2;
  vals[25] = mix(cls[ph] as number, move);
  vals[26] = (Sa * 64 + Ke) * 8 + len;
  vals[27] = mix(We, len);
  vals[28] = mix(Ua, Ke);
  vals[29] = mix(Uh, move);
  vals[30] = mix(Uh, Ua);
  vals[31] = ((info.ent[ps - 1] as number) * 16 + (info.ent[pe + 1] as number)) * 64 + move;
  // what else the tagger found in the sentence: a source and a content make a cue real
  const roles = rolesOutside(tags, info.sentFirst[s] as number, info.sentLast[s] as number, s, e);
  vals[32] = roles * 64 + move;
  vals[33] = mix(Wh, roles);
  // proposed runs are ranked by weights of their own
  const salt = (drop ? 0x165667b1 : 0x27d4eb2f) ^ (run.proposed ? 0x5bd1e995 : 0);
  for (let k = 0; k < SPAN_TEMPLATES; k++)
    out[at + k] = finish(mix((k + 307) * salt, vals[k] as number)) & mask;
}

/** The best-scoring span around a cue run (the first candidate on ties), or null to drop the cue. */
export function bestSpan(
  weights: RankWeights,
  info: TokenInfo,
  seq: Sequence,
  tags: ArrayLike<number>,
  run: CueRun,
  mask: number,
): Span | null {
  const candidates = spanCandidates(seq, tags, run);
  const feats = new Uint32Array(SPAN_TEMPLATES);
  let best: Span = run;
  let top = Number.NEGATIVE_INFINITY;
  for (const c of candidates) {
    spanFeatures(info, tags, run, c, mask, feats, 0);
    const score = rankScore(weights, feats, 0, SPAN_TEMPLATES);
    if (score > top) {
      top = score;
      best = c;
    }
  }
  return best === DROP ? null : best;
}
