import * as z from 'zod';
import { EntityType, UrlSafeId } from '../model/document';
import table from './aliases.json' with { type: 'json' };
import { aliasKey } from './ids';

/** One reviewed entry: a canonical entity and the names it goes by. */
export const AliasEntry = z.object({
  id: UrlSafeId,
  name: z.string().min(1),
  type: EntityType,
  aliases: z.array(z.string()),
});
export type AliasEntry = z.infer<typeof AliasEntry>;

export class AliasTable {
  private readonly byKey = new Map<string, AliasEntry>();

  constructor(entries: AliasEntry[]) {
    for (const entry of entries) {
      for (const surface of [entry.name, ...entry.aliases]) this.byKey.set(aliasKey(surface), entry);
    }
  }

  lookup(surface: string): AliasEntry | undefined {
    return this.byKey.get(aliasKey(surface));
  }
}

/** The reviewed table shipped in aliases.json; edit that file to add entities. */
export const defaultAliasTable = new AliasTable(z.array(AliasEntry).parse(table));
