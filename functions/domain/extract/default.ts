import { HeuristicScorer } from '../claims/heuristic-scorer';
import { RuleAttributionExtractor } from '../claims/rule-attribution';
import { RuleTagger } from '../entities/rule-tagger';
import { Extractor } from './extractor';
import { EXTRACTOR_VERSION } from './version';

let cached: Extractor | undefined;

/** The extractor the pipeline runs, built once per process. */
export function defaultExtractor(): Extractor {
  cached ??= new Extractor({
    tagger: new RuleTagger(),
    attribution: new RuleAttributionExtractor(),
    checkworthiness: new HeuristicScorer(),
    version: EXTRACTOR_VERSION,
  });
  return cached;
}
