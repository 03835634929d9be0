import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import { namedInQuotes, statesNothing } from '../../../functions/domain/claims/no-statement';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Attribution, CheckworthinessScorer } from '../../../functions/domain/extract/types';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: (s) => (/\d/.test(s) ? 0.9 : 0.1) };

describe('statesNothing', () => {
  it('reads a hedge of the writer as no statement, with or without a source', () => {
    for (const cue of [
      'appears',
      'seemed',
      'would seem',
      'did not seem',
      'now appears',
      'appeared to',
      'seems:',
    ])
      expect(statesNothing(cue, true, ' to be so.'), cue).toBe(true);
  });

  it('reads a name given by no one as no statement, and one given "by" someone as one', () => {
    for (const cue of [
      'was named',
      'has been nominated',
      'is also nominated',
      'were called',
      'is described as',
    ])
      expect(statesNothing(cue, false, ' the best film.'), cue).toBe(true);
    expect(statesNothing('was named', false, ' the best film by critics.')).toBe(false);
    expect(statesNothing('was named', true, ' the best film.')).toBe(false);
  });

  it('reads a thing done as no statement, unless a clause says what was said', () => {
    for (const cue of ['has unveiled', 'also signed', 'launching', 'follows'])
      expect(statesNothing(cue, true, ' its first humanoid robot.'), cue).toBe(true);
    expect(statesNothing('unveiled', true, ' that it would cut 84,000 jobs.')).toBe(false);
    expect(statesNothing('signed a letter saying', true, ' the war was illegal.')).toBe(false);
    for (const cue of ['have appointed', 'appointed', 'has now appointed'])
      expect(statesNothing(cue, true, ' a new chief executive to the board.'), cue).toBe(true);
  });

  it('reads a reputation or a name given after something as no statement, with or without a source', () => {
    for (const cue of [
      'best known for',
      'is best known for',
      'is now as well known for',
      'are known as',
      "'s known as",
      'became known as',
      'named after',
      'was reputedly named after',
      'named in',
    ])
      expect(statesNothing(cue, true, ' his work on Spider-Man.'), cue).toBe(true);
  });

  it('reads a reputation not held as no statement', () => {
    for (const cue of [
      'hasn’t been known for',
      "isn't known for",
      'has never been known for',
      'is not known as',
    ])
      expect(statesNothing(cue, false, ' such investment.'), cue).toBe(true);
  });

  it('reads a referral to someone as no statement, but not a thing referred to', () => {
    expect(statesNothing('referred', true, ' him to an urgent care clinic.')).toBe(true);
    expect(statesNothing('referred the call', true, ' to the police.')).toBe(true);
    expect(statesNothing('has referred', true, ' the case to prosecutors.')).toBe(true);
    expect(statesNothing('referred', true, ' to a period of so-called cowboy capitalism.')).toBe(false);
    expect(statesNothing('referred to', true, ' it as a blunder.')).toBe(false);
    expect(statesNothing('refers in passing to', true, ' the booing.')).toBe(false);
  });

  it('reads a nomination as no statement, whoever nominates', () => {
    for (const cue of [
      'is nominated for',
      'nominated for',
      'are both nominated for',
      'nominated',
      'once nominated',
    ])
      expect(statesNothing(cue, true, ' three Oscars.'), cue).toBe(true);
  });

  it('reads a deal made or turned down as no statement, but not a claim turned down', () => {
    const deals: [string, string][] = [
      ['has agreed', ' a new deal with adidas to supply the kit.'],
      ['also agreed', ' a four-year deal with an energy drink company.'],
      ['agreed', ' settlements with the SEC.'],
      ['have agreed', ' a fee for the player.'],
      ['has rejected', ' a takeover offer worth 3.1bn dollars.'],
      ['have rejected', ' a third bid from Rangers.'],
      ['have approved', ' the deal.'],
    ];
    for (const [cue, rest] of deals) expect(statesNothing(cue, true, rest), cue).toBe(true);
    expect(statesNothing('rejected', true, ' the claim that a deal had been done.')).toBe(false);
    expect(statesNothing('rejected', true, ' claims of a secret deal.')).toBe(false);
    expect(statesNothing('agreed', true, ' that the deal was fair.')).toBe(false);
    expect(statesNothing('agreed', true, ' to pay $850m.')).toBe(false);
    // the object is sought within five words only: a deal further on is another clause's
    expect(statesNothing('rejected', true, ` ${'word '.repeat(6)}the deal.`)).toBe(false);
  });

  it('reads goods ordered or bought as no statement, but not an order given nor an idea bought', () => {
    const goods: [string, string][] = [
      ['has ordered', ' 30 Acme A900 planes in a $2bn deal.'],
      ['recently ordered', ' four new ships for its fleet.'],
      ['ordered', ' a broadband data upgrade to its network.'],
      ['bought', ' two used jets from a rival.'],
    ];
    for (const [cue, rest] of goods) expect(statesNothing(cue, true, rest), cue).toBe(true);
    expect(statesNothing('has ordered', true, ' a review of the rules.')).toBe(false);
    expect(statesNothing('ordered', true, ' 30 projects halted.')).toBe(false);
    expect(statesNothing('ordered', true, ' that the planes be grounded.')).toBe(false);
    expect(statesNothing('bought', true, ' the idea that jets were safe.')).toBe(false);
  });

  it('reads a purchase or merger agreed as no statement, but not a sum agreed to be paid', () => {
    const purchases: [string, string][] = [
      ['agreed', ' to buy its former parent for about $16bn.'],
      ['has agreed', ' to acquire a rival brewer.'],
      ['agreed to', ' take over the club.'],
    ];
    for (const [cue, rest] of purchases) expect(statesNothing(cue, true, rest), cue).toBe(true);
    expect(statesNothing('agreed', true, ' to withdraw his bill.')).toBe(false);
    expect(statesNothing('agreed to', true, ' pay $2bn to exit the deal.')).toBe(false);
  });

  it('reads goods or services on offer as no statement, but not an offer to act nor words offered', () => {
    const goods: [string, string][] = [
      ['offer', ' services which permit modern banking.'],
      ['offered', ' less protection.'],
      ['are also offering', ' more complex tools for managing photos.'],
      ['also offers', ' a free, web-based syncing service.'],
      ['offers', ' a powerful reminder of the role voters play.'],
    ];
    for (const [cue, rest] of goods) expect(statesNothing(cue, true, rest), cue).toBe(true);
    expect(statesNothing('offered', true, ' to buy the remaining shares.')).toBe(false);
    expect(statesNothing('offered', true, ' his congratulations.')).toBe(false);
  });

  it('reads "known" with its preposition after it as a reputation, but not words known to have been said', () => {
    for (const rest of [' as the Coral Consortium.', ' to millions for her roles.', ' only by his initials.'])
      expect(statesNothing('known', false, rest), rest).toBe(true);
    expect(statesNothing('are well known', true, ' to fans across the Atlantic.')).toBe(true);
    expect(statesNothing('is well known', true, ' for his temper.')).toBe(true);
    expect(statesNothing('known', true, ' to have said it.')).toBe(false);
  });

  it('reads a bare "named" before an origin, a place or a prize as no statement, but not a naming with its object', () => {
    for (const rest of [
      ' after a freshwater lake.',
      ' in midfield.',
      ' in honour of an athlete.',
      ' best actor.',
      ' the best drama.',
    ])
      expect(statesNothing('named', true, rest), rest).toBe(true);
    expect(statesNothing('named', true, ' it best feature film.')).toBe(false);
    expect(statesNothing('named', true, ' three tabloids as the worst offenders.')).toBe(false);
  });

  it('reads "not named" as anyone but the one named', () => {
    expect(statesNothing('not named', true, ' Smith have work to do.')).toBe(true);
    expect(statesNothing('named', true, ' Smith as the winner.')).toBe(false);
  });

  it('reads a title defended as no statement, but not a policy defended', () => {
    expect(statesNothing('defending', false, ' champion Andy Roddick rallied.')).toBe(true);
    expect(statesNothing('is the defending', true, ' world cross country champion.')).toBe(true);
    expect(statesNothing('against defending', false, ' champion Croatia.')).toBe(true);
    expect(statesNothing('defending', true, ' the plans against critics.')).toBe(false);
  });

  it('reads a listing on an exchange or in a table as no statement, but not a role listed', () => {
    for (const [cue, rest] of [
      ['is listed on', ' the London Stock Exchange.'],
      ['are listed', ' on the Nasdaq index.'],
      ['could be listed on', ' the stock market.'],
      ['was listed', ' in third place.'],
    ])
      expect(statesNothing(cue as string, true, rest as string), cue).toBe(true);
    expect(statesNothing('is listed', true, ' as the chairman of the group.')).toBe(false);
    expect(statesNothing('listed', true, ' several discussion groups.')).toBe(false);
  });

  it('reads a deed foreseen or timetabled as no statement, but not words foreseen', () => {
    for (const [cue, rest] of <[string, string][]>[
      ['are likely to see', ' the percentage of debt they receive fall.'],
      ['is unlikely to regret', ' his decision.'],
      ['is due to consider', ' the request on Monday.'],
      ['are set to learn', ' if they will face criminal charges.'],
      ['are also likely', ' to pack in more features.'],
    ])
      expect(statesNothing(cue, true, rest), cue).toBe(true);
    for (const [cue, rest] of <[string, string][]>[
      ['is likely to defend', " his party's handling of the bill."],
      ['is due to announce', ' which constituency he will run in.'],
      ['is set to call for', ' a maximum fine.'],
      ['is likely to show', ' that prices fell.'],
      ['likely', ' to see a rise.'],
      ['is set', ' a target.'],
    ])
      expect(statesNothing(cue, true, rest), cue).toBe(false);
  });

  it('reads an interest held as no statement, not a saying verb before it', () => {
    for (const cue of [
      'are far more interested in',
      'were interested in',
      "aren't interested in",
      'interested',
    ])
      expect(statesNothing(cue, true, ' letting him join them.'), cue).toBe(true);
    expect(statesNothing('said he was interested in', true, ' buying the club.')).toBe(false);
    expect(statesNothing('are uninterested', true, ' in the result.')).toBe(false);
  });

  it('reads "keen" alone as a noun\'s modifier, not a wish voiced', () => {
    expect(statesNothing('keen', true, ' to get more out of their customers.')).toBe(true);
    expect(statesNothing('is keen', true, ' to add the marathon record.')).toBe(false);
    expect(statesNothing('keen', false, ' net users have shown that the policy fails.')).toBe(false);
  });

  it("reads a player's quality shown as no statement, but not what figures show", () => {
    for (const [cue, rest] of [
      ['showed', ' great composure to get into position.'],
      ['certainly showed', ' some nice touches.'],
      ['have shown', ' their determination to win this final.'],
    ])
      expect(statesNothing(cue as string, true, rest as string), cue).toBe(true);
    expect(statesNothing('showed', true, ' consumer confidence fell in May.')).toBe(false);
    expect(statesNothing('showed', true, ' that the form was filled in late.')).toBe(false);
  });

  it('reads what is not revealed or known as no statement', () => {
    for (const cue of ['was not revealed', 'has not been revealed', 'is not yet known', 'were not disclosed'])
      expect(statesNothing(cue, false, '.'), cue).toBe(true);
    expect(statesNothing('was revealed', false, '.')).toBe(false);
    for (const cue of [
      'were not announced',
      'wasn’t announced',
      "hasn't been announced",
      'is not yet announced',
    ])
      expect(statesNothing(cue, false, '.'), cue).toBe(true);
    expect(statesNothing('has not yet announced', true, ' whether it will bid.')).toBe(false);
    expect(statesNothing('was announced', false, '.')).toBe(false);
  });

  it('reads an attempt as no statement, unless it aims at words', () => {
    for (const cue of ['also attempted to', 'is attempting', 'have been attempting'])
      expect(statesNothing(cue, true, ' to cut subsidies in 2003.'), cue).toBe(true);
    expect(statesNothing('is attempting', true, ' to suggest that the stories were fictions.')).toBe(false);
    expect(statesNothing('attempted to', true, ' portray him as a carpetbagger.')).toBe(false);
  });

  it('reads a thing approved or backed by someone as no statement, unless it reports a decision', () => {
    for (const cue of ['is backed', 'has finally been approved', 'was signed'])
      expect(statesNothing(cue, true, ' by a New York-based trade group.'), cue).toBe(true);
    expect(statesNothing('backed', true, ' by 100 firms including Sony.')).toBe(true);
    expect(statesNothing('backed', true, ' the proposals.')).toBe(false);
    expect(statesNothing('was endorsed', true, ' by three independent companies.')).toBe(false);
    expect(statesNothing('was approved', false, ' that the plan would go ahead.')).toBe(false);
  });

  it('reads a product released as no statement, but not a statement, data or list released', () => {
    const products: [string, string][] = [
      ['has released', ' a trial tool.'],
      ['was released on', ' the same week.'],
      ['have been released on', ' bail.'],
      ['recently released', ' a new album, Astronaut.'],
      ['is released', ', especially when the program is not a game.'],
    ];
    for (const [cue, rest] of products) expect(statesNothing(cue, true, rest), cue).toBe(true);
    expect(statesNothing('released', true, ' a statement on Monday.')).toBe(false);
    expect(statesNothing('released', true, ' new data on house prices.')).toBe(false);
    expect(statesNothing('has released', true, ' its list of targets.')).toBe(false);
    expect(statesNothing('released a statement saying', true, ' it was over.')).toBe(false);
  });

  it("reads thanks and a meeting's purpose as things done", () => {
    for (const cue of ['thanked', 'to discuss', 'to promote'])
      expect(statesNothing(cue, true, ' the latest proposal.'), cue).toBe(true);
    expect(statesNothing('to discuss', true, ' whether to cut rates.')).toBe(true);
  });

  it("reads a rule imposed, a choice made and a thing's design as no statement, unless the design aims at words", () => {
    for (const cue of [
      'imposed',
      'has imposed',
      'were imposed',
      'imposed a range of',
      'opted out of',
      'has opted for',
    ])
      expect(statesNothing(cue, true, ' bail conditions on Mr Doherty.'), cue).toBe(true);
    for (const cue of ['are designed to encourage', 'is designed to', 'designed to show'])
      expect(statesNothing(cue, true, ' people to organise them.'), cue).toBe(true);
    expect(statesNothing('designed to', true, ' paint him as a fraud.')).toBe(false);
  });

  it("reads a thing's purpose in the passive as no statement", () => {
    for (const cue of ['is intended', 'was intended', 'was never intended', 'were intended'])
      expect(statesNothing(cue, true, ' to help first-time buyers.'), cue).toBe(true);
    expect(statesNothing('was intended', false, ' as a way to fight back.')).toBe(true);
    expect(statesNothing('intended', true, ' to work in childcare.')).toBe(false);
    expect(statesNothing('is intended', true, ' to reassure voters.')).toBe(false);
  });

  it('reads a deed kept up as no statement, but not words, a stance or a clause kept up', () => {
    for (const [cue, rest] of <[string, string][]>[
      ['continued to', ' come second best in tight spots.'],
      ['continued to show', ' rapid growth.'],
      ['have continued to', ' perform strongly, however.'],
      ['continued to perform strongly at', ' the box office.'],
      ['will continue to ignore', ' the warnings.'],
    ])
      expect(statesNothing(cue, true, rest), cue).toBe(true);
    for (const [cue, rest] of <[string, string][]>[
      ['continues to insist', ' that the plan will work.'],
      ['continued to warn', ' that prices may fall.'],
      ['continued to', ' question the figures.'],
      ['continued to show', ' she is improving.'],
      ['continued to', ' show that the plan works.'],
      ['continued', '. "We are happy."'],
    ])
      expect(statesNothing(cue, true, rest), cue).toBe(false);
  });

  it('reads a thing planned as no statement, but not a plan to do something', () => {
    for (const [cue, rest] of <[string, string][]>[
      ['is planning', ' HDTV services in 2006.'],
      ['is planning', ' a party in Leeds this spring.'],
      ['has previously planned', " the party's election strategy."],
      ['are already planning on', ' spreading the model.'],
      ['is not planning', ' a sale.'],
    ])
      expect(statesNothing(cue, true, rest), cue).toBe(true);
    for (const [cue, rest] of <[string, string][]>[
      ['is planning', ' to cut 500 jobs.'],
      ['is planning', ' for a long campaign.'],
      ['was planning', ' how to respond.'],
      ['plans', ' a new tax on fuel.'],
      ['planning', ' Minister Julio De Vido has offered help.'],
    ])
      expect(statesNothing(cue, true, rest), cue).toBe(false);
  });

  it('reads a duty as no statement, not a duty to speak', () => {
    for (const cue of [
      'have to recall',
      'is obliged to consider',
      'will have to fight',
      'has still to decide',
    ])
      expect(statesNothing(cue, true, ' the cars.'), cue).toBe(true);
    expect(statesNothing('had to explain', true, ' the delay.')).toBe(false);
    expect(statesNothing('have to accept', true, ' that prices will rise.')).toBe(false);
  });

  it('reads an award won and a cast as no statement', () => {
    for (const cue of ['took the best supporting', 'took best supporting', 'a cast of', 'is cast on'])
      expect(statesNothing(cue, true, ' actor award for Closer.'), cue).toBe(true);
  });

  it('reads a call made as no statement, but not a call for or on someone, nor a name called', () => {
    expect(statesNothing('called', true, ' the police, said her rings were taken.')).toBe(true);
    expect(statesNothing('called', true, ' in administrators on Friday.')).toBe(true);
    expect(statesNothing('have called off', true, ' a demonstration.')).toBe(true);
    expect(statesNothing('called time on', true, ' England earlier this year.')).toBe(true);
    expect(statesNothing('calling', true, ' time on his career.')).toBe(true);
    expect(statesNothing('is called up to', true, ' the replacements.')).toBe(true);
    expect(statesNothing('has called', true, ' a truce in its battle.')).toBe(true);
    expect(statesNothing('called', true, ' the plans "dangerous".')).toBe(false);
    expect(statesNothing('has called for', true, ' an inquiry.')).toBe(false);
    expect(statesNothing('called on', true, ' the police to act.')).toBe(false);
    expect(statesNothing('call', true, ' in the stock market "a flight to quality".')).toBe(false);
    expect(statesNothing('called up', true, ': "We are going to take you through hell."')).toBe(false);
  });

  it('reads an offer refused as no statement, but not a refusal to speak', () => {
    expect(statesNothing('refused', true, ' a severance package.')).toBe(true);
    expect(statesNothing('refused', true, ' to comment on the deal.')).toBe(false);
    expect(statesNothing('refused to say', true, ' whether he would stay.')).toBe(false);
  });

  it('reads a player ruled out or a side that ruled the roost as no statement, but not a ruling', () => {
    for (const rest of [
      ' him out of the Kooyong Classic.',
      ' Smith, the 2003 champion, out of her semi-final.',
      ' the roost, Wales lost all five.',
    ])
      expect(statesNothing('ruled', true, rest), rest).toBe(true);
    for (const rest of [' that the act was lawful.', ' out a comeback this year.', ' the ban was lawful.'])
      expect(statesNothing('ruled', true, rest), rest).toBe(false);
  });

  it('reads a shot struck as no statement, but not a critic who blasted someone', () => {
    for (const rest of [
      ' in a shot that James parried.',
      ' the ball home.',
      ' wide when clear.',
      ' over a good opportunity.',
    ])
      expect(statesNothing('blasted', true, rest), rest).toBe(true);
    expect(statesNothing('blasted', true, ' the government for its failure.')).toBe(false);
  });

  it('reads a score conceded or turned down as no statement, but not a point or defeat conceded in words', () => {
    for (const [cue, rest] of [
      ['conceded', ' a penalty close to their own line.'],
      ['have conceded', ' six goals in two games.'],
      ['conceding', ' goals at the back.'],
      ['refused', ' a possible three points to kick for the corner.'],
    ])
      expect(statesNothing(cue as string, true, rest as string), cue).toBe(true);
    for (const rest of [
      ' that his side had given away too many penalties.',
      ' defeat on Wednesday.',
      ' the goals were soft ones.',
      ' the point that more work was needed.',
    ])
      expect(statesNothing('conceded', true, rest), rest).toBe(false);
  });

  it('reads a score added in a match report as no statement, but not words added', () => {
    for (const [cue, rest] of [
      ['added', ' three assists to lead the visitors.'],
      ['added', ' a goal and an assist, and the home side won.'],
      ['added', ' his ninth for the club as the hosts won.'],
      ['adding', ' the conversion.'],
      ['also added', ' a late penalty.'],
      ['added', ' the relay crown to his indoor title.'],
    ])
      expect(statesNothing(cue as string, true, rest as string), rest).toBe(true);
    for (const rest of [
      ' that two goals had been enough.',
      ' a second reason for the delay.',
      ' the points were well deserved.',
      '.',
    ])
      expect(statesNothing('added', true, rest), rest).toBe(false);
  });

  it('reads a fall by a figure as no statement, but not a refusal', () => {
    for (const [cue, rest] of [
      ['declined', ' 0.3%, while the other index fell.'],
      ['have declined', ' by 40% since May.'],
      ['declined', ' about $2 to close at $40.'],
    ])
      expect(statesNothing(cue as string, true, rest as string), rest).toBe(true);
    for (const rest of [
      ' to comment on the figures.',
      ' the offer of 20 million euros.',
      ' 20 offers this year.',
    ])
      expect(statesNothing('declined', true, rest), rest).toBe(false);
  });

  it('reads an event concluded as no statement, but not a finding', () => {
    for (const [cue, rest] of [
      ['concluded', ' its second public hearing on the plan.'],
      ['will conclude', ' its presidency of the bloc by pushing a bill through.'],
      ['concludes', ' May 3rd in Leeds.'],
    ])
      expect(statesNothing(cue as string, true, rest as string), rest).toBe(true);
    for (const rest of [
      ' that the plan was sound.',
      ' the hearing had been unfair.',
      ' no change was needed.',
    ])
      expect(statesNothing('concluded', true, rest), rest).toBe(false);
  });

  it("reads a player's position as no statement, but not a defender of a cause", () => {
    expect(statesNothing('defender', true, ' looked suspiciously offside.')).toBe(true);
    expect(statesNothing('central defender', false, ' Lorenzo Amoruso is moving closer to fitness.')).toBe(
      true,
    );
    expect(statesNothing('defender', true, ' of the Affordable Care Act.')).toBe(false);
  });

  it('reads the noun "notes" with no source as no statement, but not the verb', () => {
    expect(statesNothing('notes', false, ' so that he can read weather maps.')).toBe(true);
    expect(statesNothing('notes', false, ' to individually coloured pixels.')).toBe(true);
    expect(statesNothing('notes', true, ' the declines will help exporters.')).toBe(false);
  });

  it('reads a deed or a share as no statement, but not one with a verb of saying', () => {
    for (const cue of [
      'accounts for about',
      'mail accounts for',
      'is carrying out',
      'to score',
      'overtaking the combined length of',
      'being offset against',
      'touched down',
      'are entering',
      'have earned praise for',
      'was won by',
      'whipping out',
      'have pervaded thinking about',
      'granted',
      'exploit',
      'have also been investigating',
    ])
      expect(statesNothing(cue, true, ' it.'), cue).toBe(true);
    expect(statesNothing('entered the debate saying', true, ' it was wrong.')).toBe(false);
    expect(statesNothing('investigated claims saying', true, ' it was wrong.')).toBe(false);
    expect(statesNothing('scorned', true, ' the plan.')).toBe(false);
  });

  it("reads a body's line of work as no statement, but not a speaker's focus", () => {
    expect(statesNothing('is mainly focused on', true, ' the local market.')).toBe(true);
    expect(statesNothing('are focused on', true, ' small firms.')).toBe(true);
    expect(statesNothing('focused on', true, ' his years in the army.')).toBe(false);
  });

  it('reads a study or inquiry ("is looking at", "also looked at") as no statement, but not "looks like"', () => {
    expect(statesNothing('is looking at', true, ' his decision to give her free tickets.')).toBe(true);
    expect(statesNothing('also looked at', true, ' issues of nationality.')).toBe(true);
    expect(statesNothing('is to look at', true, ' a proposal to sell its gold.')).toBe(true);
    expect(statesNothing('looks like', true, ' the deal will fail.')).toBe(false);
  });

  it('reads a topic discussed as no statement, but not someone discussing it', () => {
    expect(statesNothing('was discussed', false, ' at a science conference.')).toBe(true);
    expect(statesNothing('will be discussed with', false, ' interested parties.')).toBe(true);
    expect(statesNothing('is being discussed', false, '.')).toBe(true);
    expect(statesNothing('discussed', true, ' the challenges facing the industry.')).toBe(false);
    expect(statesNothing('was discussing', true, ' his plan.')).toBe(false);
  });

  it('reads complaints counted or received as no statement, but not complaints that something is so', () => {
    expect(statesNothing('complaints', false, ' were internet-related.')).toBe(true);
    expect(statesNothing('complaints', false, ', comprising 16% of the total.')).toBe(true);
    expect(statesNothing('complaints', false, ' were received about his activities.')).toBe(true);
    expect(statesNothing('complaints', true, ' from some MPs that the plan is late.')).toBe(false);
    expect(statesNothing('complaints', false, ' that the plan is late.')).toBe(false);
  });

  it('reads a withdrawal, a rival beaten and what a thing is about as no statement', () => {
    expect(statesNothing('withdrew', true, " from Bath's team for Friday's clash.")).toBe(true);
    expect(statesNothing('has withdrawn from', true, ' the race.')).toBe(true);
    expect(statesNothing('shocked', true, ' Pete Sampras in the final.')).toBe(true);
    expect(statesNothing('is about', true, ' a convicted man trying to rebuild his life.')).toBe(true);
    expect(statesNothing('withdrew', true, ' his remarks on Monday.')).toBe(false);
    expect(statesNothing('shocked', true, ' that the plan had failed.')).toBe(false);
    expect(statesNothing('was shocked', true, ' by the verdict.')).toBe(false);
    expect(statesNothing('is about', true, ' to announce a rise.')).toBe(false);
  });

  it('reads an asking price as no statement, but not someone asking', () => {
    expect(statesNothing('asking', true, ' price of a home fell.')).toBe(true);
    expect(statesNothing('asking', true, ' him to apologise.')).toBe(false);
  });

  it('reads a team announced as no statement, but not a clause about a team', () => {
    expect(statesNothing('will announce', true, ' his starting line-up on Wednesday.')).toBe(true);
    expect(statesNothing('announced', true, ' the squad.')).toBe(true);
    expect(statesNothing('announced', true, ' the team would be sold.')).toBe(false);
    expect(statesNothing('announced', true, ' a rise in profits.')).toBe(false);
  });

  it("reads the writer's forecast with no source as no statement, but not someone's expectation", () => {
    for (const cue of [
      'is expected',
      'are widely expected',
      'is not expected',
      'had been expected',
      'will be expected',
      'it is expected',
      'widely expected',
      'is forecast',
      'has been widely predicted',
      'are projected',
    ])
      expect(statesNothing(cue, false, ' to attend the show.'), cue).toBe(true);
    expect(statesNothing('is expected', true, ' to attend the show.')).toBe(false);
    expect(statesNothing('is expected', false, ' by analysts to rise.')).toBe(false);
    expect(statesNothing('had expected', false, ' more.')).toBe(false);
    expect(statesNothing('predicted', false, ' that it will outperform the market.')).toBe(false);
    expect(statesNothing('is expected to say', false, ' that taxes will rise.')).toBe(false);
  });

  it('reads an impersonal expectation with a that-clause as a report, not a forecast', () => {
    expect(statesNothing('it is expected', false, ' that both sides will meet on Friday.')).toBe(false);
    expect(statesNothing('is predicted', false, ' that sales will double.')).toBe(false);
    expect(statesNothing('was widely expected', false, ' that the firm would win.')).toBe(false);
  });

  it('reads a question put with no source as no statement, but not one a speaker asks', () => {
    for (const cue of ['Asked', 'asked', 'Asked about', 'when asked', 'Asked for'])
      expect(statesNothing(cue, false, ' whether he would stand again, he said no.'), cue).toBe(true);
    expect(statesNothing('asked', true, ' whether the plan was legal.')).toBe(false);
  });

  it('reads a question or request put to the subject in the passive, with no asker, as no statement', () => {
    for (const cue of [
      'was asked',
      'were asked',
      'have been asked',
      'are being asked',
      'was also asked',
      'be asked',
    ])
      expect(statesNothing(cue, false, ' to vote on their favourite.'), cue).toBe(true);
    expect(statesNothing('was asked', false, ' whether he would stand again.')).toBe(true);
    expect(statesNothing('was asked', false, ' by G7 ministers to carry out a study.')).toBe(false);
    expect(statesNothing('was asked', true, ' to leave.')).toBe(false);
  });

  it('reads people questioned in the passive with no source, or for a poll, as no statement', () => {
    for (const cue of [
      'were questioned',
      'were questioned for',
      'have been questioned',
      'was repeatedly questioned',
    ])
      expect(statesNothing(cue, false, ' on the sales they expect.'), cue).toBe(true);
    expect(statesNothing('questioned for', true, ' a survey have shown little interest.')).toBe(true);
    expect(statesNothing('questioned', true, ' 2,104 adults online, found that most would vote.')).toBe(true);
    expect(statesNothing('was questioned', false, ' by a rival who doubted it.')).toBe(false);
    expect(statesNothing('have questioned', true, ' whether the court has any say.')).toBe(false);
    expect(statesNothing('questioned', true, ' the study that found prices rose.')).toBe(false);
    expect(statesNothing('were questioned', true, ' over the plans.')).toBe(false);
  });

  it('reads one questioned by police, a judge or a prosecutor, or "questioned about" with no source, as no statement', () => {
    expect(statesNothing('will be questioned', false, ' by a judge over the next few days.')).toBe(true);
    expect(statesNothing('were questioned by', false, ' UK police before being released.')).toBe(true);
    expect(statesNothing('Questioned', true, ' by the prosecution, Ms Lee said her plan had failed.')).toBe(
      true,
    );
    expect(statesNothing('Questioned about', false, ' the flood, he said his faith held.')).toBe(true);
    expect(statesNothing('has been questioned by', false, " the party's former president.")).toBe(false);
    expect(statesNothing('questioned about', true, ' the plan.')).toBe(false);
    expect(statesNothing('questioned', true, ' the police figures.')).toBe(false);
  });

  it('reads a vote cast and an award or programme presented as no statement', () => {
    for (const cue of [
      'voted against',
      'voted unanimously',
      'have already voted',
      'are poised to vote against',
      'voted in October to approve',
    ])
      expect(statesNothing(cue, true, ' the plans.'), cue).toBe(true);
    expect(statesNothing('was voted', true, ' best album by readers.')).toBe(false);
    expect(statesNothing('voted against the plan saying', true, ' it was flawed.')).toBe(false);
    expect(statesNothing('presented', true, ' the best actress award.')).toBe(true);
    expect(statesNothing('also presented', true, " children's television shows in the 1980s.")).toBe(true);
    expect(statesNothing('presented', true, ' the board with detailed proposals.')).toBe(false);
    expect(statesNothing('presented', true, ' the findings as a turning point.')).toBe(false);
  });

  it('reads a win, a prize or lives claimed as no statement', () => {
    expect(statesNothing('claimed', true, ' victory.')).toBe(true);
    expect(statesNothing('held on to claim', true, ' a deserved win.')).toBe(true);
    expect(statesNothing('claiming', false, ' her second national title.')).toBe(true);
    expect(statesNothing('has so far claimed', false, ' more than 1,000 lives.')).toBe(true);
    expect(statesNothing('claimed', true, ' the win was a fluke.')).toBe(false);
    expect(statesNothing('claimed', true, ' he would win the seat.')).toBe(false);
    expect(statesNothing('claimed', true, ' that the title was fixed.')).toBe(false);
    expect(statesNothing('claims', true, ' the plan will cost jobs.')).toBe(false);
  });

  it('reads a hope no one holds as no statement, but not a hope that a clause follows or the verb', () => {
    expect(statesNothing('hopes of', false, ' a deal last year, talks stalled.')).toBe(true);
    expect(statesNothing('hope of', false, ' a recovery.')).toBe(true);
    expect(statesNothing('hopes', false, ' for strong growth in air travel.')).toBe(true);
    expect(statesNothing('hopes of', true, ' a recovery.')).toBe(false);
    expect(statesNothing('hopes', false, ' that the slump is over.')).toBe(false);
    expect(statesNothing('hopes', false, ' to join the group next year.')).toBe(false);
    expect(statesNothing('has sparked hopes', false, ' of a recovery.')).toBe(false);
  });

  it('reads a cause that weighed a thing down as no statement', () => {
    expect(statesNothing('weighed down by', false, ' soaring oil prices.')).toBe(true);
    expect(statesNothing('was heavily weighed down by', true, ' debts.')).toBe(true);
    expect(statesNothing('weighed', true, ' up the options.')).toBe(false);
  });

  it('leaves cues that say something', () => {
    for (const cue of [
      'said',
      'appeared to say',
      'seemed to suggest',
      'named',
      'was quoted as saying',
      'known to have said',
      'claims',
    ])
      expect(statesNothing(cue, false, ' so.'), cue).toBe(false);
  });
});

/** Claims built from one attribution given by its cue and content words. */
function claimsOf(text: string, cue: string, content: string) {
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const a: Attribution = { source: null, cue: [at(cue)], content: [at(content)] };
  return buildClaims(annotate(text), [a], [], scorer).claims;
}

describe('buildClaims with a cue that states nothing', () => {
  it('makes no attributed claim, and leaves the sentence to be an unattributed one', () => {
    const text = 'The change appears to have cut crime by 12% in 2004.';
    expect(
      claimsOf(text, 'appears', 'to have cut crime by 12% in 2004').map((c) => [c.kind, c.content.text]),
    ).toEqual([['unattributed', text]]);
  });

  it('leaves a forecast with no source to be an unattributed claim', () => {
    const text = 'About 120,000 people are expected to attend the show.';
    expect(
      claimsOf(text, 'are expected', 'About 120,000 people are expected to attend the show').map((c) => [
        c.kind,
        c.content.text,
      ]),
    ).toEqual([['unattributed', text]]);
  });

  it('drops it when its only quote is the name after "known as"', () => {
    for (const [text, cue, content] of <[string, string, string][]>[
      ['It is part of what\'s known as a "smart home".', "'s known as", 'a "smart home"'],
      ['They wrote a small program, known as an "aggregator".', 'known as', 'an "aggregator"'],
    ]) {
      expect(
        claimsOf(text, cue, content).filter((c) => c.kind !== 'unattributed'),
        cue,
      ).toEqual([]);
    }
    expect(namedInQuotes('known as', ' "the smart home", a name they gave it.')).toBe(true);
    expect(namedInQuotes('known as', ' "I never said that," he added.')).toBe(false);
    expect(namedInQuotes('known as', ' "We never said that" at all.')).toBe(false);
    expect(namedInQuotes('described as', ' a "revelatory debut".')).toBe(false);
    expect(statesNothing('’s known as', false, ' the web.')).toBe(true);
  });

  it("keeps it when its content holds someone's quoted words", () => {
    const text = 'He also appears to believe it: "The party is split on Europe."';
    const [claim] = claimsOf(text, 'appears', 'to believe it: "The party is split on Europe."');
    expect(claim?.kind).toBe('mixed');
  });
});
