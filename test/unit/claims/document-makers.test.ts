import { describe, expect, it } from 'vitest';
import { madeDocument } from '../../../functions/domain/claims/document-makers';
import { named, spanOf, speakerOf } from './article-fixture';

describe('madeDocument: "the authors" of the document named before', () => {
  it('reads the last document named before the makers', () => {
    const text =
      'A survey came out. The study, from the Trade Institute, was long. Taxes help, the authors say.';
    expect(madeDocument(spanOf(text, 'the authors'), text)?.text).toBe('the study');
    expect(madeDocument(spanOf(text, 'The study'), text)).toBeNull();
  });

  it('reads the document the makers name, and none that is no document', () => {
    const own = "The report's authors said so.";
    expect(madeDocument(spanOf(own, "The report's authors"), own)?.text).toBe('the report');
    const film = "The film's authors said so.";
    expect(madeDocument(spanOf(film, "The film's authors"), film)).toBeNull();
    const none = 'Taxes help, the researchers said.';
    expect(madeDocument(spanOf(none, 'the researchers'), none)).toBeNull();
  });
});

describe('resolveSpeaker: the makers speak for whom their document does', () => {
  it('goes to the body the story says made the study', () => {
    const text =
      'The study, from the Trade Institute, was published on Monday. Acme Ltd paid more tax. Taxes help, the authors say.';
    const institute = named(text, 'org.trade-institute', 'ORG', ['Trade Institute']);
    const acme = named(text, 'org.acme', 'ORG', ['Acme Ltd']);
    expect(speakerOf(text, 'the authors', [institute, acme])).toBe('org.trade-institute');
  });
});
