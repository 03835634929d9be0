import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

const rolesOf = (text: string, spans: [string, 'PER' | 'ORG' | 'LOC'][]) =>
  Object.fromEntries(
    entitiesOf(text, spans)
      .filter((e) => e.type === 'PERSON')
      .map((e) => [e.name, e.roles]),
  );

describe('the owner of a role before the name', () => {
  it('takes the body or country before the role\'s "\'s"', () => {
    const text =
      "Laos's ambassador to Britain Liu Wen spoke. Acme's chief executive Jo Reed agreed. Tribune’s former chairman Sam Cole left.";
    expect(
      rolesOf(text, [
        ['Liu Wen', 'PER'],
        ['Jo Reed', 'PER'],
        ['Sam Cole', 'PER'],
      ]),
    ).toMatchObject({
      'Liu Wen': ["Laos's ambassador to Britain"],
      'Jo Reed': ["Acme's chief executive"],
      'Sam Cole': ['Tribune’s former chairman'],
    });
  });

  it('leaves out an owner an honorific marks and a time opening the sentence', () => {
    const text = "Mr Hale's spokesman Tim Cole spoke. Yesterday Laos's economy minister Ann Bay agreed.";
    expect(
      rolesOf(text, [
        ['Hale', 'PER'],
        ['Tim Cole', 'PER'],
        ['Ann Bay', 'PER'],
      ]),
    ).toMatchObject({ 'Tim Cole': ['spokesman'], 'Ann Bay': ["Laos's economy minister"] });
  });
});
