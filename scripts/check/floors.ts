import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Figure name ("attribution.cue") → the lowest value it may take. */
export type Floors = Record<string, number>;

export const FLOORS_FILE = fileURLToPath(new URL('./quality-floors.json', import.meta.url));

export function readFloors(file = FLOORS_FILE): Floors {
  return JSON.parse(readFileSync(file, 'utf8')) as Floors;
}

/** Sorted by name, so an update shows as a small diff. */
export function writeFloors(floors: Floors, file = FLOORS_FILE): void {
  const sorted = Object.fromEntries(Object.entries(floors).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
}

export interface FloorChange {
  name: string;
  floor: number;
  now: number;
}

/**
 * Figures against their floors: drops (under the floor), rises (over it,
 * so the floor can be raised), figures with no floor yet, and figures that
 * are no number (an eval whose report changed shape: never a silent pass).
 * A figure whose eval did not run (no data) is in none of them.
 */
export function compareFloors(figures: Floors, floors: Floors) {
  const drops: FloorChange[] = [];
  const rises: FloorChange[] = [];
  const unset: string[] = [];
  const unreadable: string[] = [];
  for (const [name, now] of Object.entries(figures)) {
    const floor = floors[name];
    if (typeof now !== 'number' || !Number.isFinite(now)) unreadable.push(name);
    else if (floor === undefined) unset.push(name);
    else if (now < floor) drops.push({ name, floor, now });
    else if (now > floor) rises.push({ name, floor, now });
  }
  return { drops, rises, unset, unreadable };
}
