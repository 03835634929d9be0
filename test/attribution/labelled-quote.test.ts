import { describe, expect, it } from 'vitest';
import { labelledQuotes } from '../../functions/domain/attribution/labelled-quote';
import type { Attribution } from '../../functions/domain/extract/types';
import { asText } from './text-fixture';

const found = (text: string, before: Attribution[] = []) =>
  labelledQuotes(text, before).map((a) => asText(text, a));

describe('a line led by a dash, a label and a colon before a quote', () => {
  it('makes the colon the cue, the label the source and the rest of the line the content', () => {
    const text =
      'The draw was made on Monday.\n\n- Rovers boss Ann Lee: "We know they can hurt us. "We will battle."\n\n - Town coach Bob Day: "It is a fine draw." Town: Ash, Bell. Subs: Cole.';
    expect(found(text)).toEqual([
      ['Rovers boss Ann Lee', ':', 'We know they can hurt us. "We will battle.'],
      ['Town coach Bob Day', ':', 'It is a fine draw.'],
    ]);
  });

  it('leaves a label with a verb of its own, a line with no dash, and a cue found already', () => {
    expect(found('- Rovers said: "We know they can hurt us."')).toEqual([]);
    expect(found('Rovers boss Ann Lee: "We know they can hurt us."')).toEqual([]);
    const text = '- Rovers boss Ann Lee: "We know they can hurt us."';
    const colon = text.indexOf(':');
    const before: Attribution = {
      source: null,
      cue: [{ start: colon, end: colon + 1 }],
      content: [{ start: colon + 3, end: text.length - 1 }],
    };
    expect(found(text, [before])).toEqual([]);
  });
});
