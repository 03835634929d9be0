import { describe, expect, it } from 'vitest';
import { defaultAliasTable } from '../../../functions/domain/entities/alias-table';
import { tableEntity } from '../../../functions/domain/entities/table-entity';

describe('the id, name and type of an entity made for a name', () => {
  it("are the alias table's for a name it knows, whatever type was given", () => {
    expect(tableEntity('Daesh', 'GPE', defaultAliasTable)).toEqual({
      id: 'org.isis',
      name: 'ISIS',
      type: 'ORG',
    });
  });

  it('are the name itself, the given type and an id made from both for a name it does not know', () => {
    expect(tableEntity('Marks & Spencer', 'ORG', defaultAliasTable)).toEqual({
      id: 'org.marks-spencer',
      name: 'Marks & Spencer',
      type: 'ORG',
    });
  });

  it('look the key up when it differs from the name: "The Tories" named without its article', () => {
    expect(tableEntity('Tories', 'ORG', defaultAliasTable, 'The Tories').id).toBe('org.conservative-party');
    expect(tableEntity('Acme Widgets', 'ORG', defaultAliasTable, 'The Acme Widgets').name).toBe(
      'Acme Widgets',
    );
  });
});
