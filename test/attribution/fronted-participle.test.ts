import { describe, expect, it } from 'vitest';
import { frontedParticiples } from '../../functions/domain/attribution/fronted-participle';
import type { Attribution } from '../../functions/domain/extract/types';
import { asText, cueClaim, extracted, sentencesAtStops, sourcedClaim } from './text-fixture';

/** What `frontedParticiples` makes of the participle claim, given the main clause's claim, as text. */
function read(text: string, participle: Attribution, main: Attribution) {
  return asText(text, frontedParticiples(text, sentencesAtStops(text), [participle, main])[0] as Attribution);
}

describe('a participle cue that opens its sentence with no source', () => {
  it("takes the source of the report its phrase leads up to, its content ending at the phrase's comma", () => {
    const text = 'Outlining her transport plans, Ms Green said the scheme would cut congestion.';
    const main = sourcedClaim(text, 'Ms Green', 'said', 'the scheme would cut congestion');
    expect(read(text, cueClaim(text, 'Outlining', 'her transport plans'), main)).toEqual([
      'Ms Green',
      'Outlining',
      'her transport plans',
    ]);
    const quoted = 'Describing the coach as "a fair man", the striker said he would stay.';
    const striker = sourcedClaim(quoted, 'the striker', 'said', 'he would stay');
    expect(read(quoted, cueClaim(quoted, 'Describing', 'the coach as "a fair man"'), striker)).toEqual([
      'the striker',
      'Describing',
      'the coach as "a fair man"',
    ]);
    const over =
      'Explaining why the robot rolls, Ken Ito, from the firm\'s laboratory, said: "Wheels are safer."';
    const ito = sourcedClaim(over, "Ken Ito, from the firm's laboratory", 'said:', 'Wheels are safer.');
    const participle = cueClaim(
      over,
      'Explaining',
      "why the robot rolls, Ken Ito, from the firm's laboratory",
    );
    expect(read(over, participle, ito)).toEqual([
      "Ken Ito, from the firm's laboratory",
      'Explaining',
      'why the robot rolls',
    ]);
  });

  it('leaves a participle of time, place or topic, one inside its sentence and a source not right after the comma', () => {
    const following = 'Following claims that troops had crossed, Mr Straw said the reports were false.';
    const straw = sourcedClaim(following, 'Mr Straw', 'said', 'the reports were false');
    const claims = cueClaim(following, 'Following claims', 'that troops had crossed');
    expect(read(following, claims, straw)).toEqual([null, 'Following claims', 'that troops had crossed']);
    const inside = 'Fans cheered, chanting his name, and the manager said it was deserved.';
    const manager = sourcedClaim(inside, 'the manager', 'said', 'it was deserved');
    expect(read(inside, cueClaim(inside, 'chanting', 'his name'), manager)).toEqual([
      null,
      'chanting',
      'his name',
    ]);
    const later = 'Recalling the "Great Game," the old rivalry of empires, he says little has changed.';
    const he = sourcedClaim(later, 'he', 'says', 'little has changed');
    expect(read(later, cueClaim(later, 'Recalling', 'the "Great Game'), he)).toEqual([
      null,
      'Recalling',
      'the "Great Game',
    ]);
    const after = 'Announcing the plans, said Mr Reed, the party would cut taxes.';
    const reed = sourcedClaim(after, 'Mr Reed', 'said', 'the party would cut taxes');
    expect(read(after, cueClaim(after, 'Announcing', 'the plans'), reed)).toEqual([
      null,
      'Announcing',
      'the plans',
    ]);
  });

  it('takes the source after a preposition that opens the phrase, but "Despite"', () => {
    const text = 'After announcing its decision, the EU said the target year would be 2005.';
    const eu = sourcedClaim(text, 'the EU', 'said', 'the target year would be 2005');
    expect(read(text, cueClaim(text, 'announcing', 'its decision'), eu)).toEqual([
      'the EU',
      'announcing',
      'its decision',
    ]);
    const despite = 'Despite urging to ease the peg, officials insist they are not ready.';
    const officials = sourcedClaim(despite, 'officials', 'insist', 'they are not ready');
    expect(read(despite, cueClaim(despite, 'urging', 'to ease the peg'), officials)).toEqual([
      null,
      'urging',
      'to ease the peg',
    ]);
    const but = 'But announcing the plans, Mr Reed said the party would cut taxes.';
    const reed = sourcedClaim(but, 'Mr Reed', 'said', 'the party would cut taxes');
    expect(read(but, cueClaim(but, 'announcing', 'the plans'), reed)).toEqual([
      null,
      'announcing',
      'the plans',
    ]);
  });

  it('after a preposition, takes a pronoun subject right after the comma when the main clause reports nothing', () => {
    const text = 'While saying he liked the plan, he criticised its cost.';
    const main = cueClaim(text, 'criticised', 'its cost');
    expect(read(text, cueClaim(text, 'saying', 'he liked the plan, he criticised its cost'), main)).toEqual([
      'he',
      'saying',
      'he liked the plan',
    ]);
    const bare = 'Fearing the worst, she called a doctor.';
    expect(read(bare, cueClaim(bare, 'Fearing', 'the worst'), cueClaim(bare, 'called', 'a doctor'))).toEqual([
      null,
      'Fearing',
      'the worst',
    ]);
  });

  it('is given its speaker by the extractor', () => {
    const [participle] = extracted(
      'Outlining her transport plans, Ms Green said the scheme would cut congestion.',
    );
    expect(participle?.slice(0, 2)).toEqual(['Ms Green', 'Outlining']);
  });
});
