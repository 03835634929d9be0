import { describe, expect, it } from 'vitest';
import { overCommaAside } from '../../functions/domain/attribution/comma-aside';
import { asText, extracted, sentencesAtStops, sourcedClaim } from './text-fixture';

/** The content `overCommaAside` gives the claim of `source`, `cue` and `content` in `text`. */
function content(text: string, source: string, cue: string, found: string, taken: string[] = []) {
  const claim = sourcedClaim(text, source, cue, found);
  const ranges = taken.map((t) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length }));
  return asText(text, overCommaAside(text, sentencesAtStops(text), [...claim.cue, ...ranges], claim))[2];
}

describe('a content cut where a relative clause set off by commas opens', () => {
  it('goes on over the clause to the end of the clause it interrupts', () => {
    const text =
      'He said the money spent on the trust, which backs wind farms, would be better spent on boilers. Few agreed.';
    expect(content(text, 'He', 'said', 'the money spent on the trust')).toBe(
      'the money spent on the trust, which backs wind farms, would be better spent on boilers',
    );
    const who = 'She played down fears that the host, who is known for his jokes, might upset anyone.';
    expect(content(who, 'She', 'played down fears', 'that the host')).toBe(
      'that the host, who is known for his jokes, might upset anyone',
    );
    const to = 'The council is seeking to amend the bill, which goes to a vote soon, to set a minimum fee.';
    expect(content(to, 'The council', 'is seeking', 'to amend the bill')).toBe(
      'to amend the bill, which goes to a vote soon, to set a minimum fee',
    );
  });

  it('goes on over a participle and its preposition the same way', () => {
    const text = 'He says the lease, signed in 1999, is no longer valid.';
    expect(content(text, 'He', 'says', 'the lease')).toBe('the lease, signed in 1999, is no longer valid');
    const adverb = 'Officials announced that the pilot, previously accused of smuggling, will be freed.';
    expect(content(adverb, 'Officials', 'announced', 'that the pilot')).toBe(
      'that the pilot, previously accused of smuggling, will be freed',
    );
  });

  it('leaves a participle no verb of the subject follows, or one with no preposition', () => {
    const text = 'He praised the team, backed by its fans, and thanked the coach.';
    expect(content(text, 'He', 'praised', 'the team')).toBe('the team');
    const bare = 'He said the plan, unexpected and costly, was dropped.';
    expect(content(bare, 'He', 'said', 'the plan')).toBe('the plan');
  });

  it('leaves a relative clause no verb of the subject follows', () => {
    const text = 'He praised the team, which won the cup, and thanked the fans.';
    expect(content(text, 'He', 'praised', 'the team')).toBe('the team');
    const list = 'He said costs, including wages and rent, are rising.';
    expect(content(list, 'He', 'said', 'costs')).toBe('costs');
  });

  it('leaves a cue ending on a preposition, and a stretch over another cue', () => {
    const text = 'He spoke of the plan, which few liked, was dropped.';
    expect(content(text, 'He', 'spoke of', 'the plan')).toBe('the plan');
    const other = 'Critics claim the law, which the EU says is needed, is little more than a law on ideas.';
    expect(content(other, 'Critics', 'claim', 'the law', ['says'])).toBe('the law');
  });

  it('leaves a content before its cue', () => {
    const text = 'The lease, signed in 1999, is no longer valid, he says.';
    expect(content(text, 'he', 'says', 'The lease')).toBe('The lease');
  });

  it('is how the extractor reads a subject a relative clause interrupts', () => {
    const text =
      'Critics claim the rule, which the ministers backed last year, is little more than a tax on ideas.';
    expect(extracted(text)).toContainEqual([
      'Critics',
      'claim',
      'the rule, which the ministers backed last year, is little more than a tax on ideas',
    ]);
    const participle =
      'Critics claim the rule, drafted by the ministers last year, is little more than a tax on ideas.';
    expect(extracted(participle)).toContainEqual([
      'Critics',
      'claim',
      'the rule, drafted by the ministers last year, is little more than a tax on ideas',
    ]);
  });
});
