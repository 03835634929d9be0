import type { Paragraph } from '../../../functions/domain/attribution/sequences';
import { beginTag, insideTag, type Role } from '../../../functions/domain/attribution/tags';
import type { Attribution, Fragments } from '../../../functions/domain/extract/types';
import type { BratDoc } from './brat';
import { trimFragment } from './metric';

/** Tags being built for one paragraph, with the span that set each token. */
class TagSheet {
  readonly tags: Int32Array;
  private readonly owner: Int32Array;
  private span = 0;

  constructor(
    private readonly text: string,
    private readonly paragraph: Paragraph,
  ) {
    this.tags = new Int32Array(paragraph.tokens.length);
    this.owner = new Int32Array(paragraph.tokens.length).fill(-1);
  }

  /**
   * A token takes the span's role when at least half of it lies in one of the
   * span's fragments, trimmed as the metric trims them; B starts each fragment.
   */
  mark(fragments: Fragments, role: Role): void {
    const id = ++this.span;
    const tokens = this.paragraph.tokens;
    const head = tokens[0];
    const tail = tokens[tokens.length - 1];
    for (const raw of fragments) {
      const f = trimFragment(this.text, raw);
      if (!f || !head || !tail || tail.end <= f.start || head.start >= f.end) continue;
      let first = true;
      tokens.forEach((t, i) => {
        const overlap = Math.min(t.end, f.end) - Math.max(t.start, f.start);
        if (overlap <= 0 || overlap * 2 < t.end - t.start) return;
        this.tags[i] = first ? beginTag(role) : insideTag(role);
        this.owner[i] = id;
        first = false;
      });
    }
  }

  /** A later span that cut into an earlier one leaves the remainder needing its own B. */
  done(): Int32Array {
    for (let i = 0; i < this.tags.length; i++) {
      const t = this.tags[i] as number;
      if (t !== 0 && t % 2 === 0 && (i === 0 || this.owner[i - 1] !== this.owner[i])) this.tags[i] = t - 1;
    }
    return this.tags;
  }
}

// later roles win a token claimed twice: a cue inside a content span stays a cue
const ORDER: [string, Role][] = [
  ['Content', 'content'],
  ['Source', 'source'],
  ['Cue', 'cue'],
];

/** Gold BIO tags of each paragraph, every span of every attribution together. */
export function goldTags(text: string, gold: BratDoc, paragraphs: Paragraph[]): Int32Array[] {
  return paragraphs.map((p) => {
    const sheet = new TagSheet(text, p);
    for (const [type, role] of ORDER) {
      for (const span of gold.spans.values()) if (span.type === type) sheet.mark(span.fragments, role);
    }
    return sheet.done();
  });
}

/** Gold tags of one attribution alone within a paragraph: its cue, its source and its content. */
export function attributionTags(text: string, paragraph: Paragraph, a: Attribution): Int32Array {
  const sheet = new TagSheet(text, paragraph);
  sheet.mark(a.content, 'content');
  if (a.source) sheet.mark(a.source, 'source');
  sheet.mark(a.cue, 'cue');
  return sheet.done();
}
