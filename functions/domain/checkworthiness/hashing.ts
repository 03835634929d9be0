/** 32-bit FNV-1a and a mixer for combining hashes: stable across runs and platforms, so weights can be stored by bucket. */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

export function hashString(s: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

export function mixHashes(a: number, b: number): number {
  return Math.imul(a ^ Math.imul(b, 0x9e3779b1), FNV_PRIME) ^ (b >>> 15);
}
