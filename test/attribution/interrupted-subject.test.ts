import { describe, expect, it } from 'vitest';
import { asideHost, interruptedSubject } from '../../functions/domain/attribution/interrupted-subject';
import type { Run } from '../../functions/domain/attribution/tags';
import { tokenize } from '../../functions/domain/text/tokenize';
import { subjectOf as sourceOf } from './subject-fixture';

const subjectOf = (text: string, cue: string, name?: string) =>
  sourceOf(interruptedSubject, text, cue, name, 'organisation');

describe('a cue right after an interruption of its sentence-opening name', () => {
  it('has the name after a fronted time, with or without its comma', () => {
    const lords = 'In December the House of Lords, the highest court, ruled that it was unlawful.';
    expect(subjectOf(lords, 'ruled', 'House of Lords')).toBe('the House of Lords');
    const comma = 'In November, Acme, which owns the mill, forecast a loss.';
    expect(subjectOf(comma, 'forecast', 'Acme')).toBe('Acme');
    const bare = 'In fact the House of Lords, the highest court, ruled that it was unlawful.';
    expect(subjectOf(bare, 'ruled', 'House of Lords')).toBeUndefined();
  });

  it('has the name for source after an aside', () => {
    expect(subjectOf('Vivendi, however, has said that it was public.', 'has said', 'Vivendi')).toBe(
      'Vivendi',
    );
  });

  it('keeps a rank the name begins with, and skips one before it', () => {
    expect(subjectOf('General Motors, however, has said so.', 'has said', 'General Motors')).toBe(
      'General Motors',
    );
    expect(subjectOf('President Bush, however, has said so.', 'has said', 'Bush')).toBe('President Bush');
  });

  it('has the name for source after an apposition or a relative clause, without them', () => {
    expect(
      subjectOf("American, the world's biggest airline, said it expected a loss.", 'said', 'American'),
    ).toBe('American');
    expect(subjectOf('Umbro, which lost deals with Celtic, claims it knew.', 'claims', 'Umbro')).toBe(
      'Umbro',
    );
  });

  it('has none for a list, a passive cue, a cue with no comma before it, or an opening that is no name', () => {
    expect(subjectOf('Vivendi, Sony and EMI, in turn, said so.', 'said', 'Vivendi')).toBeUndefined();
    expect(subjectOf('Vivendi, however, was accused of fraud.', 'was accused of', 'Vivendi')).toBeUndefined();
    expect(subjectOf('Vivendi said so.', 'said', 'Vivendi')).toBeUndefined();
    expect(subjectOf('Shares, which fell, said so.', 'said')).toBeUndefined();
  });
});

describe('a cue right after an interruption of its sentence-opening nominal', () => {
  it('has the nominal for source after a relative clause, a participle or an aside', () => {
    expect(
      subjectOf(
        'The club, which has posted record losses and racked up debts, said it was in trouble.',
        'said',
      ),
    ).toBe('The club');
    expect(subjectOf('The lawsuit, filed in Los Angeles on Friday, says the drink was spiked.', 'says')).toBe(
      'The lawsuit',
    );
    expect(subjectOf('The firm, however, said so.', 'said')).toBe('The firm');
    expect(subjectOf('The German chemicals group, which makes aspirin, said profits rose.', 'said')).toBe(
      'The German chemicals group',
    );
  });

  it('has none when the nominal ends on a name, a verb or an adverb, or holds a comma', () => {
    expect(subjectOf('The Conservatives, who lost, said so.', 'said')).toBeUndefined();
    expect(subjectOf('The firm has, however, said so.', 'has said')).toBeUndefined();
    expect(subjectOf('The year before, which was hard, said nothing.', 'said')).toBeUndefined();
    expect(subjectOf('The firm, its owners and the bank, which all lost, said so.', 'said')).toBeUndefined();
  });
});

describe('an apposition that says whose it is', () => {
  it('is an interruption: "Barclays, Britain\'s third-largest bank, said"', () => {
    expect(subjectOf("Barclays, Britain's third-largest bank, said profits rose.", 'said', 'Barclays')).toBe(
      'Barclays',
    );
    expect(subjectOf('The firm, its owner for a decade, said so.', 'said')).toBe('The firm');
  });
});

describe('an interruption between dashes', () => {
  it('has the name or nominal before it for source', () => {
    expect(
      subjectOf(
        'Deutsche Boerse - whose market capitalisation is more than £3bn - said it could show its offer.',
        'said',
        'Deutsche Boerse',
      ),
    ).toBe('Deutsche Boerse');
    expect(subjectOf("The firm - China's biggest jet fuel supplier - said it would pay.", 'said')).toBe(
      'The firm',
    );
  });

  it('has none when a comma closes what a dash opened', () => {
    expect(subjectOf('The firm - which lost, said it would pay.', 'said')).toBeUndefined();
  });
});

describe('a sentence opened by a conjunction, and a reflexive apposition', () => {
  it('has the name after "But" or "And" for source', () => {
    expect(
      subjectOf(
        'But Ms James, who won the prize in 2003, said arts funding should be separate.',
        'said',
        'Ms James',
      ),
    ).toBe('Ms James');
    expect(subjectOf('And Moya, nicknamed Charly, admitted: "I was nervous."', 'admitted', 'Moya')).toBe(
      'Moya',
    );
  });

  it('reads "itself a target …" as a description', () => {
    expect(
      subjectOf(
        'Deutsche Bank - itself a target of a lawsuit - said it would lend.',
        'said',
        'Deutsche Bank',
      ),
    ).toBe('Deutsche Bank');
  });
});

describe('a name the sentence opens on after words describing it', () => {
  it('has the whole noun phrase for source', () => {
    const firm = 'Security firm Acme, which found the flaw, recommended that users upgrade.';
    expect(subjectOf(firm, 'recommended', 'Acme')).toBe('Security firm Acme');
    const wife = 'His wife Ann, who called the police, said her rings were taken.';
    expect(sourceOf(interruptedSubject, wife, 'said', 'Ann')).toBe('His wife Ann');
    const owned = "The councils' umbrella body Acme, which gave the figures, warned of cuts.";
    expect(subjectOf(owned, 'warned', 'Acme')).toBe("The councils' umbrella body Acme");
  });

  it('has none after an adverb, a time, a preposition or a verb before the name', () => {
    expect(subjectOf('Now Acme, which lost the vote, said it would appeal.', 'said', 'Acme')).toBeUndefined();
    expect(
      subjectOf('During the primary Acme, which lost the vote, said it would appeal.', 'said', 'Acme'),
    ).toBeUndefined();
    expect(subjectOf('Last week Acme, which lost, said it would appeal.', 'said', 'Acme')).toBeUndefined();
    expect(subjectOf('Shares in Acme, which lost, said so.', 'said', 'Acme')).toBeUndefined();
    expect(subjectOf('Fans cheered Acme, which lost, said so.', 'said', 'Acme')).toBeUndefined();
  });
});

describe('a feeling or an -ing word after a be-verb', () => {
  it('is no passive: the interrupted subject holds it', () => {
    expect(
      subjectOf(
        'The company, which is vying for the title, is confident about its prospects.',
        'is confident about',
      ),
    ).toBe('The company');
    expect(subjectOf('Acme, which lost, is hoping to win the match.', 'is hoping', 'Acme')).toBe('Acme');
    expect(subjectOf('Acme, which lost, had been hoping to win.', 'had been hoping', 'Acme')).toBe('Acme');
    expect(subjectOf('Acme, which lost, was hailed for its play.', 'was hailed', 'Acme')).toBeUndefined();
  });
});

/** The host asideHost gives for a source (its words in the text) before the cue. */
function hostOf(text: string, cue: string, source: string, name?: string): string | undefined {
  const tokens = tokenize(text);
  const from = text.indexOf(source);
  const run: Run = {
    role: 'source',
    first: tokens.findIndex((t) => t.start === from),
    last: tokens.findIndex((t) => t.end === from + source.length),
  };
  return sourceOf(
    (seq, info, cues, c) => asideHost(seq, info, cues, c, run),
    text,
    cue,
    name,
    'organisation',
  );
}

describe('a source the linker found inside an aside before the cue', () => {
  it('gives way to the subject the aside describes, between dashes or commas', () => {
    expect(
      hostOf(
        'But Deutsche Bank - itself a target of a Yukos lawsuit - said it would lend.',
        'said',
        'Yukos lawsuit',
        'Deutsche Bank',
      ),
    ).toBe('Deutsche Bank');
    expect(
      hostOf(
        'The firm, which last year made new finds in the Rajasthan area, said the discovery was large.',
        'said',
        'the Rajasthan area',
      ),
    ).toBe('The firm');
  });

  it('stays when it is the subject, when it follows the cue, or when no description sets it apart', () => {
    expect(
      hostOf('Vivendi, however, has said that it was public.', 'has said', 'Vivendi', 'Vivendi'),
    ).toBeUndefined();
    expect(
      hostOf(
        'The firm, which lost money, said so, its chairman Ian Marsh told reporters.',
        'said',
        'Ian Marsh',
      ),
    ).toBeUndefined();
    expect(
      hostOf('Shares in the firm, sources at the bank said, fell.', 'said', 'sources at the bank'),
    ).toBeUndefined();
  });
});
