/** BIO tags over a paragraph's tokens for the three roles of an attribution. */
export const TAGS = ['O', 'B-SRC', 'I-SRC', 'B-CUE', 'I-CUE', 'B-CON', 'I-CON'] as const;
export const NTAGS = TAGS.length;
export const O = 0;

export type Role = 'source' | 'cue' | 'content';
const ROLE_OF: (Role | null)[] = [null, 'source', 'source', 'cue', 'cue', 'content', 'content'];
const BEGIN: Record<Role, number> = { source: 1, cue: 3, content: 5 };

/** Role of a tag as a number: 0 none (O, or off the sequence's ends), 1 source, 2 cue, 3 content. */
export const roleIndex = (tag: number) => (tag <= 0 || tag >= NTAGS ? 0 : (tag + 1) >> 1);

export const beginTag = (role: Role) => BEGIN[role];
export const insideTag = (role: Role) => BEGIN[role] + 1;

/** An I tag may only continue its own role. */
export function allowed(from: number, to: number): boolean {
  if (to === 0 || to % 2 === 1) return true;
  return from === to || from === to - 1;
}

export function allowedAtStart(tag: number): boolean {
  return tag === 0 || tag % 2 === 1;
}

/** A maximal run of one role: tokens first..last inclusive. */
export interface Run {
  role: Role;
  first: number;
  last: number;
}

export function runsOf(tags: ArrayLike<number>): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] as number;
    const role = ROLE_OF[tag] ?? null;
    if (current && (role !== current.role || tag % 2 === 1)) {
      runs.push(current);
      current = null;
    }
    if (role && !current) current = { role, first: i, last: i };
    else if (current) current.last = i;
  }
  if (current) runs.push(current);
  return runs;
}
