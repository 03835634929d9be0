import type { Entity, Range } from '../model/document';
import { namedAsPassingFirm } from './passing-firm';
import { namedAsRival } from './rival-names';
import { namedAsTold } from './told-body';

/**
 * Whether the story names this mention aside from the body it is about: as
 * someone's rival (./rival-names), as who was told (./told-body), or as a
 * firm in passing (./passing-firm); never one a source at `at` is set beside.
 */
export const namedAside = (text: string, m: Range, at: number): boolean =>
  namedAsRival(text, m) || namedAsTold(text, m) || namedAsPassingFirm(text, m, at);

/**
 * Whether every mention of a body before `at` is aside: then "the firm",
 * "the club", "the band" after it is another body (BBC: Virgin Blue for
 * Qantas, BBC News Online for Franz Ferdinand, SK Energy for China Aviation Oil).
 */
export function onlyAside(e: Entity, text: string, at: number): boolean {
  const before = e.mentions.filter((m) => m.end <= at);
  return before.length > 0 && before.every((m) => namedAside(text, m, at));
}
