import type { EntityType } from '../model/document';

/** An entity mention on its way to becoming part of an Entity. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Roles and titles found around a person's name. */
  roles: string[];
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function byStart<T extends { start: number; end: number }>(a: T, b: T): number {
  return a.start - b.start || b.end - a.end;
}
