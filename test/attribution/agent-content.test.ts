import { describe, expect, it } from 'vitest';
import { agentContent } from '../../functions/domain/attribution/agent-content';
import { asText, sourcedClaim } from './text-fixture';

/** What `agentContent` makes of the claim of `source`, `cue` and `content` in `text`, as text. */
function read(text: string, source: string, cue: string, content: string) {
  const a = sourcedClaim(text, source, cue, content);
  const out = agentContent(text, a);
  return out && asText(text, out);
}

describe('a content that is only a passive\'s "by"-agent', () => {
  it('is no claim after a verb of deeds', () => {
    const tariffs = 'Farmers face high tariffs imposed by both developed and developing nations.';
    expect(
      read(tariffs, 'high tariffs', 'imposed', 'by both developed and developing nations'),
    ).toBeUndefined();
    const votes = 'The awards are voted for by readers.';
    expect(read(votes, 'The awards', 'are voted for', 'by readers.')).toBeUndefined();
  });

  it('keeps the subject quoted "by" a paper "as saying" as the source of what follows', () => {
    const text =
      'Chief executive Geoff Dixon was quoted by The Australian newspaper as saying the carrier could not wait.';
    expect(
      read(
        text,
        'Chief executive Geoff Dixon',
        'was quoted',
        'by The Australian newspaper as saying the carrier could not wait',
      ),
    ).toEqual([
      'Chief executive Geoff Dixon',
      'was quoted by The Australian newspaper as saying',
      'the carrier could not wait',
    ]);
  });

  it('makes the agent quoted "as saying" the source after a bare participle', () => {
    const text = 'Dixon, quoted by the Herald as saying the carrier could not wait, left.';
    expect(read(text, 'Dixon', 'quoted', 'by the Herald as saying the carrier could not wait')).toEqual([
      'the Herald',
      'quoted … as saying',
      'the carrier could not wait',
    ]);
  });

  it('leaves a claim after a verb of saying or judging as it is', () => {
    const endorsed = 'The plan has been endorsed by most Republicans.';
    expect(read(endorsed, 'The plan', 'has been endorsed', 'by most Republicans')).toEqual([
      'The plan',
      'has been endorsed',
      'by most Republicans',
    ]);
  });
});
