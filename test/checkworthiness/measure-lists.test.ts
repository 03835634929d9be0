import { describe, expect, it } from 'vitest';
import { isCheckableAssertion } from '../../functions/domain/checkworthiness/assertions';
import { isMeasureList } from '../../functions/domain/checkworthiness/measure-lists';

describe('isMeasureList', () => {
  it.each([
    '1 scoop whey powder, 1 cup raspberries, 8 oz. oat milk (or 1 tsp. peanut butter and 8 oz. water)',
    'Daily Containers: 2 Green, 1 Red, 1 Yellow, 1 tsp.',
    'Bean Salad [½ cup black beans, 1 cup rice (or 1 slice toast), 1 tsp. olive oil]',
    'Lentil Soup (1 cup lentils, ½ cup carrots), 1 cup grapes',
    'Reading time: 3 minutes',
    'Performance Recover, 1 cup blueberries',
    '30 minutes before bed',
  ])('finds the list of amounts %j, which is no checkable assertion', (sentence) => {
    expect(isMeasureList(sentence)).toBe(true);
    expect(isCheckableAssertion(sentence)).toBe(false);
  });

  it.each([
    'However, 30 people died in the fire.',
    'Shares rose 5%, and 2 firms cut 300 jobs.',
    'Sales: 5 million were sold in 2004.',
    'Chelsea, 12 points clear, have won 20 of 25 games.',
    'Spurs, 3 goals ahead at the break.',
    '30 minutes before the end Spurs scored twice',
  ])('leaves %j, which states its fact', (sentence) => {
    expect(isMeasureList(sentence)).toBe(false);
    expect(isCheckableAssertion(sentence)).toBe(true);
  });
});
