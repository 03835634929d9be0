/**
 * `npx tsx scripts/train/ner/requantize.ts <out.bin.br> [minRatio, default 3e-4]`: re-encodes
 * the last trained (unquantised) NER model from .claimtrail/ner-cache.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize } from 'node:v8';
import { encodeModel, type NerModelData } from '../../../functions/domain/ner/model';
import { compressModel } from '../../../functions/models/compression';

const data = deserialize(
  readFileSync(join(process.cwd(), '.claimtrail', 'ner-cache', 'last-model.v8')),
) as NerModelData;
const out = process.argv[2] ?? 'ner.bin.br';
const bytes = compressModel(encodeModel(data, Number(process.argv[3] ?? '3e-4')));
writeFileSync(out, bytes);
console.error(`wrote ${out}: ${(bytes.length / 1024).toFixed(0)} KiB`);
