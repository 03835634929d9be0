/**
 * Particles that open a surname: Arabic (al-Sudani, bin Salman), Dutch and
 * German (van Gogh, von der Leyen), Romance (de Gaulle, da Silva, di Maio,
 * Le Pen). Lower-case, as names are searched.
 */
const PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ben',
  'ibn',
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'des',
  'du',
  'da',
  'das',
  'dos',
  'di',
  'le',
  'la',
]);

/**
 * A person's surname search entries, from a normalised name: the last word
 * ("ryder"), and when particles come before it, the surname without them
 * too ("von der leyen" and "leyen"; "al-sudani" and "sudani"). The first
 * word is a given name (La Toya Jackson), never a particle. Names keep their
 * hyphens, as entries written before this rule do, so both still match.
 */
export function surnameEntries(name: string): string[] {
  const words = name.split(' ');
  if (words.length < 2) return [];
  const last = words.length - 1;
  let start = last;
  while (start > 1 && PARTICLES.has(words[start - 1] as string)) start--;
  const surname = words[last] as string;
  const hyphened = /^([a-z]+)-(.+)$/.exec(surname);
  const bare = hyphened && PARTICLES.has(hyphened[1] as string) ? (hyphened[2] as string) : null;
  if (start < last) return [words.slice(start).join(' '), bare ?? surname];
  return bare ? [surname, bare] : [surname];
}
