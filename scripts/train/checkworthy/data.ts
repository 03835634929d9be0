import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { InputError } from '../../lib/exit-on-error';

/** One ClaimBuster sentence; label 1 = check-worthy factual claim (absent in unlabelled files). */
export const ClaimbusterSentence = z.object({
  sentence_id: z.union([z.number(), z.string()]),
  text: z.string(),
  label: z.union([z.literal(0), z.literal(1)]).optional(),
});
export type ClaimbusterSentence = z.infer<typeof ClaimbusterSentence>;

/** The sentences of a ClaimBuster JSON file; an InputError names the file when it is not one. */
export function readClaimbuster(path: string): ClaimbusterSentence[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    if (err instanceof SyntaxError) throw new InputError(`${path} is not JSON (${err.message})`);
    throw err;
  }
  const parsed = z.array(ClaimbusterSentence).safeParse(data);
  if (!parsed.success)
    throw new InputError(
      `${path} is not a ClaimBuster array of {sentence_id, text, label}: ${z.prettifyError(parsed.error).split('\n')[0]}`,
    );
  return parsed.data;
}
