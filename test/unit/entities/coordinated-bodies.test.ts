import { describe, expect, it } from 'vitest';
import { joinCoordinatedBodies } from '../../../functions/domain/entities/coordinated-bodies';
import type { Entity } from '../../../functions/domain/model/document';
import { entityAt, idsAndMentions as linked } from './helpers';

const view = (entities: Entity[]) => entities.map((e) => [e.id, e.type, e.mentions.map((m) => m.text)]);

describe('a body named for two remits joined by "and"', () => {
  it('is one organisation where the tagger cut it at the "and"', () => {
    const text = 'The Department for Farming and Fisheries would not comment.';
    const entities = [
      entityAt(text, 'org.department-for-farming', 'ORG', [['Department for Farming', 0]]),
      entityAt(text, 'org.fisheries', 'ORG', [['Fisheries', 0]]),
    ];
    expect(view(joinCoordinatedBodies(text, entities))).toEqual([
      ['org.department-for-farming-and-fisheries', 'ORG', ['Department for Farming and Fisheries']],
    ]);
  });

  it('takes back an untagged last remit and a list of remits', () => {
    const text = 'Staff at the Ministry of Roads, Rail and Ports left the Department of Health and Sport.';
    const entities = [
      entityAt(text, 'org.ministry-of-roads', 'ORG', [['Ministry of Roads', 0]]),
      entityAt(text, 'org.rail-and-ports', 'ORG', [['Rail and Ports', 0]]),
      entityAt(text, 'org.department-of-health', 'ORG', [['Department of Health', 0]]),
    ];
    expect(view(joinCoordinatedBodies(text, entities))).toEqual([
      ['org.ministry-of-roads-rail-and-ports', 'ORG', ['Ministry of Roads, Rail and Ports']],
      ['org.department-of-health-and-sport', 'ORG', ['Department of Health and Sport']],
    ]);
  });

  it('ends on its head, with a place opening it', () => {
    const text = 'An official of the Ohio Lakes and Forests Department said so.';
    const entities = [
      entityAt(text, 'gpe.ohio-lakes', 'GPE', [['Ohio Lakes', 0]]),
      entityAt(text, 'org.forests-department', 'ORG', [['Forests Department', 0]]),
    ];
    expect(view(joinCoordinatedBodies(text, entities))).toEqual([
      ['org.ohio-lakes-and-forests-department', 'ORG', ['Ohio Lakes and Forests Department']],
    ]);
  });

  it('is joined by the linker', () => {
    const text = 'The Foreign and Colonial Office said it had no comment.';
    expect(linked(text, [['Colonial Office', 'ORG']])).toEqual([
      ['org.foreign-and-colonial-office', ['Foreign and Colonial Office']],
    ]);
  });

  it('leaves two bodies, a person, a longer name, a title and a list closed by ", and"', () => {
    const text =
      'The Treasury and Home Office agreed. The Treasury said so. ' +
      'Britain and Foreign Office staff met. ' +
      'The Department for Farming and Jane Smith met. ' +
      'The Office of the Deputy Prime Minister and Justice committees sat. ' +
      'The State Department of Health and State University of Ohio agreed. ' +
      'Department for Farming and Fisheries Secretary Jane Smith spoke. ' +
      'The Department of Energy, Treasury, and Customs Office met.';
    const entities = [
      entityAt(text, 'org.treasury', 'ORG', [
        ['Treasury', 0],
        ['Treasury', 1],
      ]),
      entityAt(text, 'org.home-office', 'ORG', [['Home Office', 0]]),
      entityAt(text, 'gpe.united-kingdom', 'GPE', [['Britain', 0]]),
      entityAt(text, 'org.foreign-office', 'ORG', [['Foreign Office', 0]]),
      entityAt(text, 'org.department-for-farming', 'ORG', [
        ['Department for Farming', 0],
        ['Department for Farming', 1],
      ]),
      entityAt(text, 'person.jane-smith', 'PERSON', [
        ['Jane Smith', 0],
        ['Jane Smith', 1],
      ]),
      entityAt(text, 'org.office-of-the-deputy-prime-minister', 'ORG', [
        ['Office of the Deputy Prime Minister', 0],
      ]),
      entityAt(text, 'org.state-department-of-health', 'ORG', [['State Department of Health', 0]]),
      entityAt(text, 'org.state-university-of-ohio', 'ORG', [['State University of Ohio', 0]]),
      entityAt(text, 'org.department-of-energy', 'ORG', [['Department of Energy', 0]]),
      entityAt(text, 'org.customs-office', 'ORG', [['Customs Office', 0]]),
    ];
    expect(view(joinCoordinatedBodies(text, entities))).toEqual(view(entities));
  });
});
