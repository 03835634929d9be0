import { describe, expect, it } from 'vitest';
import { invertedSource } from '../../functions/domain/attribution/inverted-source';
import type { Role } from '../../functions/domain/attribution/tags';
import { ruleOn } from './runs-fixture';

/** One sentence, its runs named by their text as the tagger might have tagged them. */
const tagged = ruleOn(invertedSource);

describe('a speaker after the cue, read as content', () => {
  it('becomes the source after a quote and a comma', () => {
    const { out } = tagged('"My hip was cramping," said the 34-year-old.', [
      ['content', 'My hip was cramping'],
      ['cue', 'said'],
      ['content', 'the 34-year-old'],
    ]);
    expect(out).toEqual([
      ['content', 'My hip was cramping'],
      ['cue', 'said'],
      ['source', 'the 34-year-old'],
    ]);
  });

  it('becomes the source after a paraphrase, and what follows a comma or a circumstance is left out', () => {
    const { out } = tagged('Candidates should get a free mailshot, says the watchdog, which wrote to MPs.', [
      ['content', 'Candidates should get a free mailshot'],
      ['cue', 'says'],
      ['content', 'the watchdog, which wrote to MPs'],
    ]);
    expect(out).toContainEqual(['source', 'the watchdog']);
    expect(out).not.toContainEqual(['content', 'which wrote to MPs']);
    const later = tagged('"Clearly, we lead," declared Wallabies coach Eddie Jones on arrival in Sydney.', [
      ['content', 'Clearly, we lead'],
      ['cue', 'declared'],
      ['content', 'Wallabies coach Eddie Jones on arrival in Sydney'],
    ]);
    expect(later.out).toContainEqual(['source', 'Wallabies coach Eddie Jones']);
  });

  it('opens on a lower-case role word when a name ends it', () => {
    const { out } = tagged('More money is to be given to councils, said housing minister Yvette Cooper.', [
      ['content', 'More money is to be given to councils'],
      ['cue', 'said'],
      ['content', 'housing minister Yvette Cooper'],
    ]);
    expect(out).toContainEqual(['source', 'housing minister Yvette Cooper']);
    const clause = tagged('Prices will rise, said chancellors would agree.', [
      ['content', 'Prices will rise'],
      ['cue', 'said'],
      ['content', 'chancellors would agree'],
    ]);
    expect(clause.out).toEqual(clause.unchanged);
  });

  it('is the source when the content before the comma went untagged, and the clause is left to the fallback', () => {
    const { out } = tagged('Kewell may not recover until March, claims his agent.', [
      ['cue', 'claims'],
      ['content', 'his agent'],
    ]);
    expect(out).toEqual([
      ['cue', 'claims'],
      ['source', 'his agent'],
    ]);
    const object = tagged('Mr Balls won the seat last July, defending the Labour stronghold.', [
      ['cue', 'defending'],
      ['content', 'the Labour stronghold'],
    ]);
    expect(object.out).toEqual(object.unchanged);
    const opening = tagged('Claims his agent were false.', [
      ['cue', 'Claims'],
      ['content', 'his agent'],
    ]);
    expect(opening.out).toEqual(opening.unchanged);
  });

  it("is read after the cue when the tagger's source was the last words of the clause before the comma", () => {
    const { out } = tagged('Games could help pupils learn in the classroom, say researchers.', [
      ['source', 'the classroom'],
      ['cue', 'say'],
      ['content', 'researchers'],
    ]);
    expect(out).toEqual([
      ['cue', 'say'],
      ['source', 'researchers'],
    ]);
    const named = tagged('He is worried after one of its scientists, Abdul Khan, admitted leaking secrets.', [
      ['source', 'Abdul Khan'],
      ['cue', 'admitted'],
      ['content', 'leaking secrets'],
    ]);
    expect(named.out).toEqual(named.unchanged);
    const clause = tagged('The plan was shelved after a review, says the deal is off.', [
      ['source', 'a review'],
      ['cue', 'says'],
      ['content', 'the deal is off'],
    ]);
    expect(clause.out).toEqual(clause.unchanged);
    const goesOn = tagged(
      'In a statement, one of the lawyers, Jo Bloggs, said the tapes show him leaving his car when asked.',
      [
        ['source', 'one of the lawyers, Jo Bloggs'],
        ['cue', 'said'],
        ['content', 'the tapes show him leaving his car when asked'],
      ],
    );
    expect(goesOn.out).toEqual(goesOn.unchanged);
  });

  it('is the words after a reporting verb the tagger left untagged, up to the full stop', () => {
    const { out } = tagged('"It exceeds the benefits," said TCI.', [
      ['content', 'It exceeds the benefits'],
      ['cue', 'said'],
    ]);
    expect(out).toEqual([
      ['content', 'It exceeds the benefits'],
      ['cue', 'said'],
      ['source', 'TCI'],
    ]);
    const plural = tagged('Trust can only be restored by an audit, say the Lib Dems.', [
      ['content', 'Trust can only be restored by an audit'],
      ['cue', 'say'],
    ]);
    expect(plural.out).toContainEqual(['source', 'the Lib Dems']);
    const estimates = tagged('It took $40m in ticket sales, according to studio estimates.', [
      ['content', 'It took $40m in ticket sales'],
      ['cue', 'according to'],
    ]);
    expect(estimates.out).toContainEqual(['source', 'studio estimates']);
    const object = tagged('It exceeds the benefits, stressed the board members of TCI.', [
      ['content', 'It exceeds the benefits'],
      ['cue', 'stressed'],
    ]);
    expect(object.out).toEqual(object.unchanged);
  });

  it('is the words after any one-word cue right after a closed quote', () => {
    const { out } = tagged('"There will be no dancing," assured Mr Wallace.', [
      ['content', 'There will be no dancing'],
      ['cue', 'assured'],
    ]);
    expect(out).toEqual([
      ['content', 'There will be no dancing'],
      ['cue', 'assured'],
      ['source', 'Mr Wallace'],
    ]);
    const replied = tagged('"Yes. I was lying," replied Mr Sullivan.', [
      ['content', 'Yes. I was lying'],
      ['cue', 'replied'],
    ]);
    expect(replied.out).toContainEqual(['source', 'Mr Sullivan']);
    const participle = tagged('"We won," prompting the crowd to cheer.', [
      ['content', 'We won'],
      ['cue', 'prompting'],
    ]);
    expect(participle.out).toEqual(participle.unchanged);
  });

  it('is read after a quote whose last words close an inner quote', () => {
    const { out } = tagged(`"They keep thinking, 'Aren't we clever?'" said the 74-year-old comedian.`, [
      ['content', "They keep thinking, 'Aren't we clever?"],
      ['cue', 'said'],
    ]);
    expect(out).toContainEqual(['source', 'the 74-year-old comedian']);
  });

  it('ends before a relative clause about the speaker', () => {
    const { out } = tagged('"Textphones have problems," said Robert Currington who is taking part.', [
      ['content', 'Textphones have problems'],
      ['cue', 'said'],
      ['content', 'Robert Currington who is taking part'],
    ]);
    expect(out).toContainEqual(['source', 'Robert Currington']);
    const passive = tagged('The cut was a surprise, is widely seen as a response.', [
      ['content', 'The cut was a surprise'],
      ['cue', 'is widely seen as'],
      ['content', 'a response'],
    ]);
    expect(passive.out).toEqual(passive.unchanged);
  });

  it('ends at the full stop when the next sentence goes on quoting', () => {
    const { out } = tagged('"We waited for this game," said Campbell. "We are up for it."', [
      ['content', 'We waited for this game'],
      ['cue', 'said'],
      ['content', 'Campbell. "We are up for it.'],
    ]);
    expect(out).toEqual([
      ['content', 'We waited for this game'],
      ['cue', 'said'],
      ['source', 'Campbell'],
      ['content', '"We are up for it.'],
    ]);
  });

  it('takes a name in apposition into the source, tagged or not', () => {
    const { out } = tagged('"The ban is unfair," said the club secretary, Mary Evans, adding more.', [
      ['content', 'The ban is unfair'],
      ['cue', 'said'],
      ['content', 'the club secretary'],
    ]);
    expect(out).toContainEqual(['source', 'the club secretary, Mary Evans']);
  });

  it('keeps a quote that goes on after the source as content', () => {
    const { out } = tagged('"Usage peaks at night," said Mr Makower, "when they get home."', [
      ['content', 'Usage peaks at night'],
      ['cue', 'said'],
      ['content', 'Mr Makower, "when they get home.'],
    ]);
    expect(out).toEqual([
      ['content', 'Usage peaks at night'],
      ['cue', 'said'],
      ['source', 'Mr Makower'],
      ['content', '"when they get home.'],
    ]);
  });

  it('leaves content that is a clause, a time, a subject with its relative clause, or has a source', () => {
    const cases: [string, [Role, string][]][] = [
      [
        '"Costs rose," said the plan is to cut them.',
        [
          ['content', 'Costs rose'],
          ['cue', 'said'],
          ['content', 'the plan is to cut them'],
        ],
      ],
      [
        '"Costs rose," said Thursday.',
        [
          ['content', 'Costs rose'],
          ['cue', 'said'],
          ['content', 'Thursday'],
        ],
      ],
      [
        '"Costs rose," said on Friday.',
        [
          ['content', 'Costs rose'],
          ['cue', 'said'],
          ['content', 'on Friday'],
        ],
      ],
      [
        'Diageo, which is listed in London, reported an annual turnover of £8bn.',
        [
          ['content', 'which is listed in London'],
          ['cue', 'reported'],
          ['content', 'an annual turnover of £8bn'],
        ],
      ],
      [
        'He said the firm was sold.',
        [
          ['source', 'He'],
          ['cue', 'said'],
          ['content', 'the firm was sold'],
        ],
      ],
      [
        'Costs rose said the firm.',
        [
          ['content', 'Costs rose'],
          ['cue', 'said'],
          ['content', 'the firm'],
        ],
      ],
    ];
    for (const [text, parts] of cases) {
      const { out, unchanged } = tagged(text, parts);
      expect(out, text).toEqual(unchanged);
    }
  });
});

describe('a speaker after the cue, past the content the tagger found', () => {
  it('is a bare plural or mass noun that ends the sentence', () => {
    const { out } = tagged('Spam could be about to undergo a massive increase, say experts.', [
      ['content', 'Spam could be about to undergo a massive increase'],
      ['cue', 'say'],
      ['content', 'experts'],
    ]);
    expect(out).toContainEqual(['source', 'experts']);
    const research = tagged('God games could be educational, says research.', [
      ['content', 'God games could be educational'],
      ['cue', 'says'],
      ['content', 'research'],
    ]);
    expect(research.out).toContainEqual(['source', 'research']);
    const security = tagged('Phishing boomed in 2004, say security experts.', [
      ['content', 'Phishing boomed in 2004'],
      ['cue', 'say'],
      ['content', 'security experts'],
    ]);
    expect(security.out).toContainEqual(['source', 'security experts']);
  });

  it('is no bare time, adverb or clause', () => {
    for (const words of ['yesterday', 'recently', 'again', 'those who feel it should stop']) {
      const text = `Costs rose sharply, said ${words}.`;
      const { out, unchanged } = tagged(text, [
        ['content', 'Costs rose sharply'],
        ['cue', 'said'],
        ['content', words],
      ]);
      expect(out, text).toEqual(unchanged);
    }
  });

  it('counts when a few words the tagger left out lie between the content and the comma, which join the content', () => {
    const { out } = tagged('Prices rose 0.5% in February, says the Nationwide building society.', [
      ['content', 'Prices rose 0.5%'],
      ['cue', 'says'],
      ['content', 'the Nationwide building society'],
    ]);
    expect(out).toEqual([
      ['content', 'Prices rose 0.5% in February'],
      ['cue', 'says'],
      ['source', 'the Nationwide building society'],
    ]);
  });

  it('ends at a dash, and what follows it stays content', () => {
    const { out } = tagged(
      'The plan would boost conservation, says the party - and insulation could save £100.',
      [
        ['content', 'The plan would boost conservation'],
        ['cue', 'says'],
        ['content', 'the party - and insulation could save £100'],
      ],
    );
    expect(out).toEqual([
      ['content', 'The plan would boost conservation'],
      ['cue', 'says'],
      ['source', 'the party'],
      ['content', 'and insulation could save £100'],
    ]);
  });
});
