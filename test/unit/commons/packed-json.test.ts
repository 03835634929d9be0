import { describe, expect, it } from 'vitest';
import { unpackJson } from '../../../functions/commons/packed-json';
import { compressModel } from '../../../functions/models/compression';
import { packJson } from '../../../lib/packed-json-imports';

const TABLE = [
  { id: 'gpe.somewhere', name: 'Somewhere', type: 'GPE', aliases: ['SW', 'S.W.'] },
  { id: 'org.a-body', name: 'A Body', type: 'ORG', aliases: [], inContext: { names: ['Body'], beside: [] } },
];

describe('packed JSON', () => {
  it('unpacks to the table it packed, keys in their order', () => {
    const text = JSON.stringify(TABLE, null, 2);
    const unpacked = unpackJson(packJson(text), 'table.json');
    expect(unpacked).toEqual(TABLE);
    expect(JSON.stringify(unpacked)).toBe(JSON.stringify(TABLE));
  });

  it('names the file when the packed text is corrupt', () => {
    const packed = packJson(JSON.stringify(TABLE));
    expect(() => unpackJson(`AAAA${packed.slice(4)}`, 'table.json')).toThrow(
      /packed table\.json does not decompress/,
    );
    const cut = compressModel(Buffer.from('{"id": "gpe.somewh')).toString('base64');
    expect(() => unpackJson(cut, 'table.json')).toThrow(/packed table\.json is not JSON/);
  });
});
