import { describe, expect, it } from 'vitest';
import { namesOnly } from '../../functions/domain/attribution/naming-cue';
import { cueClaim } from './text-fixture';

describe('a cue that only gives a name', () => {
  it.each([
    ['The threat was a scruffy little Austrian called Adolf Hitler.', 'called', 'Adolf Hitler', true],
    [
      'It is backed by a trade group called The Travel Partnership.',
      'called',
      'The Travel Partnership',
      true,
    ],
    [
      'Material from their EP called They Liked You Better When You Were Dead.',
      'called',
      'They Liked You Better When You Were Dead',
      true,
    ],
    ['A man named Tom Clarke, who owned homes.', 'named', 'Tom Clarke, who owned homes', true],
    [
      'His group, called the Virginia Conservation Legacy Fund, owns it.',
      'called',
      'the Virginia Conservation Legacy Fund',
      false,
    ],
    [
      'A paper titled How to Foster Investment by Neera Tanden.',
      'titled',
      'How to Foster Investment by Neera Tanden',
      false,
    ],
    ['Yukos called the sale illegal.', 'called', 'the sale illegal', false],
    ['Two children, whom they named Fred and Mary.', 'named', 'Fred and Mary', false],
    ["Ms. Friedan called Mrs. Schlafly an ''Aunt Tom.''", 'called', "Mrs. Schlafly an ''Aunt Tom", false],
    ['On Wednesday Trump called Clinton, his rival, a liar.', 'called', 'Clinton', false],
    ['Mr Smith called Mr Howard "Dracula".', 'called', 'Mr Howard "Dracula"', false],
    [
      'Sullivan named Mr Ebbers as one of five executives.',
      'named',
      'Mr Ebbers as one of five executives',
      false,
    ],
    ['He said Labour would win.', 'said', 'Labour would win', false],
  ])('%s: a name only is %s', (text, cue, content, only) => {
    expect(namesOnly(text, cueClaim(text, cue, content))).toBe(only);
  });
});
