import * as z from 'zod';

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
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9._~-]+$/, 'must contain only A-Z a-z 0-9 . _ ~ -');

const Offset = z.number().int().nonnegative();

export const Range = z.object({ start: Offset, end: Offset });
export type Range = z.infer<typeof Range>;

const Span = z.object({ start: Offset, end: Offset, text: z.string() });
const ordered = <T extends { start: number; end: number }>(s: T) => s.end >= s.start;

/** A stretch of the article text; offsets are UTF-16 code units into `text`, end exclusive. */
export const TextSpan = Span.refine(ordered, { message: 'end must not precede start' });
export type TextSpan = z.infer<typeof TextSpan>;

/**
 * What a claim says. A content in pieces (a quote split by its attribution:
 * "“A,” she said. “B”") lists their offsets in `fragments`; then `text` is
 * their texts joined by " … " and start/end cover them all.
 */
export const ContentSpan = Span.extend({ fragments: z.array(Range).min(2).optional() }).refine(ordered, {
  message: 'end must not precede start',
});
export type ContentSpan = z.infer<typeof ContentSpan>;

export const Entity = z.object({
  id: UrlSafeId,
  name: z.string().min(1),
  type: EntityType,
  aliases: z.array(z.string()),
  mentions: z.array(TextSpan),
  /**
   * Mentions in the headline, offsets into `title` (which is not part of
   * `text`); absent when the headline does not name the entity. An entity
   * only the headline names has no `mentions`.
   */
  titleMentions: z.array(TextSpan).optional(),
  /** Titles and roles seen with the name ("Pentagon Press Secretary"). */
  roles: z.array(z.string()).default([]),
  /** Share of the article's entity mentions that are this entity's. */
  salience: z.number().min(0).max(1).optional(),
});
export type Entity = z.infer<typeof Entity>;

export const Speaker = z.object({
  start: Offset,
  end: Offset,
  text: z.string(),
  entityId: UrlSafeId.nullable(),
  /**
   * The other entities a joint source names ("Mr Magnier and Mr McManus"),
   * in text order, never `entityId`; absent when it names no others.
   */
  others: z.array(UrlSafeId).optional(),
});
export type Speaker = z.infer<typeof Speaker>;

export const Claim = z.object({
  id: UrlSafeId,
  kind: ClaimKind,
  content: ContentSpan,
  cue: TextSpan.nullable(),
  speaker: Speaker.nullable(),
  checkworthiness: z.number().min(0).max(1),
  /** Ids of entities mentioned in the content. */
  entities: z.array(UrlSafeId),
  /** Numbers and quantities stated in the content. */
  numbers: z.array(TextSpan).default([]),
  /** Hedges and stance markers ("allegedly", "so-called", "claims to have"). */
  hedges: z.array(z.string()).default([]),
  sentence: z.number().int().nonnegative().optional(),
});
export type Claim = z.infer<typeof Claim>;

export const ExtractedArticle = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  extractorVersion: z.string().min(1),
  id: UrlSafeId,
  /** Object key the article came from (decoded). */
  sourceKey: z.string().min(1),
  /** Position of the article within its source file (0 for single-article files). */
  part: z.number().int().nonnegative(),
  /** sha256 (hex) of the article text. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  title: z.string().nullable(),
  byline: z.string().nullable(),
  /** ISO 8601 date or date-time, when known. */
  published: z.string().nullable(),
  language: z.string().min(2),
  url: z.string().nullable(),
  /** Publisher or collection: the URL's host, else the first folder of the key. */
  source: z.string().min(1),
  text: z.string(),
  paragraphs: z.array(Range),
  sentences: z.array(Range),
  entities: z.array(Entity),
  claims: z.array(Claim),
});
export type ExtractedArticle = z.infer<typeof ExtractedArticle>;
