// zod/mini with English messages (./zod): classic zod took ~100 KB of the ingest bundle's 3 MB budget
import * as z from './zod';

/** Bumped when the document shape changes incompatibly. */
export const SCHEMA_VERSION = 1;

export const ENTITY_TYPES = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'EVENT', 'MISC'] as const;
export const EntityType = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityType>;

export const CLAIM_KINDS = ['direct', 'indirect', 'mixed', 'unattributed'] as const;
export const ClaimKind = z.enum(CLAIM_KINDS);
export type ClaimKind = z.infer<typeof ClaimKind>;

/** URL-safe id: unreserved characters only (RFC 3986). */
export const UrlSafeId = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(200),
    z.regex(/^[A-Za-z0-9._~-]+$/, 'must contain only A-Z a-z 0-9 . _ ~ -'),
  );

const Offset = z.int().check(z.nonnegative());

export const Range = z.object({ start: Offset, end: Offset });
export type Range = z.infer<typeof Range>;

const Span = z.object({ start: Offset, end: Offset, text: z.string() });
const ordered = <T extends { start: number; end: number }>(s: T) => s.end >= s.start;

/** A stretch of the article text; offsets are UTF-16 code units into `text`, end exclusive. */
export const TextSpan = Span.check(z.refine(ordered, { message: 'end must not precede start' }));
export type TextSpan = z.infer<typeof TextSpan>;

/**
 * What a claim says. A content in pieces (a quote split by its attribution:
 * "“A,” she said. “B”") lists their offsets in `fragments`; then `text` is
 * their texts joined by " … " and start/end cover them all.
 */
export const ContentSpan = z
  .extend(Span, { fragments: z.optional(z.array(Range).check(z.minLength(2))) })
  .check(z.refine(ordered, { message: 'end must not precede start' }));
export type ContentSpan = z.infer<typeof ContentSpan>;

export const Entity = z.object({
  id: UrlSafeId,
  name: z.string().check(z.minLength(1)),
  type: EntityType,
  aliases: z.array(z.string()),
  mentions: z.array(TextSpan),
  /**
   * Mentions in the headline, offsets into `title` (which is not part of
   * `text`); absent when the headline does not name the entity. An entity
   * only the headline names has no `mentions`.
   */
  titleMentions: z.optional(z.array(TextSpan)),
  /** Titles and roles seen with the name ("Pentagon Press Secretary"). */
  roles: z._default(z.array(z.string()), []),
  /** Share of the article's entity mentions that are this entity's. */
  salience: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
});
export type Entity = z.infer<typeof Entity>;

export const Speaker = z.object({
  start: Offset,
  end: Offset,
  text: z.string(),
  entityId: z.nullable(UrlSafeId),
  /**
   * The other entities a joint source names ("Mr Magnier and Mr McManus"),
   * in text order, never `entityId`; absent when it names no others.
   */
  others: z.optional(z.array(UrlSafeId)),
});
export type Speaker = z.infer<typeof Speaker>;

export const Claim = z.object({
  id: UrlSafeId,
  kind: ClaimKind,
  content: ContentSpan,
  cue: z.nullable(TextSpan),
  speaker: z.nullable(Speaker),
  checkworthiness: z.number().check(z.minimum(0), z.maximum(1)),
  /** Ids of entities mentioned in the content. */
  entities: z.array(UrlSafeId),
  /** Numbers and quantities stated in the content. */
  numbers: z._default(z.array(TextSpan), []),
  /** Hedges and stance markers ("allegedly", "so-called", "claims to have"). */
  hedges: z._default(z.array(z.string()), []),
  sentence: z.optional(z.int().check(z.nonnegative())),
});
export type Claim = z.infer<typeof Claim>;

export const ExtractedArticle = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  extractorVersion: z.string().check(z.minLength(1)),
  id: UrlSafeId,
  /** Object key the article came from (decoded). */
  sourceKey: z.string().check(z.minLength(1)),
  /** Position of the article within its source file (0 for single-article files). */
  part: z.int().check(z.nonnegative()),
  /** sha256 (hex) of the article text. */
  contentHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  title: z.nullable(z.string()),
  byline: z.nullable(z.string()),
  /** ISO 8601 date or date-time, when known. */
  published: z.nullable(z.string()),
  language: z.string().check(z.minLength(2)),
  url: z.nullable(z.string()),
  /** Publisher or collection: the URL's host, else the first folder of the key. */
  source: z.string().check(z.minLength(1)),
  text: z.string(),
  paragraphs: z.array(Range),
  sentences: z.array(Range),
  entities: z.array(Entity),
  claims: z.array(Claim),
});
export type ExtractedArticle = z.infer<typeof ExtractedArticle>;
