import { describe, expect, it } from 'vitest';
import { detectHedges } from '../../functions/domain/checkworthiness/hedges';

describe('detectHedges', () => {
  it.each([
    ['The militia claimed to have downed two drones.', ['claims to have']],
    ['The mayor allegedly took the money.', ['allegedly']],
    ['The so-called reform plan stalled.', ['so-called']],
    ['The convoy was reportedly hit near the border.', ['reportedly']],
    ['The device purportedly cures baldness.', ['purportedly']],
    ['The minister is said to favour a delay.', ['is said to']],
    ['Rates may rise and prices might follow.', ['may', 'might']],
    ['The envoy appears to have left the capital.', ['appears to']],
    ['According to unconfirmed reports, the factory closed.', ['according to unconfirmed reports']],
    ['I think the figures are wrong.', ['i think']],
  ])('finds the markers in %j', (text, markers) => {
    expect(detectHedges(text)).toEqual(markers);
  });

  it('normalizes verb forms to one marker', () => {
    expect(detectHedges('They claim to have won.')).toEqual(['claims to have']);
    expect(detectHedges('Both men were believed to be abroad.')).toEqual(['is believed to']);
    expect(detectHedges('The plan seemed to work.')).toEqual(['seems to']);
    expect(detectHedges('About 120,000 people are expected to attend.')).toEqual(['is expected to']);
    expect(detectHedges('The poll is widely expected to be held in May.')).toEqual(['is expected to']);
    expect(detectHedges('Growth is forecast to slow.')).toEqual(['is forecast to']);
    expect(detectHedges('The talks were widely thought to have failed.')).toEqual(['is thought to']);
  });

  it.each([
    ['Honda\'s robot was "born" five years ago.'],
    ['The brands enjoyed a "successful" year.'],
    ['The "sweet spot" for the industry is the gamer in his late 20s.'],
    ["He urged fans to 'dump' the brands."],
    ['She said "no" twice.'],
    ['He starred in "Harbour Lights" last year.'],
  ])('reads no stance marker in quoted words: %j', (text) => {
    expect(detectHedges(text)).toEqual([]);
  });

  it('keeps the hedges around and inside quoted words', () => {
    expect(detectHedges('The so-called "reform" was "fully justified".')).toEqual(['so-called']);
    expect(detectHedges("The 'alleged' plotters may be freed.")).toEqual(['alleged', 'may']);
  });

  it('does not over-find', () => {
    expect(detectHedges('The budget rose by 4 percent in 2019.')).toEqual([]);
    expect(detectHedges('In May, the council approved the bridge.')).toEqual([]);
    expect(detectHedges('She could swim across the lake as a child.')).toEqual([]);
    expect(detectHedges('The ministers’ report was published on Monday.')).toEqual([]);
    expect(detectHedges('He went according to plan.')).toEqual([]);
  });

  it('reports a marker once, and not again inside a longer one', () => {
    expect(detectHedges('It may rain, and it may snow.')).toEqual(['may']);
    expect(detectHedges('According to unverified reports, troops crossed.')).toEqual([
      'according to unconfirmed reports',
    ]);
  });
});
