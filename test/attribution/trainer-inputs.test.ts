import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Entity } from '../../functions/domain/model/document';
import { modelDigests } from '../../functions/models/manifest-digest';
import { readBrat, writeBrat } from '../../scripts/train/attribution/brat';
import { annotate, readSplit } from '../../scripts/train/attribution/corpus';
import { inputsDigest } from '../../scripts/train/attribution/inputs-digest';
import { trainSeeds } from '../../scripts/train/attribution/seed-processes';
import { prepare, trainModel } from '../../scripts/train/attribution/train';
import { readTrainedOn } from '../../scripts/train/trained-on';

const opts = { bits: 12, epochs: 2, folds: 2, minCount: 1 };
const quiet = { ...opts, seed: 7, log: () => {} };

const said = (who: string, what: string) => {
  const text = `“${what},” ${who} said.`;
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  return { text, ann: writeBrat(text, [{ source: [at(who)], cue: [at('said')], content: [at(what)] }]) };
};

const article = (who: string, what: string, entities: Entity[] = []) => {
  const { text, ann } = said(who, what);
  return { name: who, doc: annotate(text), entities, gold: readBrat(ann, text), text: 0 };
};

const person = (start: number, end: number): Entity => ({
  id: 'person.x',
  name: 'x',
  type: 'PERSON',
  aliases: [],
  roles: [],
  mentions: [{ start, end, text: 'x' }],
});

describe("the attribution trainer's inputs", () => {
  it('digest alike for the same articles, and apart when the entities or the gold differ', () => {
    const digest = (articles: ReturnType<typeof article>[]) => inputsDigest(prepare(articles, quiet));
    const base = digest([article('the mayor', 'We hold the bridge')]);
    expect(digest([article('the mayor', 'We hold the bridge')])).toBe(base);
    expect(digest([article('the mayor', 'We hold the bridge', [person(21, 26)])])).not.toBe(base);
    expect(digest([article('the mayor', 'We hold the road')])).not.toBe(base);
  });

  it('are recorded with the committed model (retrain with npm run train:attribution)', () => {
    expect(readTrainedOn('attribution').model).toBe(modelDigests()['attribution.bin.br']);
  });
});

describe('training seeds in separate processes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'polnear-mini-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const lines = [
    ['Ryder', 'The convoy leaves at dawn'],
    ['the mayor', 'We will rebuild the school'],
    ['Ms Hale', 'Trade talks went well'],
    ['the report', 'Costs rose by a third'],
  ];
  for (const sub of ['text', 'attributions']) mkdirSync(join(dir, 'train', sub), { recursive: true });
  lines.forEach(([who, what], i) => {
    const { text, ann } = said(who as string, what as string);
    writeFileSync(join(dir, 'train', 'text', `a${i}.txt`), text);
    writeFileSync(join(dir, 'train', 'attributions', `a${i}_x.ann`), ann);
  });

  it('gives the models and inputs one process gives, in seed order, whatever the parallelism', async () => {
    const articles = readSplit(join(dir, 'train')).articles;
    const inOne = [7, 1].map((seed) => trainModel(articles, { ...quiet, seed }));
    const apart = await trainSeeds(dir, [7, 1], opts, 2);
    const fields = (m: (typeof inOne)[number]) => [m.first, m.second, m.link, m.spans, m.edges, m.lexicon];
    expect(apart.models.map(fields)).toEqual(inOne.map(fields));
    expect(apart.inputs).toBe(inputsDigest(prepare(articles, quiet)));
    expect((await trainSeeds(dir, [7, 1], opts, 1)).models.map(fields)).toEqual(inOne.map(fields));
  }, 60_000);

  it('reads the first annotator of a text, or with everyAnnotator each one, kept in one training fold', () => {
    const split = join(dir, 'multi');
    for (const sub of ['text', 'attributions']) mkdirSync(join(split, sub), { recursive: true });
    const twice = said('Ryder', 'The convoy leaves at dawn');
    writeFileSync(join(split, 'text', 'a0.txt'), twice.text);
    writeFileSync(join(split, 'attributions', 'a0_x.ann'), twice.ann);
    // the second annotator marks only the cue and the content
    writeFileSync(join(split, 'attributions', 'a0_y.ann'), twice.ann.replace(/^T\d+\tSource.*\n/m, ''));
    const once = said('the mayor', 'We will rebuild the school');
    writeFileSync(join(split, 'text', 'a1.txt'), once.text);
    writeFileSync(join(split, 'attributions', 'a1_x.ann'), once.ann);

    const first = readSplit(split).articles;
    expect(first.map((a) => [a.name, a.text])).toEqual([
      ['a0', 0],
      ['a1', 1],
    ]);
    const every = readSplit(split, { everyAnnotator: true }).articles;
    expect(every.map((a) => [a.name, a.text])).toEqual([
      ['a0', 0],
      ['a0', 0],
      ['a1', 1],
    ]);
    expect(every[0]?.gold).toEqual(first[0]?.gold);
    expect(every[1]?.gold).not.toEqual(first[0]?.gold);
    // folds go by text: both versions of a0 are held out together, a1 in the other fold
    const { data, held } = prepare(every, { ...quiet, folds: 2 });
    const foldOf = (article: number) =>
      [0, 1].filter((f) => data.some((d, i) => d.article === article && held(i, f)));
    expect([0, 1, 2].map(foldOf)).toEqual([[0], [0], [1]]);
  });
});
