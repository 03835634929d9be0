/** Reporting verbs that introduce speech or a stated position. */
// biome-ignore format: compact word list
export const CUE_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'noting', 'stated', 'states',
  'claimed', 'claims', 'claim', 'confirmed', 'confirms', 'insisted', 'insists', 'argued', 'argues', 'warned',
  'warns', 'explained', 'explains', 'wrote', 'writes', 'announced', 'announces', 'determined', 'determines',
  'found', 'finds', 'concluded', 'concludes', 'asserted', 'asserts', 'maintained', 'maintains', 'maintain',
  'acknowledged', 'acknowledges', 'denied', 'denies', 'suggested', 'suggests', 'reported', 'reports',
  'estimated', 'estimates', 'predicted', 'predicts', 'believes', 'believed', 'alleged', 'alleges', 'admitted',
  'admits', 'declared', 'declares', 'stressed', 'stresses', 'emphasized', 'emphasised', 'revealed', 'reveals',
  'testified', 'tweeted', 'posted', 'replied', 'responded', 'continued', 'recalled', 'observed', 'adding',
  'saying', 'telling', 'according',
]);

/** Pronouns that may stand as a source. */
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
