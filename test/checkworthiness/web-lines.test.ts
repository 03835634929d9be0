import { describe, expect, it } from 'vitest';
import { isCheckableAssertion } from '../../functions/domain/checkworthiness/assertions';
import { isWebLine } from '../../functions/domain/checkworthiness/web-lines';

describe('isWebLine', () => {
  it.each([
    'https://www.example.com/news/article/Town-council-cuts-budget-by-12-percent-14848164.php',
    'www.example.org/2019/11/rates-rise-3-percent',
    '— Jane Doe (@janedoe_) November 18, 2019',
    '— Example News (@examplenews) Nov. 4, 2019',
    'The new app cut prices by 40% for 2 million users https://t.co/AbCdEf123 pic.twitter.com/XyZ987',
    'Updated at 1:23 p.m.',
    'Updated 4:05 PM ET',
    'The Daily Example 12 Main Street, Suite 400 Springfield 20006 | 555-010-0100 tel | 555-010-0199 fax',
    '[1] Noise at night: effects on 2,000 hospital patients, Smith J, Jones K. J Example Med.',
    'Acme Buds Pro wireless earbuds for $129',
    'Zeta Home 2 with charging dock for £59.99',
    'Price Drop: Acme 55" 4K TV (Only at Example Mart) for $299.99 (Originally $450)',
    '25% Off Acme Castle 1,200-Piece Set, Now $89.97',
    '$15 Off Acme Buds Pro on Example Mart',
    '30% Off Zeta Home 2 and Charging Dock Bundle',
  ])('reads %j as a web line, no checkable assertion', (sentence) => {
    expect(isWebLine(sentence)).toBe(true);
    expect(isCheckableAssertion(sentence)).toBe(false);
  });

  it.each([
    'The council cut its budget by 12% in 2019, its website www.example.org says.',
    'Visits to https://www.example.com rose 40% in 2019.',
    '— and prices rose 3% in 2019, the figures show.',
    'Updated at 1:23 p.m., the figures showed prices up 3%.',
    'The hotline, 555-010-0100, took 3,000 calls in 2019.',
    'Up to 99% of alarms need no action[2], the study of 2,000 patients found.',
    'The firm sold the plant for $400 million.',
    'The council bought the land for $2,500, records show.',
    '$15 off the fare is due to 2 million riders, the city said.',
    '20% off its price was the best offer in 2019',
  ])('keeps %j, a sentence of the story', (sentence) => {
    expect(isWebLine(sentence)).toBe(false);
  });
});
