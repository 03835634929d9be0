import type { Extractor } from './extractor';

/** Made up, with a name, a quote and a reported claim, so each stage runs. */
const ARTICLE = {
  title: 'Riverton council approves flood plan',
  byline: null,
  published: null,
  url: null,
  language: null,
  source: null,
  text: 'The mayor, Lina Park, said on Monday that the plan would protect 2,000 homes.\n\n"We waited too long," said Tom Reyes of the Riverton Residents Association.',
};

/**
 * The extractor after one extraction of a made-up article. The first
 * extraction in a process costs several times a later one (code compiled,
 * word lists and tables built on first use: about 0.6 s against 0.1 s in
 * the ingest bundle); done here, before any lease is taken, it no longer
 * runs in the first file's lease.
 */
export function warmedUp(extractor: Extractor): Extractor {
  extractor.extract({ id: 'warm-up', sourceKey: 'warm-up', part: 0, source: 'warm-up', article: ARTICLE });
  return extractor;
}
