import { describe, expect, it } from 'vitest';
import { extracted } from './text-fixture';

describe('a source the tagger began on a relative "that"', () => {
  it('starts after it before a plural head, and the clause before ends short of it', () => {
    expect(extracted('The price of the shares is also a point that experts highlight.')).toContainEqual([
      'experts',
      'highlight',
      'The price of the shares is also a point',
    ]);
    expect(
      extracted('The new tax credits will boost car sales that industry analysts say will rise next year.'),
    ).toContainEqual([
      'industry analysts',
      'say',
      'The new tax credits will boost car sales … will rise next year',
    ]);
  });

  it('keeps "that" as a determiner before a singular head', () => {
    expect(extracted('That report said prices would rise.')).toContainEqual([
      'That report',
      'said',
      'prices would rise',
    ]);
  });
});
