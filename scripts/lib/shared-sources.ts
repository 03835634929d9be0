import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from './exit-on-error';

/**
 * Throws an InputError naming the unlabeled sources missing under
 * `sharedDir`. The committed models were trained with all of them: training
 * without one would write a different model, not reproduce it.
 */
export function requireSources(sharedDir: string, sources: readonly string[]): void {
  const missing = sources.filter((s) => !existsSync(join(sharedDir, s)));
  if (missing.length)
    throw new InputError(
      `missing under ${sharedDir}: ${missing.join(', ')} (unlabeled text the model is trained with); pass --shared <the folder that holds them>`,
    );
}
