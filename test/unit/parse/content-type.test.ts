import { describe, expect, it } from 'vitest';
import { parseContentType } from '../../../functions/domain/parse/content-type';

describe('parseContentType', () => {
  it.each([
    ['text/plain', { mime: 'text/plain', params: {} }],
    ['Text/Plain; Charset=KOI8-R', { mime: 'text/plain', params: { charset: 'koi8-r' } }],
    ['text/plain;charset="shift_jis"', { mime: 'text/plain', params: { charset: 'shift_jis' } }],
    [
      'text/html; charset=utf-8; format=flowed ',
      { mime: 'text/html', params: { charset: 'utf-8', format: 'flowed' } },
    ],
    ['text/plain;', { mime: 'text/plain', params: {} }],
    ['text/plain; charset = koi8-r', { mime: 'text/plain', params: { charset: 'koi8-r' } }],
    ['text/plain; name="a \\"b\\""', { mime: 'text/plain', params: { name: 'a "b"' } }],
  ])('%s', (value, parsed) => {
    expect(parseContentType(value)).toEqual(parsed);
  });

  it.each([
    '',
    'text',
    'text/',
    'text/plain charset=utf-8',
    'text/plain; charset',
    'text/plain; charset="utf-8',
    'text/plain; charset=a b',
  ])('refuses %j', (value) => {
    expect(parseContentType(value)).toBeNull();
  });
});
