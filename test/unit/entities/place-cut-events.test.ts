import { describe, expect, it } from 'vitest';
import { joinPlaceCutEvents } from '../../../functions/domain/entities/place-cut-events';
import type { Entity } from '../../../functions/domain/model/document';
import { entityAt } from './helpers';

const view = (entities: Entity[]) => entities.map((e) => [e.id, e.type, e.mentions.map((m) => m.text)]);

describe('an event named for its place, cut at the place', () => {
  it('is one event of the whole name, each festival its own', () => {
    const text = 'It won at the Berlin Film Festival, then at the Cannes Film Festival. Berlin is cold.';
    const entities = [
      entityAt(text, 'gpe.berlin', 'GPE', [
        ['Berlin', 0],
        ['Berlin', 1],
      ]),
      entityAt(text, 'event.film-festival', 'EVENT', [
        ['Film Festival', 0],
        ['Film Festival', 1],
      ]),
      entityAt(text, 'gpe.cannes', 'GPE', [['Cannes', 0]]),
    ];
    expect(view(joinPlaceCutEvents(text, entities))).toEqual([
      ['event.berlin-film-festival', 'EVENT', ['Berlin Film Festival']],
      ['event.cannes-film-festival', 'EVENT', ['Cannes Film Festival']],
      ['gpe.berlin', 'GPE', ['Berlin']],
    ]);
  });

  it('joins the article entity of the whole name', () => {
    const text = 'The Birmingham Grand Prix is near. She won the Birmingham Grand Prix.';
    const entities = [
      entityAt(text, 'event.birmingham-grand-prix', 'EVENT', [['Birmingham Grand Prix', 0]]),
      entityAt(text, 'gpe.birmingham', 'GPE', [['Birmingham', 1]]),
      entityAt(text, 'event.grand-prix', 'EVENT', [['Grand Prix', 1]]),
    ];
    expect(view(joinPlaceCutEvents(text, entities))).toEqual([
      ['event.birmingham-grand-prix', 'EVENT', ['Birmingham Grand Prix', 'Birmingham Grand Prix']],
    ]);
  });

  it.each([
    ['an event with a name of its own', 'at the Athens Olympics.', 'Athens', 'Olympics'],
    ['a bare kind word', 'at the Chelsea Festival.', 'Chelsea', 'Festival'],
    ['a place not right before it', 'in Berlin, the Film Festival.', 'Berlin', 'Film Festival'],
  ])('leaves %s', (_, text, place, event) => {
    const entities = [
      entityAt(text, 'gpe.x', 'GPE', [[place, 0]]),
      entityAt(text, 'event.x', 'EVENT', [[event, 0]]),
    ];
    expect(joinPlaceCutEvents(text, entities)).toBe(entities);
  });
});
