import { describe, expect, it } from 'vitest';
import type { TokenInfo } from '../../../functions/domain/attribution/features';
import { hearerOff, withHearer } from '../../../functions/domain/attribution/hearer-clause';
import type { Role } from '../../../functions/domain/attribution/tags';
import { runsIn } from '../../attribution/runs-fixture';

/** One sentence's token facts: all in one sentence, each of `names` a person's mention. */
function infoOf(
  text: string,
  tokens: { start: number; end: number }[],
  names: string | string[] = [],
): TokenInfo {
  const ent = new Int32Array(tokens.length + 4);
  for (const name of typeof names === 'string' ? [names] : names) {
    const at = text.indexOf(name);
    tokens.forEach((t, i) => {
      if (t.start >= at && t.end <= at + name.length) ent[i + 2] = t.start === at ? 2 : 3;
    });
  }
  const sentLast = new Int32Array(tokens.length).fill(tokens.length - 1);
  return { ent, sentLast } as unknown as TokenInfo;
}

/** The runs hearerOff leaves for the sentence's telling cue, as text. */
function applied(text: string, parts: [Role, string][], name?: string | string[]) {
  const { seq, runs, cue, read } = runsIn(text, parts);
  return { out: read(hearerOff(seq, infoOf(text, seq.tokens, name), runs, cue)), unchanged: read(runs) };
}

const contentOf = (text: string, content: string, name?: string | string[]) =>
  applied(
    text,
    [
      ['cue', text.match(/\b(?:told|tells|telling|warned)\b/)?.[0] as string],
      ['content', content],
    ],
    name,
  ).out.find(([role]) => role === 'content')?.[1];

/** hearerOff leaves the sentence's telling cue and content as they are. */
function expectUnchanged(text: string, content: string) {
  const cue = text.match(/\b(?:was told|told|tells|tell|warned)\b/)?.[0] as string;
  const { out, unchanged } = applied(text, [
    ['cue', cue],
    ['content', content],
  ]);
  expect(out, text).toEqual(unchanged);
}

describe('the hearer after "told", read into the content', () => {
  it('is left out when a determiner, a pronoun or "that" opens the clause', () => {
    expect(contentOf('He told the BBC the plan was dead.', 'the BBC the plan was dead')).toBe(
      'the plan was dead',
    );
    expect(
      contentOf(
        'He told the Observer his worst moment was in March.',
        'the Observer his worst moment was in March',
      ),
    ).toBe('his worst moment was in March');
    expect(contentOf('He quit, telling the BBC he was tired.', 'the BBC he was tired')).toBe('he was tired');
    expect(contentOf('She told Sky News there was support.', 'Sky News there was support')).toBe(
      'there was support',
    );
    expect(
      contentOf('He has told a court that the charges are false.', 'a court that the charges are false'),
    ).toBe('that the charges are false');
  });

  it('is left out after "warned" too, two hearers joined by "and" among them', () => {
    expect(
      contentOf(
        'The Greens have warned Labour and the Tories they were in danger.',
        'Labour and the Tories they were in danger',
      ),
    ).toBe('they were in danger');
    expect(
      contentOf('He warned the board that the plan would fail.', 'the board that the plan would fail'),
    ).toBe('that the plan would fail');
  });

  it('is left out before a name with a verb, an honorific or a noun with an auxiliary', () => {
    expect(
      contentOf(
        'Sources told the BBC Michael Howard has always backed ID cards.',
        'the BBC Michael Howard has always backed ID cards',
        'Michael Howard',
      ),
    ).toBe('Michael Howard has always backed ID cards');
    expect(
      contentOf('Witnesses told the trial Mr Blake looked agitated.', 'the trial Mr Blake looked agitated'),
    ).toBe('Mr Blake looked agitated');
    expect(
      contentOf('An official told the BBC lessons were being learned.', 'the BBC lessons were being learned'),
    ).toBe('lessons were being learned');
  });

  it('leaves a nationality before a noun with an auxiliary to the clause it opens', () => {
    expectUnchanged(
      'The bank warned European lenders could face higher costs.',
      'European lenders could face higher costs',
    );
    expectUnchanged('Officials told Kenyan farmers would be paid.', 'Kenyan farmers would be paid');
  });

  it('goes on over a preposition and a possessive', () => {
    expect(
      contentOf(
        'He told a meeting of the Police Authority it would be unwise.',
        'a meeting of the Police Authority it would be unwise',
      ),
    ).toBe('it would be unwise');
    expect(
      contentOf(
        "He told BBC One's Breakfast with Frost programme there was no place for it.",
        "BBC One's Breakfast with Frost programme there was no place for it",
      ),
    ).toBe('there was no place for it');
  });

  it('is left out of a content the tagger started inside it', () => {
    expect(
      contentOf(
        "He told BBC Radio 4's Today programme Mr Blair had refused.",
        'Today programme Mr Blair had refused',
      ),
    ).toBe('Mr Blair had refused');
  });
});

describe('what follows "told" with no hearer to leave out', () => {
  it('keeps an object before an infinitive, a story, "told of", "anything" and a passive', () => {
    for (const [text, content] of [
      ['He told refugees from Kosovo to go home.', 'refugees from Kosovo to go home'],
      [
        'The film tells the story of two men who take a road trip.',
        'the story of two men who take a road trip',
      ],
      [
        'He has told of his shock on learning he had a daughter.',
        'of his shock on learning he had a daughter',
      ],
      ['He will not tell the IRS anything it does not know.', 'the IRS anything it does not know'],
      ['He was told he would be released.', 'he would be released'],
      [
        'He told a lunch for journalists winning the election was vital.',
        'a lunch for journalists winning the election was vital',
      ],
    ] as const)
      expectUnchanged(text, content);
  });

  it('keeps a noun phrase after a hearer no name or audience ends, or before no finite verb', () => {
    for (const [text, content] of [
      ['He told the court documents were forged.', 'the court documents were forged'],
      ['He told reporters armed police were there.', 'reporters armed police were there'],
      ['He told reporters ministers wants a vote.', 'reporters ministers wants a vote'],
    ] as const)
      expectUnchanged(text, content);
  });
});

describe('a clause whose start shows no sign, after a named hearer or an audience', () => {
  it('starts at a plain subject before a finite verb', () => {
    expect(contentOf('He told reporters ministers had failed.', 'reporters ministers had failed')).toBe(
      'ministers had failed',
    );
    expect(
      contentOf(
        'She told BBC News Labour MPs would back the bill.',
        'BBC News Labour MPs would back the bill',
        ['BBC News', 'Labour'],
      ),
    ).toBe('Labour MPs would back the bill');
    expect(
      contentOf(
        "He told the Associated Press news agency Acme's withdrawal from the contract was agreed.",
        "the Associated Press news agency Acme's withdrawal from the contract was agreed",
        ['Associated Press', 'Acme'],
      ),
    ).toBe("Acme's withdrawal from the contract was agreed");
    expect(
      contentOf(
        'She told a Commons committee human rights concerns over China remained.',
        'a Commons committee human rights concerns over China remained',
        'Commons',
      ),
    ).toBe('human rights concerns over China remained');
    expect(
      contentOf(
        'He told his monthly news conference Spain had the best deal.',
        'conference Spain had the best deal',
        'Spain',
      ),
    ).toBe('Spain had the best deal');
  });

  it('takes back a content the tagger started at the verb or just past an auxiliary', () => {
    expect(
      contentOf('She told BBC News Labour MPs would back the bill.', 'would back the bill', [
        'BBC News',
        'Labour',
      ]),
    ).toBe('Labour MPs would back the bill');
    expect(contentOf('He told the BBC Leeds were unlikely to win.', 'unlikely to win', 'Leeds')).toBe(
      'Leeds were unlikely to win',
    );
    expect(contentOf("He told the Globe the Greens' plans were a threat.", 'plans were a threat')).toBe(
      "the Greens' plans were a threat",
    );
    expect(contentOf("He told the Globe's Today programme there was no chance.", 'no chance')).toBe(
      'there was no chance',
    );
  });

  it('leaves a content that starts later in the clause, or at a clause of its own, alone', () => {
    for (const [text, content] of [
      ['He told the BBC Leeds were unlikely to win the cup.', 'to win the cup'],
      ['He told CBS This Morning on Monday that the plan would fail.', 'that the plan would fail'],
      ['He told Ann Lee of CNN after the debate, "and we can win."', 'and we can win'],
    ] as const)
      expectUnchanged(text, content);
  });
});

describe('the cue with its hearer, for a cue with no content found', () => {
  it('ends where the clause starts', () => {
    const text = 'He told MPs the Lord Chancellor was insisting on it.';
    const { seq, cue } = runsIn(text, [['cue', 'told']]);
    const { first, last } = withHearer(seq, infoOf(text, seq.tokens), cue);
    expect(text.slice(seq.tokens[first]?.start, seq.tokens[last]?.end)).toBe('told MPs');
  });
});
