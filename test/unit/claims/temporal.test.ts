import { describe, expect, it } from 'vitest';
import { isTemporal } from '../../../functions/domain/claims/temporal';

describe('isTemporal', () => {
  it.each(['31 December 2023', 'Jan. 5', 'last week', 'in 2020', 'Monday, 3 May'])('%s is a time', (text) =>
    expect(isTemporal(text)).toBe(true),
  );
  it.each(['the report', 'Pentagon spokesman Major Pete Nguyen', 'May', 'the 2020 report', 'G7'])(
    '%s is not only a time',
    (text) => expect(isTemporal(text)).toBe(false),
  );
});
