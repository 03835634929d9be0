import { describe, expect, it } from 'vitest';
import { detectHedges } from '../../functions/domain/checkworthiness/hedges';

describe('quoted terms are no scare quotes', () => {
  it.each([
    ['The agency classed the bonds as "investment grade" last year.'],
    ['The tool is known as an "aggregator".'],
    ['Some words always confuse readers, such as "affect".'],
    ['The band, whose name means "old friends", split in 1990.'],
    ['The number of flaws considered "critical" rose.'],
    ['The "new orders" index rose to 60.'],
    ['She ticked the "don\'t know" box again.'],
    ["The long-running 'stalk and slash' series returns."],
    ["A rock 'n' roll legend topped the chart."],
  ])('finds none in %j', (text) => {
    expect(detectHedges(text)).toEqual([]);
  });

  it('keeps the writer keeping a distance', () => {
    expect(detectHedges('The firm\'s "successful" year ended in losses.')).toEqual([
      'scare quotes: successful',
    ]);
    expect(detectHedges('The group calls its raids "peacekeeping" operations.')).toEqual([
      'scare quotes: peacekeeping',
    ]);
    expect(detectHedges("The robot was 'born' in a lab, a 'pet' for a rich few.")).toEqual([
      'scare quotes: born',
      'scare quotes: pet',
    ]);
  });
});
