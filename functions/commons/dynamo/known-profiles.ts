import type { ProfileRecord } from '../../domain/index/records';

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

  get size(): number {
    return this.entries.size;
  }
}
