import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

const byName = (entities: ReturnType<typeof entitiesOf>, name: string) =>
  entities.find((e) => e.name === name);

describe('a role in an apposition after the name', () => {
  it('reads a role held at, with or in a body after the name, a lower-case compound before its noun', () => {
    const text =
      'Ian Fogg, a music analyst with Jupiter Research, agreed. Jo Reed, chief economist at Acme Bank in Leeds, said so. Tom Hale, now foreign secretary, spoke.';
    const entities = entitiesOf(text, [
      ['Ian Fogg', 'PER'],
      ['Jo Reed', 'PER'],
      ['Tom Hale', 'PER'],
      ['Jupiter Research', 'ORG'],
      ['Acme Bank', 'ORG'],
    ]);
    expect(byName(entities, 'Ian Fogg')?.roles).toEqual(['music analyst with Jupiter Research']);
    expect(byName(entities, 'Jo Reed')?.roles).toEqual(['chief economist at Acme Bank in Leeds']);
    expect(byName(entities, 'Tom Hale')?.roles).toEqual(['foreign secretary']);
  });

  it("reads a role a body owns after the name, the owner's name in it", () => {
    const text = "Ann Bay, BMW's group chief executive, agreed, as did Lu Wen, Laos's envoy to the UN.";
    const entities = entitiesOf(text, [
      ['Ann Bay', 'PER'],
      ['BMW', 'ORG'],
      ['Lu Wen', 'PER'],
      ['Laos', 'LOC'],
      ['UN', 'ORG'],
    ]);
    expect(byName(entities, 'Ann Bay')?.roles).toEqual(["BMW's group chief executive"]);
    expect(byName(entities, 'Lu Wen')?.roles).toEqual(["Laos's envoy to the UN"]);
  });

  it('reads a role a body owns after the name with a curly apostrophe, as web pages type it', () => {
    const text = 'Tom Lu, Hong Kong’s new police commissioner, said so.';
    const entities = entitiesOf(text, [
      ['Tom Lu', 'PER'],
      ['Hong Kong', 'LOC'],
    ]);
    expect(byName(entities, 'Tom Lu')?.roles).toEqual(['Hong Kong’s new police commissioner']);
  });

  it('reads a role with a lower-case remit after "of" or "for" when it goes on to the body holding it', () => {
    const text =
      'Jo Reed, director for games at Acme Bank, said so. Kim Ode, head of research and strategy at the Bolt Fund, agreed.';
    const entities = entitiesOf(text, [
      ['Jo Reed', 'PER'],
      ['Kim Ode', 'PER'],
      ['Acme Bank', 'ORG'],
      ['Bolt Fund', 'ORG'],
    ]);
    expect(byName(entities, 'Jo Reed')?.roles).toEqual(['director for games at Acme Bank']);
    expect(byName(entities, 'Kim Ode')?.roles).toEqual(['head of research and strategy at the Bolt Fund']);
  });

  it('reads a remit that reaches a body named after its kind, owning the unit or named by a definite noun, not one running into a clause', () => {
    const text =
      "Tim Lee, spokesman for anti-virus firm Zedsoft, said so. Ann Roe, head of Acme main shareholders' group Bolt, agreed. Jo Reed, head of distribution for Zed Films, spoke. Kim Ode, director of Acme's consumer research centre, spoke. Sam Cole, a spokesman for the show, left. Tom Hale, captain of Acme as they push for the league title, spoke. Ann Bay, head of the office under Mr Blair, left.";
    const entities = entitiesOf(text, [
      ['Tom Hale', 'PER'],
      ['Ann Bay', 'PER'],
      ['Blair', 'PER'],
      ['Tim Lee', 'PER'],
      ['Ann Roe', 'PER'],
      ['Jo Reed', 'PER'],
      ['Kim Ode', 'PER'],
      ['Sam Cole', 'PER'],
      ['Zedsoft', 'ORG'],
      ['Acme', 'ORG'],
      ['Bolt', 'ORG'],
      ['Zed Films', 'ORG'],
    ]);
    expect(byName(entities, 'Tim Lee')?.roles).toEqual(['spokesman for anti-virus firm Zedsoft']);
    expect(byName(entities, 'Ann Roe')?.roles).toEqual(["head of Acme main shareholders' group Bolt"]);
    expect(byName(entities, 'Jo Reed')?.roles).toEqual(['head of distribution for Zed Films']);
    expect(byName(entities, 'Kim Ode')?.roles).toEqual(["director of Acme's consumer research centre"]);
    expect(byName(entities, 'Sam Cole')?.roles).toEqual(['spokesman for the show']);
    expect(byName(entities, 'Tom Hale')?.roles).toEqual([]);
    expect(byName(entities, 'Ann Bay')?.roles).toEqual([]);
  });

  it('reads no role from a lower-case remit that reaches no body', () => {
    const text = 'Sam Cole, director of games played in Leeds, left. Ann Bay, head of sales, spoke.';
    const entities = entitiesOf(text, [
      ['Sam Cole', 'PER'],
      ['Ann Bay', 'PER'],
      ['Leeds', 'LOC'],
    ]);
    expect(byName(entities, 'Sam Cole')?.roles).toEqual([]);
    expect(byName(entities, 'Ann Bay')?.roles).toEqual([]);
  });

  it('reads no role from an apposition of kin, a clause or a post owned by a person', () => {
    const text =
      "Ann Moggi, daughter of Juve manager Luca Moggi, spoke. Sam Cole, Mr Mann's former deputy, left. Kim Lee, known as the Queen of Pop, sang.";
    const entities = entitiesOf(text, [
      ['Ann Moggi', 'PER'],
      ['Luca Moggi', 'PER'],
      ['Sam Cole', 'PER'],
      ['Mann', 'PER'],
      ['Kim Lee', 'PER'],
    ]);
    expect(byName(entities, 'Ann Moggi')?.roles).toEqual([]);
    expect(byName(entities, 'Sam Cole')?.roles).toEqual([]);
    expect(byName(entities, 'Kim Lee')?.roles).toEqual([]);
  });

  it('reads a role tied to a body where a verb of saying stands for its closing comma', () => {
    const text =
      'Jo Reed, economist at Acme Bank said rates would rise. Al Cole, head of Preventon told the BBC. ' +
      'Tom Hale, a spokesman said no.';
    const entities = entitiesOf(text, [
      ['Jo Reed', 'PER'],
      ['Acme Bank', 'ORG'],
      ['Al Cole', 'PER'],
      ['Preventon', 'ORG'],
      ['BBC', 'ORG'],
      ['Tom Hale', 'PER'],
    ]);
    expect(byName(entities, 'Jo Reed')?.roles).toEqual(['economist at Acme Bank']);
    expect(byName(entities, 'Al Cole')?.roles).toEqual(['head of Preventon']);
    expect(byName(entities, 'Tom Hale')?.roles).toEqual([]);
  });
});
