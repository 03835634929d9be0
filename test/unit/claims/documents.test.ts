import { describe, expect, it } from 'vitest';
import { findDocuments, referredDocument } from '../../../functions/domain/claims/documents';

const names = (text: string) => findDocuments(text).map((d) => d.name);

describe('a document described in the text', () => {
  it('is named by its noun and its author', () => {
    expect(
      names('A new report by the Lake Victoria Bridge Authority has determined that it is shut.'),
    ).toEqual(['Report by the Lake Victoria Bridge Authority']);
    expect(names('A report from analysts Gartner, out on Monday, says sales grew.')).toEqual([
      'Report from analysts Gartner',
    ]);
  });

  it('ends its author where a verb begins the clause', () => {
    expect(names('A survey by Sony Ericsson predicted that 3G handsets sold in 2005 would double.')).toEqual([
      'Survey by Sony Ericsson',
    ]);
    expect(names('A report by the US Pew Research Center reveals that 87% find it.')).toEqual([
      'Report by the US Pew Research Center',
    ]);
    expect(names('A study by analysts Jupiter Research suggested that broadband grew.')).toEqual([
      'Study by analysts Jupiter Research',
    ]);
    expect(names('A report by two MPs committees called on Thursday for changes.')).toEqual([
      'Report by two MPs committees',
    ]);
    expect(names('A recent survey by the firm revealed that users were wary.')).toEqual([
      'Survey by the firm',
    ]);
    expect(names('A separate survey by Pollco last week found that people want gadgets.')).toEqual([
      'Survey by Pollco',
    ]);
  });

  it('keeps a word ending in -ed or -s inside a name, and a list of authors', () => {
    expect(names('A report by the United Nations said so.')).toEqual(['Report by the United Nations']);
    expect(names('A report by the Commons work and pensions committee said so.')).toEqual([
      'Report by the Commons work and pensions committee',
    ]);
    expect(names('A survey by Earthlink and Webroot found spyware.')).toEqual([
      'Survey by Earthlink and Webroot',
    ]);
  });
});

describe('the document "the report" refers to', () => {
  const referred = (text: string, source: string) => {
    const at = text.lastIndexOf(source);
    const noun = source.split(' ').at(-1) as string;
    return referredDocument({ start: at, end: at + source.length }, noun, findDocuments(text))?.name;
  };

  it('is a new one brought in since the last of its noun', () => {
    const text =
      'The report by Netcount found that more people are online. A study by analysts Jupiter Research suggested that TV was losing out, said the report.';
    expect(referred(text, 'the report')).toBe('Study by analysts Jupiter Research');
  });

  it('is the last of its noun when the one since was given as known', () => {
    const text =
      'A report by Netcount found that more people are online. The study by Jupiter Research said TV was losing out. Most use broadband, said the report.';
    expect(referred(text, 'the report')).toBe('Report by Netcount');
  });
});
