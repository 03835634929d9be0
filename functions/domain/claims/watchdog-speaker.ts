import type { Entity } from '../model/document';
import { placedBeside } from './placed-group';

/** "the watchdog", "the UK's financial watchdog", "The US regulator": one body that oversees, three words before it at most. */
const WATCHDOG = /^(?:[\p{L}'’-]+\s+){0,3}(?:watchdog|regulator)$/u;
/**
 * Names of bodies that oversee: "Electoral Commission", "Financial Services
 * Authority", "Standards Board", "Information Commissioner's Office",
 * "National Audit Office", "Office of Fair Trading", Ofcom; not a
 * department ("Home Office", "Foreign Office").
 */
const OVERSEER =
  /(?:\b(?:Commission|Commissioner(?:['’]s Office)?|Authority|Board|Agency|Council|Ombudsman|Regulator|Inspectorate|(?:Audit|Budget) Office)|^Office (?:of|for) .{1,60}|^Of(?:com|sted|gem|wat|tel|qual|rail|t))$/u;

/** Whether a source, its article taken off, is a watchdog or regulator: a body no name in it names. */
export function isWatchdog(phrase: string): boolean {
  return WATCHDOG.test(phrase);
}

/**
 * The body "the watchdog" stands for: one the story calls a watchdog or
 * regulator ("watchdog Ofcom", "BaFin, the regulator"), else one whose name
 * says it oversees, the mention nearest the source, before or after it, since
 * a lead often names it only later ("…, the elections watchdog has said. The
 * Electoral Commission said"). None when the article names no such body.
 */
export function watchdogSpeaker(at: number, entities: Entity[], text: string): string | null {
  const orgs = entities.filter((e) => e.type === 'ORG');
  const called = orgs.filter((e) =>
    e.mentions.some((m) => placedBeside(text, m, 'watchdog') || placedBeside(text, m, 'regulator')),
  );
  const pool =
    called.length > 0 ? called : orgs.filter((e) => [e.name, ...e.aliases].some((n) => OVERSEER.test(n)));
  let best: { id: string; distance: number } | null = null;
  for (const e of pool)
    for (const m of e.mentions) {
      // a tie goes to the mention before
      const distance = m.end <= at ? at - m.end : m.start - at + 0.5;
      if (!best || distance < best.distance) best = { id: e.id, distance };
    }
  return best?.id ?? null;
}
