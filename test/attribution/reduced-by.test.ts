import { describe, expect, it } from 'vitest';
import { reducedBy } from '../../functions/domain/attribution/reduced-by';
import { asText, cueClaim, extracted, sentencesAtStops, sourcedClaim } from './text-fixture';

/** What `reducedBy` makes of the claim of `source` (none if null), `cue` and `content` in `text`, as text. */
function read(text: string, source: string | null, cue: string, content: string) {
  const a = source ? sourcedClaim(text, source, cue, content) : cueClaim(text, cue, content);
  return asText(text, reducedBy(text, sentencesAtStops(text), a));
}

describe('a noun, a bare participle of saying or judging and its "by"-agent', () => {
  it('takes the agent for the source and the noun the tagger took for the source for the content', () => {
    const text = 'Its profit was dwarfed by the $90m announced by rival Acme earlier in the week.';
    expect(read(text, 'the $90m', 'announced', 'by rival Acme earlier in the week')).toEqual([
      'rival Acme',
      'announced',
      'the $90m',
    ]);
    const bracket = 'It was a view echoed by everyone I met).';
    expect(read(bracket, 'a view', 'echoed', 'by everyone I met).')).toEqual([
      'everyone I met',
      'echoed',
      'a view',
    ]);
  });

  it('takes an agent the tagger left to neither role, the noun its content held', () => {
    const text = 'Another worry highlighted by traders was the trade gap.';
    const a = cueClaim(text, 'highlighted', 'Another worry');
    a.content.push({ start: text.indexOf('traders'), end: text.length - 1 });
    expect(asText(text, reducedBy(text, sentencesAtStops(text), a))).toEqual([
      'traders',
      'highlighted',
      'Another worry',
    ]);
  });

  it('takes the words before the participle back to "to" when the tagger made the agent the source', () => {
    const text = 'The party spent £2m, according to figures revealed by the commission on Monday.';
    expect(read(text, 'the commission', 'revealed', 'by the commission on Monday.')).toEqual([
      'the commission',
      'revealed',
      'figures',
    ]);
  });

  it('takes a noun the tagger ran into the cue for the content', () => {
    const text = 'The posters prompted accusations of bias, claims denied by Acme.';
    expect(read(text, 'Acme', 'claims denied', 'by Acme.')).toEqual(['Acme', 'denied', 'claims']);
    const helper = 'The posters prompted accusations of bias, as was denied by Acme.';
    expect(read(helper, 'Acme', 'was denied', 'by Acme.')).toEqual(['Acme', 'was denied', 'by Acme.']);
  });

  it('keeps an "as" complement in the content', () => {
    const text = 'It took a ring described by Sharon as "pure".';
    expect(read(text, 'a ring', 'described', 'by Sharon as "pure"')).toEqual([
      'Sharon',
      'described',
      'a ring … as "pure"',
    ]);
  });

  it('leaves a passive, a means, a deed, an unbroken phrase and a noun cut at a bracket as they are', () => {
    const passive = 'The plan was announced by the minister.';
    expect(read(passive, 'The plan', 'announced', 'by the minister.')).toEqual([
      'The plan',
      'announced',
      'by the minister.',
    ]);
    const means = 'Mr Fox responded by accusing the minister.';
    expect(read(means, 'Mr Fox', 'responded', 'by accusing the minister.')).toEqual([
      'Mr Fox',
      'responded',
      'by accusing the minister.',
    ]);
    const deed = 'The goods offered by Acme are dear.';
    expect(read(deed, 'The goods', 'offered', 'by Acme are dear.')).toEqual([
      'The goods',
      'offered',
      'by Acme are dear.',
    ]);
    const unbroken = 'Solutions suggested by experts include cutting air travel';
    expect(read(unbroken, 'Solutions', 'suggested', 'by experts include cutting air travel')).toEqual([
      'Solutions',
      'suggested',
      'by experts include cutting air travel',
    ]);
    const bracket = 'A plane took off from Zurich (reported by the daily Le Matin).';
    expect(read(bracket, 'Zurich (', 'reported', 'by the daily Le Matin)')).toEqual([
      'Zurich (',
      'reported',
      'by the daily Le Matin)',
    ]);
  });

  it('is how the extractor reads such a noun', () => {
    expect(
      extracted('Another problem highlighted by analysts was the growing trade gap with Ruritania.'),
    ).toEqual([['analysts', 'highlighted', 'Another problem']]);
  });
});
