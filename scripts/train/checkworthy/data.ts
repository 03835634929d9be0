import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** One ClaimBuster sentence; label 1 = check-worthy factual claim (absent in unlabelled files). */
export const ClaimbusterSentence = z.object({
  sentence_id: z.union([z.number(), z.string()]),
  text: z.string(),
  label: z.union([z.literal(0), z.literal(1)]).optional(),
});
export type ClaimbusterSentence = z.infer<typeof ClaimbusterSentence>;

export function readClaimbuster(path: string): ClaimbusterSentence[] {
  return z.array(ClaimbusterSentence).parse(JSON.parse(readFileSync(path, 'utf8')));
}
