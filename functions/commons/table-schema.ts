/**
 * The table's shape, shared by the CDK app (lib/constructs/index-table.ts)
 * and the local stack, so both build the same table. Key design: README.
 */
export const GSI_NAMES = ['gsi1', 'gsi2', 'gsi3'] as const;

/** The index of every article (gsi.allArticles): article lists, and reconcile's orphan sweep, walk it. */
export const ALL_ARTICLES_INDEX = 'gsi3' satisfies (typeof GSI_NAMES)[number];

/**
 * What the GSIs copy besides keys: exactly what list routes return, so each
 * list is one query, while index entries stay small (write units are per KB).
 */
export const GSI_ATTRIBUTES = [
  'kind',
  'id',
  'key',
  'part',
  'title',
  'status',
  'source',
  'published',
  'date',
  'error',
  'name',
  'type',
  'aliases',
] as const;

/**
 * Share of provisioned capacity that auto scaling aims to keep in use, on the table
 * and on each GSI, when the table runs in provisioned mode (lib/constructs/index-table.ts).
 * For costs: each unit used means 100/70 units provisioned and paid for. No aws-cdk-lib here,
 * so the bench can import it.
 */
export const PROVISIONED_TARGET_UTILIZATION = 70;
