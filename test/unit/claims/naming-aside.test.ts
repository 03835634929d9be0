import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import {
  namesAside,
  namesInPassing,
  namesItsSource,
  namesTerm,
} from '../../../functions/domain/claims/naming-aside';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Attribution, CheckworthinessScorer } from '../../../functions/domain/extract/types';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: () => 0.1 };

/** The claims built from one attribution, with or without a source. */
function claimsOf(text: string, cue: string, content: string, source?: string) {
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const a: Attribution = { source: source ? [at(source)] : null, cue: [at(cue)], content: [at(content)] };
  return buildClaims(annotate(text), [a], [], scorer).claims.filter((c) => c.kind !== 'unattributed');
}

describe('namesAside', () => {
  it('reads a bare naming verb with only a name after it, and no source, as no statement', () => {
    expect(namesAside('called', false, ' Brightpage.')).toBe(true);
    expect(namesAside('Called', false, ' Brightpage, it reads results aloud.')).toBe(true);
    expect(namesAside('dubbed', false, ' the Blue Line Project, on Monday.')).toBe(true);
    expect(namesAside('titled', false, ' Songs on Thin Ice')).toBe(true);
  });

  it('keeps a source, words after the name, or a cue that is not a bare naming', () => {
    expect(namesAside('called', true, ' Brightpage.')).toBe(false);
    expect(namesAside('called', false, ' the plans a disgrace.')).toBe(false);
    expect(namesAside('called', false, ' for a new inquiry.')).toBe(false);
    expect(namesAside('said', false, ' Brightpage.')).toBe(false);
  });
});

describe('buildClaims with a naming set off by a comma', () => {
  it('makes no attributed claim of the name', () => {
    const text = 'The firm is testing a service for diaries, called Brightpage.';
    expect(claimsOf(text, 'called', 'Brightpage.')).toEqual([]);
  });

  it('keeps a name-calling by a speaker', () => {
    const text = 'Ms Reed, a councillor, called Brightpage a failure.';
    expect(claimsOf(text, 'called', 'Brightpage a failure', 'Ms Reed')).toHaveLength(1);
  });
});

describe('namesInPassing', () => {
  it('reads a naming after a common noun, the sentence running on past the name, as no statement', () => {
    expect(namesInPassing('called', 'He sent along a neighbour', ' Ada Lovell to fetch the prize.')).toBe(
      true,
    );
    expect(namesInPassing('called', 'a format', ' Qubit is used instead.')).toBe(true);
    expect(namesInPassing('called', 'a similar tool for its laptops', ' Finder that is due soon.')).toBe(
      true,
    );
  });

  it('keeps a name before the cue, more than a name after it, or a cue that is not a naming', () => {
    expect(namesInPassing('called', 'Mr Howard', ' Labour is a disgrace.')).toBe(false);
    expect(namesInPassing('called', 'The council', ' the plans a disgrace.')).toBe(false);
    expect(namesInPassing('called', 'the union', ' Mr Reed dishonest and out of touch.')).toBe(false);
    expect(namesInPassing('called', 'the union, which', ' Mr Reed to account.')).toBe(false);
    expect(namesInPassing('said', 'a neighbour', ' Ada Lovell was away.')).toBe(false);
  });
});

describe('buildClaims with a naming the sentence runs on past', () => {
  it('makes no attributed claim of the name', () => {
    const text = 'A computer worm called Fizzbin is turning old laptops into relays.';
    expect(claimsOf(text, 'called', 'Fizzbin is turning old laptops into relays', 'A computer worm')).toEqual(
      [],
    );
  });
});

describe('namesTerm', () => {
  it('reads a sourceless naming set off by a comma or dash, opening the sentence or after a noun, as no statement', () => {
    expect(namesTerm('called', false, 'The app sends out short audio shows, ')).toBe(true);
    expect(namesTerm('officially titled', false, 'The new handset - ')).toBe(true);
    expect(namesTerm('Originally dubbed', false, '')).toBe(true);
    expect(namesTerm('called', false, 'the engine suffers from a fault ')).toBe(true);
  });

  it('keeps a source, a helping verb, a name before, or a cue that is no naming', () => {
    expect(namesTerm('called', true, 'The app sends out short audio shows, ')).toBe(false);
    expect(namesTerm('has been dubbed', false, 'The jail ')).toBe(false);
    expect(namesTerm('called', false, 'Later Ms Reed ')).toBe(false);
    expect(namesTerm('said', false, 'The handset, ')).toBe(false);
  });
});

describe('buildClaims with a term given in an aside', () => {
  it('makes no attributed claim of a quoted or lower-case term', () => {
    const quoted = 'The sites keep lists, called "beacons", that point to other users.';
    expect(claimsOf(quoted, 'called', '"beacons", that point to other users')).toEqual([]);
    const plain = 'The handset, dubbed a pocket studio, was built by a Korean firm.';
    expect(claimsOf(plain, 'dubbed', 'a pocket studio')).toEqual([]);
  });
});

describe('namesItsSource', () => {
  it('reads a naming set off right after its source, with only a name after it, as no statement', () => {
    expect(namesItsSource('called', ', ', ' Snapwise, sorts photos as they arrive.')).toBe(true);
    expect(namesItsSource('dubbed', ' - ', ' Call Home - has drawn many users.')).toBe(true);
  });

  it('keeps words between source and cue, more than a name after it, or a cue that is no naming', () => {
    expect(namesItsSource('called', ', of the Green Party, ', ' it a budget for the rich.')).toBe(false);
    expect(namesItsSource('called', ', ', ' the plans "reckless".')).toBe(false);
    expect(namesItsSource('called', ' ', ' Snapwise a failure.')).toBe(false);
    expect(namesItsSource('said', ', ', ' Snapwise.')).toBe(false);
  });
});

describe('buildClaims with a naming of the source', () => {
  it('makes no attributed claim of the name the source is given', () => {
    const text = 'The tool, called Snapwise, sorts photos as they arrive.';
    expect(claimsOf(text, 'called', 'Snapwise', 'The tool')).toEqual([]);
  });

  it('makes no attributed claim of a name given that the tagger took for the source', () => {
    const text = 'The app, called Snapwise, sorts photos as they arrive.';
    expect(claimsOf(text, 'called', 'The app', 'Snapwise')).toEqual([]);
  });

  it('keeps a speaker who calls something a name', () => {
    const text = 'Ms Reed, a councillor, called Brightpage a failure.';
    expect(claimsOf(text, 'called', 'Brightpage a failure', 'Ms Reed, a councillor')).toHaveLength(1);
    const judges = 'The judges called it "a fine and moving read".';
    expect(claimsOf(judges, 'called', 'it "a fine and moving read"', 'The judges')).toHaveLength(1);
  });
});
