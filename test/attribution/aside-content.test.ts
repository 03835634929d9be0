import { describe, expect, it } from 'vitest';
import { asideContent } from '../../functions/domain/attribution/aside-content';
import type { Attribution } from '../../functions/domain/extract/types';
import { asText, extracted, sentencesAtStops } from './text-fixture';

/** A claim in `text`: the first `source`, the last `cue`, the first of each content piece. */
function claim(text: string, source: string, cue: string, parts: string[]): Attribution {
  const at = (s: string, i = text.indexOf(s)) => ({ start: i, end: i + s.length });
  return { source: [at(source)], cue: [at(cue, text.lastIndexOf(cue))], content: parts.map((p) => at(p)) };
}

/** The content `asideContent` gives `a` in `text`, with its cue and source and `taken` taken. */
function content(text: string, a: Attribution, taken: string[] = []) {
  const ranges = taken.map((t) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length }));
  const all = [...a.cue, ...(a.source ?? []), ...ranges];
  return asText(text, asideContent(text, sentencesAtStops(text), all, a))[2];
}

describe('a content the tagger opened inside a dashed aside', () => {
  it('starts at the subject the verb after the aside needs', () => {
    const text =
      'Shares fell. Liquidity - a measure of how many parties trade - was about half the usual level, traders said.';
    const a = claim(text, 'traders', 'said', [
      'a measure of how many parties trade - was about half the usual level',
    ]);
    expect(content(text, a)).toBe(
      'Liquidity - a measure of how many parties trade - was about half the usual level',
    );
  });

  it('is how the extractor reads a trailing report after an aside', () => {
    const text =
      'High gas prices and the soaring pound - which damages the standing of exporters - were also having a negative effect, he said.';
    expect(extracted(text)).toContainEqual([
      'he',
      'said',
      'High gas prices and the soaring pound - which damages the standing of exporters - were also having a negative effect',
    ]);
  });

  it('leaves an aside no verb follows, a subordinate clause and a subject holding a cue', () => {
    const noVerb = 'The firm lost money - which he thought bad - in the end, she said.';
    expect(content(noVerb, claim(noVerb, 'she', 'said', ['which he thought bad - in the end']))).toBe(
      'which he thought bad - in the end',
    );
    const subordinate = 'While prices rose - as many feared - were higher, he said.';
    expect(content(subordinate, claim(subordinate, 'he', 'said', ['as many feared - were higher']))).toBe(
      'as many feared - were higher',
    );
    const held = 'Analysts reckon oil - a key input - was dearer, he said.';
    expect(content(held, claim(held, 'he', 'said', ['a key input - was dearer']), ['reckon'])).toBe(
      'a key input - was dearer',
    );
  });
});

describe('an aside before the cue taken as the first piece of its content', () => {
  it('is dropped, the content after the cue kept', () => {
    const text = 'Mr Hawkins - a paraplegic himself - says his customers include amputees.';
    const a = claim(text, 'Mr Hawkins', 'says', ['a paraplegic himself', 'his customers include amputees']);
    expect(content(text, a)).toBe('his customers include amputees');
  });

  it('keeps a first piece no closing dash ends', () => {
    const text = 'Mr Hawkins - a paraplegic himself - says his customers include amputees.';
    const a = claim(text, 'Mr Hawkins', 'says', ['a paraplegic', 'his customers include amputees']);
    expect(content(text, a)).toBe('a paraplegic … his customers include amputees');
  });
});
