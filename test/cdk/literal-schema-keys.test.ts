import { describe, expect, it } from 'vitest';
import { literalKeys } from '../../lib/literal-schema-keys';

// the shape of the SDK's generated schemas_0.js: string constants, then shapes keyed by them
const SOURCE = [
  'const _h = "http";',
  'const _e = "error";',
  'const _q = "a\\"b";',
  'const n0 = "com.example";',
  'var Get$ = [9, n0, "Get", { [_h]: ["GET", "/{Key+}", 200], [_e]: _h }, [_h], 0];',
  'var Odd$ = [3, n0, { [_q]: 1, [other]: 2 }];',
  'var picked = Get$[3][_h];',
  'return { Get$, Odd$, picked };',
].join('\n');

describe('literalKeys', () => {
  it('writes a computed key that names a string constant as that string', () => {
    const out = literalKeys(SOURCE);
    expect(out).toContain('{ "http": ["GET", "/{Key+}", 200], "error": _h }');
    // values, array items and member access keep the constant
    expect(out).toContain('[_h], 0]');
    expect(out).toContain('Get$[3][_h]');
    // a constant with an escape, or a name that is no string constant, stays computed
    expect(out).toContain('{ [_q]: 1, [other]: 2 }');
  });

  it('builds the same objects', () => {
    const run = (source: string) => new Function('other', source)('o');
    expect(run(literalKeys(SOURCE))).toEqual(run(SOURCE));
  });
});
