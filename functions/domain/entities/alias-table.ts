import { EntityType, UrlSafeId } from '../model/document';
import * as z from '../model/zod';
import table from './aliases.json' with { type: 'json' };
import { aliasKey } from './ids';

/** One reviewed entry: a canonical entity and the names it goes by. */
export const AliasEntry = z.object({
  id: UrlSafeId,
  name: z.string().check(z.minLength(1)),
  type: EntityType,
  aliases: z.array(z.string()),
  /**
   * Names that stand for it only in an article that also names it (by its
   * name or an alias) or one of the entities `beside`: "Conservatives" is
   * the UK party beside "the Tories" or "Labour", but people in US news.
   */
  inContext: z.optional(
    z.object({
      names: z.array(z.string()),
      beside: z.array(UrlSafeId),
      /**
       * Words that, right after one of the names, say it is this entry
       * wherever it stands: "Former Conservative leader William Hague" in an
       * article naming no other party (spotted names only).
       */
      cuedBy: z.optional(z.array(z.string())),
    }),
  ),
  /**
   * Words that, right before a mention, say it is not this entry: "the
   * Amazon" is the river, "Amazon" the firm.
   */
  notAfter: z.optional(z.array(z.string())),
  /**
   * Its names are found in the text where the tagger left them untagged
   * (the NER model, trained on CoNLL, never tags "Tories"), its inContext
   * names where their context holds (./spotted-aliases).
   */
  spot: z.optional(z.boolean()),
  /**
   * Added after the attribution model was trained: the model's view of the
   * entities (`attributionView`: its trainer, and the entities it is given)
   * leaves the entry out, so the committed model stays reproducible.
   * Retraining folds it in (drop the flag, then `npm run train:attribution`).
   */
  documentOnly: z.optional(z.boolean()),
});
export type AliasEntry = z.infer<typeof AliasEntry>;

/** The word right before a mention. */
const WORD_BEFORE = /(\p{L}+)\s+$/u;

/** Whether one of the entry's notAfter words stands right before `start`, in any case: the name there is not the entry. */
export function isNotAfter(text: string, start: number, entry: AliasEntry): boolean {
  if (!entry.notAfter) return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase();
  return before !== undefined && entry.notAfter.includes(before);
}

/** The names an entry always goes by: its name and aliases. */
export const surfacesOf = (entry: AliasEntry) => [entry.name, ...entry.aliases];

export class AliasTable {
  private readonly byKey = new Map<string, AliasEntry>();
  private readonly inContextByKey = new Map<string, AliasEntry>();
  private readonly byId = new Map<string, AliasEntry>();

  private readonly spottedEntries: AliasEntry[];
  private view: AliasTable | undefined;

  constructor(private readonly entries: AliasEntry[]) {
    this.spottedEntries = entries.filter((e) => e.spot);
    for (const entry of entries) {
      this.byId.set(entry.id, entry);
      for (const surface of surfacesOf(entry)) this.byKey.set(aliasKey(surface), entry);
      for (const surface of entry.inContext?.names ?? []) this.inContextByKey.set(aliasKey(surface), entry);
    }
  }

  lookup(surface: string): AliasEntry | undefined {
    return this.byKey.get(aliasKey(surface));
  }

  entry(id: string): AliasEntry | undefined {
    return this.byId.get(id);
  }

  /** The table the attribution model's entities are linked with: without the documentOnly entries. */
  attributionView(): AliasTable {
    this.view ??= this.entries.some((e) => e.documentOnly)
      ? new AliasTable(this.entries.filter((e) => !e.documentOnly))
      : this;
    return this.view;
  }

  /**
   * The attribution view, noting whether it was asked about a name this
   * table reads otherwise (a documentOnly entry's): if it never was, a
   * linking with either table goes alike, so it need not be run twice.
   */
  watchedView(): { view: AliasLookup; readOtherwise: () => boolean } {
    const view = this.attributionView();
    if (view === this) return { view, readOtherwise: () => false };
    let otherwise = false;
    return {
      view: {
        // the surface's key made once for both tables
        lookup: (surface) => {
          const key = aliasKey(surface);
          const entry = view.byKey.get(key);
          if (entry !== this.byKey.get(key)) otherwise = true;
          return entry;
        },
        lookupInContext: (surface, ids) => {
          const entry = view.lookupInContext(surface, ids);
          if (entry !== this.lookupInContext(surface, ids)) otherwise = true;
          return entry;
        },
        // an id comes from a lookup, so one both tables answered alike
        entry: (id) => view.entry(id),
      },
      readOtherwise: () => otherwise,
    };
  }

  /** The entries whose names are looked for in the text (AliasEntry.spot). */
  spotted(): AliasEntry[] {
    return this.spottedEntries;
  }

  /** The entry a surface stands for in an article whose other names resolved to `ids`. */
  lookupInContext(surface: string, ids: ReadonlySet<string>): AliasEntry | undefined {
    const entry = this.inContextByKey.get(aliasKey(surface));
    return entry && (ids.has(entry.id) || entry.inContext?.beside.some((id) => ids.has(id)))
      ? entry
      : undefined;
  }
}

/** What linking reads of a table (./link): its entries by surface, in context, and by id. */
export type AliasLookup = Pick<AliasTable, 'lookup' | 'lookupInContext' | 'entry'>;

/** The reviewed table shipped in aliases.json; edit that file to add entities. */
export const defaultAliasTable = new AliasTable(z.array(AliasEntry).parse(table));
