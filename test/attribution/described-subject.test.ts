import { describe, expect, it } from 'vitest';
import { describedSubject } from '../../functions/domain/attribution/described-subject';
import { subjectOf as sourceOf } from './subject-fixture';

const subjectOf = (text: string, cue: string, name?: string, kind?: 'person' | 'organisation') =>
  sourceOf(describedSubject, text, cue, name, kind);

describe('a cue after "and" or "but" in a sentence opening on a described name', () => {
  it('shares the name with the description before it', () => {
    expect(
      subjectOf(
        'Dutch brewer Heineken saw its profits fall and warned of more.',
        'warned',
        'Heineken',
        'organisation',
      ),
    ).toBe('Dutch brewer Heineken');
    expect(
      subjectOf('Film director Anna Berg left the studio and said she was tired.', 'said', 'Anna Berg'),
    ).toBe('Film director Anna Berg');
    expect(
      subjectOf('Newcastle boss Ian Hart lost again but insisted he would stay.', 'insisted', 'Ian Hart'),
    ).toBe('Newcastle boss Ian Hart');
  });

  it('finds the subject after a lead word or a fronted phrase', () => {
    expect(
      subjectOf('But food charity Oxaid criticised the plan and called for more.', 'called', 'Oxaid'),
    ).toBe('food charity Oxaid');
    expect(subjectOf('In a short speech, he raised taxes but insisted they were fair.', 'insisted')).toBe(
      'he',
    );
  });

  it('gets none for a time, a name before the noun, one of two names, "it" or a passive cue', () => {
    expect(
      subjectOf('Last week Anna Berg left and said she was tired.', 'said', 'Anna Berg'),
    ).toBeUndefined();
    expect(
      subjectOf(
        'Heineken beat rival Carlsberg and said it was pleased.',
        'said',
        'Carlsberg',
        'organisation',
      ),
    ).toBeUndefined();
    expect(
      subjectOf(
        'Greek sprinter Anna Berg and her coach left and claimed they were ill.',
        'claimed',
        'Anna Berg',
      ),
    ).toBeUndefined();
    expect(subjectOf('And it is then simple to pay and demands for cash arrive.', 'demands')).toBeUndefined();
    expect(
      subjectOf('Film director Anna Berg left and was accused of lying.', 'was accused', 'Anna Berg'),
    ).toBeUndefined();
  });
});
