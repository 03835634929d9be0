import { describe, expect, it } from 'vitest';
import { continuedQuotes } from '../../functions/domain/attribution/continued-quote';
import { annotate } from '../../functions/domain/extract/annotate';
import type { Attribution } from '../../functions/domain/extract/types';

/** The span of each phrase, found in order from the end of the one before. */
function spans(text: string, phrases: string[], from = 0) {
  let at = from;
  return phrases.map((p) => {
    const start = text.indexOf(p, at);
    if (start < 0) throw new Error(`no "${p}" after ${at}`);
    at = start + p.length;
    return { start, end: at };
  });
}

/** An attribution from its phrases: the source, the cue, then the content's fragments. */
function attribution(text: string, source: string | null, cue: string, content: string[]): Attribution {
  const [c] = spans(text, [cue]);
  const from = source ? text.indexOf(source) : 0;
  return {
    source: source ? spans(text, [source], from) : null,
    cue: [c as { start: number; end: number }],
    content: spans(text, content),
  };
}

/** What continuedQuotes makes of the attributions, as [cue, content fragments]. */
function joined(text: string, found: Attribution[], persons: string[] = []) {
  const doc = annotate(text);
  return continuedQuotes(doc, found, undefined, spans(text, persons)).map((a) => [
    text.slice(a.cue[0]?.start, a.cue[0]?.end),
    a.content.map((f) => text.slice(f.start, f.end)),
  ]);
}

describe('a quote that opens the paragraph after its speaker', () => {
  it('goes on with a quote left open at the paragraph end, and leaves a later cue in narration', () => {
    const text = 'Ann Lee said: "Sales rose.\n\n"Costs fell." Bob Day said he was pleased.';
    const ann = attribution(text, 'Ann Lee', 'said:', ['Sales rose.']);
    const bob = attribution(text, 'Bob Day', 'said', ['Costs fell.', 'he was pleased']);
    expect(joined(text, [ann, bob])).toEqual([
      ['said:', ['Sales rose.', 'Costs fell.']],
      ['said', ['he was pleased']],
    ]);
  });

  it("goes on after a paragraph that ends on the speaker's attribution", () => {
    const text = '"Sales rose," said Ann Lee.\n\n"Costs fell."\n\nShares closed higher.';
    const ann = attribution(text, 'Ann Lee', 'said', ['Sales rose,']);
    expect(joined(text, [ann])).toEqual([['said', ['Sales rose,', 'Costs fell.']]]);
  });

  it('takes a quote reopened with no closing mark between (a lost paragraph break), and drops a cue left with nothing', () => {
    const text = '"Sales rose," said Ann Lee.\n\n"Costs fell. "Profit doubled." Bob Day agreed to stay.';
    const ann = attribution(text, 'Ann Lee', 'said', ['Sales rose,']);
    const bob = attribution(text, 'Bob Day', 'agreed', ['Costs fell. "Profit doubled.']);
    expect(joined(text, [ann, bob])).toEqual([['said', ['Sales rose,', 'Costs fell.', 'Profit doubled.']]]);
  });

  it('is left to a cue of its own: in the sentence it closes, or a tag right after it', () => {
    const added = '"Sales rose," said Ann Lee.\n\n"Costs fell," Bob Day added.';
    const own = attribution(added, 'Bob Day', 'added', ['Costs fell,']);
    const ann = attribution(added, 'Ann Lee', 'said', ['Sales rose,']);
    expect(joined(added, [ann, own])).toEqual([
      ['said', ['Sales rose,']],
      ['added', ['Costs fell,']],
    ]);
    const asked = '"Sales rose," said Ann Lee.\n\n"Did costs fall?" Bob Day asked.';
    const tag = attribution(asked, 'Bob Day', 'asked', ['Did costs fall?']);
    const first = attribution(asked, 'Ann Lee', 'said', ['Sales rose,']);
    expect(joined(asked, [first, tag])).toEqual([
      ['said', ['Sales rose,']],
      ['asked', ['Did costs fall?']],
    ]);
  });

  it('goes on when a new sentence after it has a speaker with content of its own', () => {
    const text = '"Sales rose," said Ann Lee.\n\n"Costs fell." Bob Day said he was pleased.';
    const ann = attribution(text, 'Ann Lee', 'said', ['Sales rose,']);
    const bob = attribution(text, 'Bob Day', 'said', ['Costs fell.', 'he was pleased']);
    expect(joined(text, [ann, bob])).toEqual([
      ['said', ['Sales rose,', 'Costs fell.']],
      ['said', ['he was pleased']],
    ]);
  });

  it('stays where it is after narration, for a title, and for a straight mark in a text set with curly ones', () => {
    const narration = '"Sales rose," said Ann Lee, who then left the room.\n\n"Costs fell."';
    const ann = attribution(narration, 'Ann Lee', 'said', ['Sales rose,']);
    expect(joined(narration, [ann])).toEqual([['said', ['Sales rose,']]]);
    const title = '"Sales rose," said Ann Lee.\n\n"Big Day" was a hit in 1990.';
    const lee = attribution(title, 'Ann Lee', 'said', ['Sales rose,']);
    expect(joined(title, [lee])).toEqual([['said', ['Sales rose,']]]);
    const curly = '“Sales rose,” said Ann Lee.\n\n"Costs fell.\n\n“Profit doubled,” said Bob Day.';
    const first = attribution(curly, 'Ann Lee', 'said', ['Sales rose,']);
    expect(joined(curly, [first])).toEqual([['said', ['Sales rose,']]]);
  });

  it('ends at its first sentence when its closing mark was lost and no quote opens the next paragraph', () => {
    const text =
      'Ann Lee said: "Sales rose.\n\n"Costs fell. The firm was founded in 1990.\n\nIt has 12 staff.';
    const ann = attribution(text, 'Ann Lee', 'said:', ['Sales rose.']);
    expect(joined(text, [ann])).toEqual([['said:', ['Sales rose.', 'Costs fell.']]]);
  });

  it('needs an attribution holding the quote before it', () => {
    const text = 'Shares rose. "Sales rose," a sign read.\n\n"Costs fell."';
    expect(joined(text, [])).toEqual([]);
  });
});

describe('a quote that opens the sentence after its speaker, in the same paragraph', () => {
  it('goes on for the attribution the sentence before ends on, with the quotes reopened after it', () => {
    const text =
      'The Cabinet Office said it was reviewing the scheme. "Unions will be consulted. "Costs are rising."';
    const office = attribution(text, 'The Cabinet Office', 'said', ['it was reviewing the scheme']);
    expect(joined(text, [office])).toEqual([
      ['said', ['it was reviewing the scheme', 'Unions will be consulted.', 'Costs are rising.']],
    ]);
  });

  it('goes on for the one that quoted its speaker, before one the sentence ends on', () => {
    const text = '"Chances are slim," says Walter Stone, who said he wrote a study. "The deck is stacked."';
    const stone = attribution(text, 'Walter Stone', 'says', ['Chances are slim,']);
    const study = attribution(text, 'he', 'said', ['he wrote a study']);
    expect(joined(text, [stone, study])).toEqual([
      ['says', ['Chances are slim,', 'The deck is stacked.']],
      ['said', ['he wrote a study']],
    ]);
  });

  it('goes on with a quote reopened after one its speaker holds, with no closing mark between', () => {
    const text = 'He is confident. "I am right," he says. "We must adapt. "Women do that better."';
    const he = attribution(text, 'he', 'says', ['I am right,', 'We must adapt.']);
    expect(joined(text, [he])).toEqual([
      ['says', ['I am right,', 'We must adapt.', 'Women do that better.']],
    ]);
  });

  it('goes on with a quote opened right after the closing mark of one its speaker holds', () => {
    const text = '"Rates will hold," said Ann Lee. "Costs are rising." "Demand is weak." Shares fell.';
    const ann = attribution(text, 'Ann Lee', 'said', ['Rates will hold,', 'Costs are rising.']);
    expect(joined(text, [ann])).toEqual([
      ['said', ['Rates will hold,', 'Costs are rising.', 'Demand is weak.']],
    ]);
    const tagged = '"Rates will hold," said Ann Lee. "Costs are rising." "Demand is weak," Bob Day said.';
    const lee = attribution(tagged, 'Ann Lee', 'said', ['Rates will hold,', 'Costs are rising.']);
    const bob = attribution(tagged, 'Bob Day', 'said', ['Demand is weak,']);
    expect(joined(tagged, [lee, bob])).toEqual([
      ['said', ['Rates will hold,', 'Costs are rising.']],
      ['said', ['Demand is weak,']],
    ]);
  });

  it('takes no narration that marks paired across it: a cue inside with its content outside', () => {
    const text = 'Ann Lee said rates would stay. "Costs fell this year, " she added. "Growth is strong."';
    const ann = attribution(text, 'Ann Lee', 'said', ['rates would stay']);
    const she = attribution(text, 'she', 'added', ['Costs fell this year,']);
    expect(joined(text, [ann, she])).toEqual([
      ['said', ['rates would stay']],
      ['added', ['Costs fell this year,', 'Growth is strong.']],
    ]);
  });

  it('goes on when it is left open at the paragraph end, and on into the quote that opens the next', () => {
    const text = '"Seeding matters," Ann Lee admitted. "I met a top player early.\n\n"That was hard."';
    const ann = attribution(text, 'Ann Lee', 'admitted', ['Seeding matters,']);
    expect(joined(text, [ann])).toEqual([
      ['admitted', ['Seeding matters,', 'I met a top player early.', 'That was hard.']],
    ]);
    const indirect =
      'Ann Lee predicted that sales would rise.\n\n"Costs are falling.\n\n"Prices held," she said.';
    const predicted = attribution(indirect, 'Ann Lee', 'predicted', ['that sales would rise']);
    const she = attribution(indirect, 'she', 'said', ['Prices held,']);
    expect(joined(indirect, [predicted, she], ['Ann Lee'])).toEqual([
      ['predicted', ['that sales would rise', 'Costs are falling.']],
      ['said', ['Prices held,']],
    ]);
  });

  it('stays where it is after a sentence that does not end on its attribution, or one with no source', () => {
    const narration = 'Ann Lee said sales rose, and the firm then moved to Leeds. "Costs fell."';
    const ann = attribution(narration, 'Ann Lee', 'said', ['sales rose']);
    expect(joined(narration, [ann])).toEqual([['said', ['sales rose']]]);
    const sourceless = 'It was said that sales rose. "Costs fell."';
    const none = attribution(sourceless, null, 'said', ['that sales rose']);
    expect(joined(sourceless, [none])).toEqual([['said', ['that sales rose']]]);
  });
});

describe('a quote that opens the paragraph after one ending on a person speaking', () => {
  it('goes on for a named speaker whose indirect speech ends the paragraph before, or "he" quoting before a hearer', () => {
    const indirect = 'Sales fell, said Ann Lee.\n\n"Costs rose. "Prices held."\n\nShares closed higher.';
    expect(joined(indirect, [attribution(indirect, 'Ann Lee', 'said', ['Sales fell'])], ['Ann Lee'])).toEqual(
      [['said', ['Sales fell', 'Costs rose.', 'Prices held.']]],
    );
    const hearer = '"Sales fell," he told Radio Five Live.\n\n"Costs rose."';
    expect(joined(hearer, [attribution(hearer, 'he', 'told', ['Sales fell,'])])).toEqual([
      ['told', ['Sales fell,', 'Costs rose.']],
    ]);
  });

  it('goes on for a named speaker whose sentence ends on a relative clause after the content, not on another clause', () => {
    const relative = 'Ann Lee insists she trusts the keeper, who was signed last summer.\n\n"He will play."';
    const ann = attribution(relative, 'Ann Lee', 'insists', ['she trusts the keeper']);
    expect(joined(relative, [ann], ['Ann Lee'])).toEqual([
      ['insists', ['she trusts the keeper', 'He will play.']],
    ]);
    const clause = 'Ann Lee insists she trusts the keeper, and the club moved to Leeds.\n\n"He will play."';
    const lee = attribution(clause, 'Ann Lee', 'insists', ['she trusts the keeper']);
    expect(joined(clause, [lee], ['Ann Lee'])).toEqual([['insists', ['she trusts the keeper']]]);
  });

  it('goes on after a sentence that ends on its attribution and a sentence adverb ("however")', () => {
    const text = 'He warned farmers against the scheme, however. "I doubt it will work."';
    const he = attribution(text, 'He', 'warned', ['farmers against the scheme']);
    expect(joined(text, [he])).toEqual([['warned', ['farmers against the scheme', 'I doubt it will work.']]]);
  });

  it('goes on after a quote whose tag ends on where or when it was said, not on a clause after that', () => {
    const statement = '"Sales fell," they said in a statement on their website last Friday.\n\n"Costs rose."';
    const they = attribution(statement, 'they', 'said in a statement', ['Sales fell,']);
    expect(joined(statement, [they])).toEqual([['said in a statement', ['Sales fell,', 'Costs rose.']]]);
    const clause = '"Sales fell," they said in a statement, which the firm then withdrew.\n\n"Costs rose."';
    const withdrawn = attribution(clause, 'they', 'said in a statement', ['Sales fell,']);
    expect(joined(clause, [withdrawn])).toEqual([['said in a statement', ['Sales fell,']]]);
  });

  it('stays where it is after a thing or "they" said to speak, or narration after the speaker', () => {
    const thing = 'The restoration revealed some odd items.\n\n"There are scans of a corridor."';
    const restoration = attribution(thing, 'The restoration', 'revealed', ['some odd items']);
    expect(joined(thing, [restoration])).toEqual([['revealed', ['some odd items']]]);
    const they = 'Ann Lee asked who they say they are.\n\n"The end solution is simple."';
    const says = attribution(they, 'they', 'say', ['they are']);
    expect(joined(they, [says], ['Ann Lee'])).toEqual([['say', ['they are']]]);
    const narration = 'Sales fell, said Ann Lee. The firm moved to Leeds.\n\n"Costs rose."';
    const ann = attribution(narration, 'Ann Lee', 'said', ['Sales fell']);
    expect(joined(narration, [ann], ['Ann Lee'])).toEqual([['said', ['Sales fell']]]);
  });
});

describe("a quote after a colon that ends its cue's clause", () => {
  it("is that cue's, with the quotes it reopens, and the clause before the cue leaves its content", () => {
    const text = 'Faced with the claim that rates rose, Ann Lee told the BBC: "I reject that. "Costs fell."';
    const ann = attribution(text, 'Ann Lee', 'told', ['the claim that rates rose']);
    expect(joined(text, [ann])).toEqual([['told', ['I reject that.', 'Costs fell.']]]);
    const added = 'Sales held. He added: "Costs rose. "Prices fell."';
    const he = attribution(added, 'He', 'added:', ['Prices fell.']);
    expect(joined(added, [he])).toEqual([['added:', ['Costs rose.', 'Prices fell.']]]);
  });

  it("is no one's after a colon far from the cue, or one that ends no cue's clause", () => {
    const far = 'Ann Lee said sales rose. The plan is simple: "Cut costs."';
    const ann = attribution(far, 'Ann Lee', 'said', ['sales rose']);
    expect(joined(far, [ann])).toEqual([['said', ['sales rose']]]);
  });
});
