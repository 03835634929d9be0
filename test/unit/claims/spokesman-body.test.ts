import { describe, expect, it } from 'vitest';
import { named, speakerOf } from './article-fixture';

describe('resolveSpeaker: a bare spokesman speaks for the organisation that opens the sentence or the one before', () => {
  it('takes the body the sentence before opens on', () => {
    const text = 'But the Home Office defended the measures. A spokesman said the men were a threat.';
    const entities = [named(text, 'org.home-office', 'ORG', ['Home Office'])];
    expect(speakerOf(text, 'A spokesman', entities)).toBe('org.home-office');
    const however = 'However, the DTI has dismissed the plan. The spokeswoman said it would cost too much.';
    expect(speakerOf(however, 'The spokeswoman', [named(however, 'org.dti', 'ORG', ['DTI'])])).toBe(
      'org.dti',
    );
  });

  it('takes the body that opens its own sentence before it', () => {
    const text = 'Downing Street defended the honours, with a spokesperson saying they were deserved.';
    const entities = [named(text, 'org.downing-street', 'ORG', ['Downing Street'])];
    expect(speakerOf(text, 'a spokesperson', entities)).toBe('org.downing-street');
  });

  it('takes no one when another subject opens the sentence before', () => {
    const text =
      'Netherlands-based group LNM said it welcomed the news. Shares in Mittal rose. A spokesman said so.';
    const entities = [named(text, 'org.lnm', 'ORG', ['LNM']), named(text, 'org.mittal', 'ORG', ['Mittal'])];
    expect(speakerOf(text, 'A spokesman', entities)).toBeNull();
  });

  it('reads no name inside a quotation as the speaker', () => {
    const text = 'Ratings rose. "BBC viewers will see the news," a spokesman said.';
    expect(speakerOf(text, 'a spokesman', [named(text, 'org.bbc', 'ORG', ['BBC'])])).toBeNull();
  });

  it('leaves a spokesman other words tie to as it was', () => {
    const text = 'The Home Office defended the plan. A spokesman for the police said it was wrong.';
    const entities = [
      named(text, 'org.home-office', 'ORG', ['Home Office']),
      named(text, 'org.police', 'ORG', ['police']),
    ];
    expect(speakerOf(text, 'A spokesman for the police', entities)).toBe('org.police');
  });
});

describe('resolveSpeaker: a bare spokesman after a sentence led by a time or a description', () => {
  it('takes the body first named after a time, an article or a short description', () => {
    for (const lead of [
      'On Tuesday Kestrel, the only firm in the red,',
      'Last year Kestrel',
      'A Kestrel official',
    ])
      expect(
        (() => {
          const text = `${lead} confirmed the talks. But a spokesman refused to comment.`;
          return speakerOf(text, 'a spokesman', [named(text, 'org.kestrel', 'ORG', ['Kestrel'])]);
        })(),
        lead,
      ).toBe('org.kestrel');
  });

  it('takes no body a preposition puts after a noun', () => {
    const text = 'Shares in Kestrel rose. A spokesman said so.';
    expect(speakerOf(text, 'A spokesman', [named(text, 'org.kestrel', 'ORG', ['Kestrel'])])).toBeNull();
  });
});

describe('resolveSpeaker: a bare spokesman past sentences that go on about the body', () => {
  it('goes back over "they" and "it" sentences to the body that opens an earlier one', () => {
    const text =
      'But the Tories insisted they would watch the plan. They said they would press ministers. And they pledged to check the cost. "It will do nothing," a spokesman said.';
    expect(speakerOf(text, 'a spokesman', [named(text, 'org.tories', 'ORG', ['Tories'])])).toBe('org.tories');
    const agency =
      'An Acme spokesman said the files were slow. The organisation is aiming to upgrade. Where possible, it hopes to link records. It will help, according to a spokesman.';
    expect(speakerOf(agency, 'a spokesman', [named(agency, 'org.acme', 'ORG', ['Acme'])])).toBe('org.acme');
  });

  it('reads past a fronted clause before the body', () => {
    const text =
      'Despite giving their backing to the cards, the Tories insisted on checks. They said so again. "It is slow," a spokesman said.';
    expect(speakerOf(text, 'a spokesman', [named(text, 'org.tories', 'ORG', ['Tories'])])).toBe('org.tories');
  });

  it('stops at a sentence with another subject', () => {
    const text =
      'The Tories insisted on checks. New technology will be discussed. They said so. A spokesman said it was slow.';
    expect(speakerOf(text, 'A spokesman', [named(text, 'org.tories', 'ORG', ['Tories'])])).toBeNull();
  });
});
