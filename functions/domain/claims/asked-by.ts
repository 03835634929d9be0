/**
 * Those a poll or a reporter asked: "Wall Street analysts surveyed by
 * Refinitiv", "three independent companies contacted by the BBC News
 * website", "economists polled by Reuters". The head before the participle
 * speaks; who asked them only reached them, and is no speaker. A participle
 * opening the source has no head before it, and is left alone.
 */
const ASKED_BY =
  /(?<=\S)\s+(?:surveyed|polled|questioned|interviewed|contacted|consulted|canvassed|asked|approached)\s+by\s/u;

/** Where the head of such a source ends, before "<participle> by"; undefined for any other source. */
export function askedByHeadEnd(text: string): number | undefined {
  return ASKED_BY.exec(text)?.index;
}
