import { createAttributionExtractor } from '../attribution/index';
import { createCheckworthinessScorer } from '../checkworthiness/index';
import { HeuristicScorer } from '../claims/heuristic-scorer';
import { RuleAttributionExtractor } from '../claims/rule-attribution';
import { RuleTagger } from '../entities/rule-tagger';
import { createNerTagger } from '../ner/index';
import { Extractor } from './extractor';
import { currentExtractorVersion, EXTRACTOR_VERSION } from './version';

let cached: Extractor | undefined;

/**
 * The extractor the pipeline runs, built once per process: the trained
 * tagger, attribution model and check-worthiness scorer from functions/models.
 * CLAIMTRAIL_EXTRACTOR=rules selects the model-free rules of extraction v1.
 */
export function defaultExtractor(): Extractor {
  cached ??= process.env.CLAIMTRAIL_EXTRACTOR === 'rules' ? rulesExtractor() : modelExtractor();
  return cached;
}

function modelExtractor(): Extractor {
  return new Extractor({
    tagger: createNerTagger(),
    attribution: createAttributionExtractor(),
    checkworthiness: createCheckworthinessScorer(),
    version: EXTRACTOR_VERSION,
  });
}

function rulesExtractor(): Extractor {
  return new Extractor({
    tagger: new RuleTagger(),
    attribution: new RuleAttributionExtractor(),
    checkworthiness: new HeuristicScorer(),
    version: currentExtractorVersion(),
  });
}
