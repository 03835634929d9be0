import { describe, expect, it } from 'vitest';
import { contentSubject } from '../../functions/domain/attribution/content-subject';
import type { Run } from '../../functions/domain/attribution/tags';
import { tokenize } from '../../functions/domain/text/tokenize';

/** The source contentSubject finds for the cue, the tagger having marked `content` as content; as text. */
function subjectOf(text: string, cue: string, content: string): string | undefined {
  const tokens = tokenize(text);
  const seq = { tokens, sentence: new Int32Array(tokens.length) };
  const run = (role: Run['role'], words: string, from = text.indexOf(words)): Run => ({
    role,
    first: tokens.findIndex((t) => t.start === from),
    last: tokens.findIndex((t) => t.end === from + words.length),
  });
  const c = run('cue', cue);
  const found = contentSubject(seq, [run('content', content), c], [c], c);
  return found && text.slice(tokens[found.first]?.start, tokens[found.last]?.end);
}

describe('a subject the tagger marked as content before an interruption and a cue', () => {
  it('is the source, with the interruption tagged too or alone', () => {
    const american = "American, the world's biggest airline by some measures, said it expected a loss.";
    expect(subjectOf(american, 'said', "American, the world's biggest airline by some measures")).toBe(
      'American',
    );
    expect(subjectOf(american, 'said', "the world's biggest airline by some measures")).toBe('American');
    expect(
      subjectOf(
        'Local press, meanwhile, have reported that talks will start.',
        'have reported',
        'Local press, meanwhile',
      ),
    ).toBe('Local press');
  });

  it('is the source with a figure between, or a fronted phrase before', () => {
    expect(subjectOf('A small number, 17%, said they would not miss it.', 'said', 'A small number')).toBe(
      'A small number',
    );
    const firm = "Of the payment, the firm - China's biggest fuel supplier - said it would pay.";
    expect(subjectOf(firm, 'said', "Of the payment, the firm - China's biggest fuel supplier")).toBe(
      'the firm',
    );
  });

  it('takes in a name set off after the subject: the name it goes by', () => {
    const ups = "Separately, the world's largest delivery company, UPS, said it had placed an order.";
    expect(subjectOf(ups, 'said', "the world's largest delivery company")).toBe(
      "the world's largest delivery company, UPS",
    );
  });

  it('is none for a clause, a list, a passive or raising cue, or a cue with no interruption before it', () => {
    expect(
      subjectOf('It was over, the end of an era, said the fans.', 'said', 'It was over'),
    ).toBeUndefined();
    expect(
      subjectOf(
        'Sony, EMI and Warner, which all lost, said so.',
        'said',
        'Sony, EMI and Warner, which all lost',
      ),
    ).toBeUndefined();
    expect(
      subjectOf('Shares, which fell, were expected to rise.', 'were expected', 'Shares, which fell'),
    ).toBeUndefined();
    expect(subjectOf('The firm said it would pay.', 'said', 'The firm')).toBeUndefined();
    expect(
      subjectOf('No one, including the mayor, seems to care.', 'seems', 'No one, including the mayor'),
    ).toBeUndefined();
  });
});
