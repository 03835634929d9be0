import type { AnnotatedText, Attribution } from '../extract/types';
import { clauseOf, covers, dropNested, mergeFragments, type Range } from './assemble';
import { signedQuotes } from './dash';
import { emissions, viterbi } from './linear';
import { LINK_TEMPLATES, linkFeatures, pinCue } from './linker';
import type { AttributionModel } from './model';
import { paragraphsOf } from './sequences';
import { speakerLines } from './speakers';
import { tagSequence } from './tagger';
import { type Run, runsOf } from './tags';

/**
 * Tags each paragraph, then for each cue found decodes that cue's own source
 * and content; a cue the linker gives no content gets its clause.
 */
export function extractAttributions(model: AttributionModel, doc: AnnotatedText): Attribution[] {
  const mask = 2 ** model.bits - 1;
  const out: Attribution[] = [];
  for (const para of paragraphsOf(doc)) {
    const found: Attribution[] = [];
    const n = para.tokens.length;
    const { info, tags } = tagSequence(model, doc.text, para);
    const range = (r: Run): Range => ({
      start: (para.tokens[r.first] as { start: number }).start,
      end: (para.tokens[r.last] as { end: number }).end,
    });
    for (const cue of runsOf(tags)) {
      if (cue.role !== 'cue') continue;
      const scores = emissions(
        model.link,
        linkFeatures(info, para, tags, cue.first, cue.last, mask),
        n,
        LINK_TEMPLATES,
      );
      pinCue(scores, n, cue.first, cue.last);
      const runs = runsOf(viterbi(model.link, scores, n));
      const sources = runs.filter((r) => r.role === 'source');
      const nearest = sources.sort((a, b) => distance(a, cue) - distance(b, cue))[0];
      const source = nearest ? range(nearest) : null;
      const cueRange = range(cue);
      const content = runs.filter((r) => r.role === 'content').map(range);
      const sentence = doc.sentences[para.docSentence[cue.first] as number];
      const fallback = content.length ? null : clauseOf(doc.text, cueRange, source, sentence);
      if (!content.length && !fallback) continue;
      found.push({
        source: source ? [source] : null,
        cue: [cueRange],
        content: mergeFragments(doc.text, fallback ? [fallback] : content),
      });
    }
    // nesting is settled within a paragraph: contents rarely leave theirs
    out.push(...dropNested(found));
  }
  const patterned = [...signedQuotes(doc.text, out), ...speakerLines(doc.text, out)];
  // what a pattern found overrides attributions the tagger nested inside it
  const inside = (a: Attribution) => patterned.some((p) => covers(p.content, a.cue[0] as Range));
  return [...out.filter((a) => !inside(a)), ...patterned];
}

function distance(a: Run, b: Run): number {
  return a.last < b.first ? b.first - a.last : a.first - b.last;
}
