/*
 * zod/mini rather than classic zod, for every schema the ingest and batch
 * handlers reach: the ingest bundle has a 3 MB budget, and classic zod took
 * ~100 KB of it (its methods keep the whole library), zod/mini ~44 KB.
 * zod/mini loads no locale, so its messages would be a bare "Invalid input":
 * the English one (~3 KB) is loaded here, once, so a bad value's error still
 * names the problem, word for word as classic zod did ("Too small: expected
 * string to have >=1 characters"). The api's classic schemas compose these.
 */
import { en } from 'zod/locales';
import { config } from 'zod/mini';

// the English locale alone: `locales.en()` through the namespace bundles all of them
config(en());

export * from 'zod/mini';
