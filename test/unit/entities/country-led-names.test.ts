import { describe, expect, it } from 'vitest';
import { idsAndMentions as linked } from './helpers';

describe('a body named with and without the country it opens on', () => {
  it('is one, with the full name\'s id: "US Supreme Court … the Supreme Court"', () => {
    const text = 'The US Supreme Court will hear the case. Lawyers told the Supreme Court it mattered.';
    expect(
      linked(text, [
        ['US Supreme Court', 'ORG'],
        ['Supreme Court', 'ORG'],
      ]),
    ).toEqual([['org.us-supreme-court', ['US Supreme Court', 'Supreme Court']]]);
  });

  it('is one when the UN opens the name: "UN Trusteeship Council … the Trusteeship Council"', () => {
    const text = 'The UN Trusteeship Council met. Envoys told the Trusteeship Council it mattered.';
    expect(
      linked(text, [
        ['UN Trusteeship Council', 'ORG'],
        ['Trusteeship Council', 'ORG'],
      ]),
    ).toEqual([['org.un-trusteeship-council', ['UN Trusteeship Council', 'Trusteeship Council']]]);
  });

  it('leaves a one-word name, another type and a name two countries open apart', () => {
    const text = 'American Motors grew. Motors sold well. The US Grand Tour began; the Grand Tour ended.';
    expect(
      linked(text, [
        ['American Motors', 'ORG'],
        ['Motors', 'ORG'],
        ['US Grand Tour', 'ORG'],
        ['Grand Tour', 'LOC'],
      ]).map(([id]) => id),
    ).toEqual(['org.american-motors', 'org.motors', 'org.us-grand-tour', 'gpe.grand-tour']);
    const two = 'The US Trade Board and the UK Trade Board met. The Trade Board said so.';
    expect(
      linked(two, [
        ['US Trade Board', 'ORG'],
        ['UK Trade Board', 'ORG'],
        ['Trade Board', 'ORG'],
      ]).map(([id]) => id),
    ).toEqual(['org.us-trade-board', 'org.uk-trade-board', 'org.trade-board']);
  });
});
