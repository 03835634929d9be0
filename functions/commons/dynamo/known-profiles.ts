import type { ProfileRecord } from '../../domain/index/records';

export interface ProfileClaim {
  /** Profiles this container knows. */
  known: Map<string, ProfileRecord>;
  /** Ids it does not know, now this article's to read and store. */
  claimed: string[];
  release(): void;
}

/**
 * Profiles this container has read or written, so a warm ingest function
 * skips re-reading the entities it keeps meeting ("BBC", "UK"). A profile
 * only grows (aliases are added, never removed), so a stale entry can only
 * make a write repeat an alias another container already added: idempotent.
 * Hand-written LRU over Map's insertion order: a dozen lines, where
 * lru-cache would add to an ingest bundle that sits near its size budget.
 */
export class KnownProfiles {
  private readonly entries = new Map<string, ProfileRecord>();
  /** Ids an article of this container is reading or storing, settled when it is done. */
  private readonly writing = new Map<string, Promise<void>>();

  constructor(private readonly capacity = 50_000) {}

  get(id: string): ProfileRecord | undefined {
    const found = this.entries.get(id);
    if (found) {
      this.entries.delete(id);
      this.entries.set(id, found);
    }
    return found;
  }

  /** Call only after the profile is stored: a remembered profile is never written again. */
  remember(profile: ProfileRecord): void {
    this.entries.delete(profile.id);
    this.entries.set(profile.id, profile);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  /**
   * Waits until no other article of this container is reading or writing
   * these ids, then claims those it does not know: an article meeting a new
   * entity that another is storing waits for that write and finds it known,
   * instead of reading and writing it again. Call release once the claimed
   * profiles are stored, or have failed (then the next claimant reads them).
   */
  async claim(ids: string[]): Promise<ProfileClaim> {
    for (;;) {
      const busy = ids.filter((id) => !this.entries.has(id) && this.writing.has(id));
      if (busy.length === 0) break;
      await Promise.all(busy.map((id) => this.writing.get(id)));
    }
    // no await from here to the claims: an article never holds claims while it waits for others
    let settle: () => void = () => undefined;
    const done = new Promise<void>((resolve) => {
      settle = resolve;
    });
    const known = new Map<string, ProfileRecord>();
    const claimed: string[] = [];
    for (const id of ids) {
      const found = this.get(id);
      if (found) known.set(id, found);
      else {
        claimed.push(id);
        this.writing.set(id, done);
      }
    }
    const release = () => {
      for (const id of claimed) if (this.writing.get(id) === done) this.writing.delete(id);
      settle();
    };
    return { known, claimed, release };
  }

  get size(): number {
    return this.entries.size;
  }
}
