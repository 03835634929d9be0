import { describe, expect, it } from 'vitest';
import { splitSharedQuotes } from '../../functions/domain/attribution/shared-quotes';
import type { Attribution } from '../../functions/domain/extract/types';

const text =
  '"It suggests employment is expanding," said Rick Smith, an economist. "We are not getting the boost we expected." ' +
  '"The economy is producing moderate growth," said Ken Jones of ClearView. "That means few new jobs."';
const at = (s: string) => {
  const start = text.indexOf(s);
  expect(start).toBeGreaterThanOrEqual(0);
  return { start, end: start + s.length };
};
const span = (from: string, to: string) => ({ start: at(from).start, end: at(to).end });
const texts = (a: Attribution) => a.content.map((f) => text.slice(f.start, f.end));
const smith = (content: Attribution['content']): Attribution => ({
  source: [at('Rick Smith')],
  cue: [{ start: at('said Rick').start, end: at('said Rick').start + 4 }],
  content,
});
const jones = (content: Attribution['content']): Attribution => ({
  source: [at('Ken Jones')],
  cue: [{ start: at('said Ken').start, end: at('said Ken').start + 4 }],
  content,
});
const seamed = span('We are not', 'moderate growth');

describe('quotes two attributions share go to one of them', () => {
  it('gives a quote right before a cue to that cue, and the one before to the earlier speaker', () => {
    const out = splitSharedQuotes(text, [
      smith([at('It suggests employment is expanding'), seamed]),
      jones([seamed, at('That means few new jobs.')]),
    ]);
    expect(out.map(texts)).toEqual([
      ['It suggests employment is expanding', 'We are not getting the boost we expected.'],
      ['The economy is producing moderate growth', 'That means few new jobs.'],
    ]);
  });

  it('leaves contents that share nothing as they were, seams included', () => {
    const input = [
      smith([at('It suggests employment is expanding'), seamed]),
      jones([at('That means few new jobs.')]),
    ];
    expect(splitSharedQuotes(text, input)).toEqual(input);
  });

  it('drops an attribution whose whole content belongs to another', () => {
    const out = splitSharedQuotes(text, [
      smith([at('It suggests employment is expanding')]),
      jones([at('It suggests employment is expanding')]),
    ]);
    expect(out).toHaveLength(1);
    expect(out[0]?.source).toEqual([at('Rick Smith')]);
  });

  it('only ever narrows a content, whatever the overlaps', () => {
    for (let s = 0; s < text.length; s += 7) {
      for (let e = s + 5; e <= text.length; e += 11) {
        const input = [smith([{ start: s, end: e }]), jones([seamed])];
        for (const a of splitSharedQuotes(text, input)) {
          const original = input.find((x) => x.source?.[0]?.start === a.source?.[0]?.start) as Attribution;
          for (const f of a.content) {
            expect(f.end).toBeGreaterThan(f.start);
            expect(original.content.some((o) => o.start <= f.start && f.end <= o.end)).toBe(true);
          }
        }
      }
    }
  });

  it('keeps what of a merged content lies outside the quote another cue owns', () => {
    const t = "He said the museum made up for what schools taught. ''We are part of history,'' he said.";
    const r = (x: string) => ({ start: t.indexOf(x), end: t.indexOf(x) + x.length });
    const first: Attribution = {
      source: [r('He')],
      cue: [{ start: 3, end: 7 }],
      content: [{ start: r('the museum').start, end: r('history').end }],
    };
    const second: Attribution = {
      source: [{ start: t.lastIndexOf('he said'), end: t.lastIndexOf('he said') + 2 }],
      cue: [{ start: t.lastIndexOf('said'), end: t.lastIndexOf('said') + 4 }],
      content: [r('We are part of history')],
    };
    const out = splitSharedQuotes(t, [first, second]);
    expect(out.map((a) => a.content.map((f) => t.slice(f.start, f.end)))).toEqual([
      ['the museum made up for what schools taught'],
      ['We are part of history'],
    ]);
  });

  it('gives a quote before a new sentence that tells of someone with content of their own to the speaker before', () => {
    const t =
      '"I hope it shows Mike up," she said. "We are dealing with a hard subject." ' +
      'Leigh, who had three nominations, told the BBC the success was "amazing".';
    const r = (x: string) => ({ start: t.indexOf(x), end: t.indexOf(x) + x.length });
    const shared = r('We are dealing with a hard subject.');
    const staunton: Attribution = {
      source: [r('she')],
      cue: [r('said')],
      content: [r('I hope it shows Mike up'), shared],
    };
    const leigh = (content: Attribution['content']): Attribution => ({
      source: [r('Leigh')],
      cue: [r('told')],
      content,
    });
    const split = (a: Attribution[]) =>
      splitSharedQuotes(t, a).map((x) => x.content.map((f) => t.slice(f.start, f.end)));
    expect(split([staunton, leigh([shared, r('the success was "amazing"')])])).toEqual([
      ['I hope it shows Mike up', 'We are dealing with a hard subject.'],
      ['the success was "amazing"'],
    ]);
    // with nothing after its cue, the tag is the quote's own: `"B." Leigh told the BBC.`
    expect(split([staunton, leigh([shared])])).toEqual([
      ['I hope it shows Mike up'],
      ['We are dealing with a hard subject.'],
    ]);
  });
});
