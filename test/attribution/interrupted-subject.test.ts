import { describe, expect, it } from 'vitest';
import { interruptedSubject } from '../../functions/domain/attribution/interrupted-subject';
import { subjectOf as sourceOf } from './subject-fixture';

const subjectOf = (text: string, cue: string, name?: string) =>
  sourceOf(interruptedSubject, text, cue, name, 'organisation');

describe('a cue right after an interruption of its sentence-opening name', () => {
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
    expect(subjectOf('The firm, however, said so.', 'said')).toBeUndefined();
  });
});
