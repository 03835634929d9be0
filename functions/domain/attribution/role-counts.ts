import { roleIndex } from './tags';

/** Role indices a tag maps to (roleIndex): 0 (none) to 4. */
const ROLES = 5;

/**
 * Running counts of each role over a sequence's tags, made once per tags
 * array: the span ranker asks, for every candidate of every cue, which roles
 * the rest of its sentence holds, and walking the sentence each time made a
 * sentence of thousands of cue-like tokens (a line of colons) take minutes.
 * So tags must not change once counted: the ranker runs after every change
 * to them (extract.ts: swallowedCues first).
 */
const PREFIXES = new WeakMap<ArrayLike<number>, Int32Array>();

function prefixOf(tags: ArrayLike<number>): Int32Array {
  let prefix = PREFIXES.get(tags);
  if (prefix) return prefix;
  prefix = new Int32Array((tags.length + 1) * ROLES);
  for (let i = 0; i < tags.length; i++) {
    for (let r = 0; r < ROLES; r++) prefix[(i + 1) * ROLES + r] = prefix[i * ROLES + r] as number;
    const at = (i + 1) * ROLES + roleIndex(tags[i] as number);
    prefix[at] = (prefix[at] as number) + 1;
  }
  PREFIXES.set(tags, prefix);
  return prefix;
}

/** Bit r set when a token in [first, last] outside [s, e] has role r. */
export function rolesOutside(
  tags: ArrayLike<number>,
  first: number,
  last: number,
  s: number,
  e: number,
): number {
  const prefix = prefixOf(tags);
  let roles = 0;
  for (let r = 0; r < ROLES; r++)
    if (countIn(prefix, first, last, r) - countIn(prefix, Math.max(s, first), Math.min(e, last), r) > 0)
      roles |= 1 << r;
  return roles;
}

/** Tokens of role r in [from, to]; no closure: this runs per candidate span. */
function countIn(prefix: Int32Array, from: number, to: number, r: number): number {
  return to < from ? 0 : (prefix[(to + 1) * ROLES + r] as number) - (prefix[from * ROLES + r] as number);
}
