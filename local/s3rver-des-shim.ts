import crypto from 'node:crypto';

let installed = false;

/**
 * s3rver encrypts ListObjectsV2 continuation tokens with DES, which
 * OpenSSL 3 (Node 17+) no longer offers, so listing more than 1,000 keys
 * fails with an internal error. The token is opaque and s3rver decrypts it
 * itself, so DES is swapped for AES-128-CBC with the key and IV doubled.
 * Only the 'des' algorithm is touched.
 */
export function installS3rverDesShim(): void {
  if (installed) return;
  installed = true;
  const { createCipheriv, createDecipheriv } = crypto;
  const widen = (b: Buffer) => Buffer.concat([b, b]);
  type Args = Parameters<typeof createCipheriv>;
  (crypto as { createCipheriv: unknown }).createCipheriv = (algorithm: string, key: Args[1], iv: Args[2]) =>
    algorithm === 'des'
      ? createCipheriv('aes-128-cbc', widen(key as Buffer), widen(iv as Buffer))
      : createCipheriv(algorithm, key, iv);
  (crypto as { createDecipheriv: unknown }).createDecipheriv = (
    algorithm: string,
    key: Args[1],
    iv: Args[2],
  ) =>
    algorithm === 'des'
      ? createDecipheriv('aes-128-cbc', widen(key as Buffer), widen(iv as Buffer))
      : createDecipheriv(algorithm, key, iv);
}
