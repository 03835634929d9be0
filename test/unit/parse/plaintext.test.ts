import { describe, expect, it } from 'vitest';
import { isCreditLine, parsePlainText } from '../../../functions/domain/parse/plaintext';

describe('parsePlainText', () => {
  it('takes a headline followed by a blank line and keeps the body', () => {
    const article = parsePlainText('Ad sales boost profits\n\nQuarterly profits rose 76%.\n\nShares rose.');
    expect(article.title).toBe('Ad sales boost profits');
    expect(article.text).toBe('Quarterly profits rose 76%.\n\nShares rose.');
  });

  it('drops photo credit lines and finds a short headline above long paragraphs', () => {
    const body =
      'The ministry said on Tuesday that the new rules would apply to every region from next year, officials said.';
    const article = parsePlainText(
      `Above photo: Getty Images.\nMinistry sets new rules for regions.\n${body}\n${body}`,
    );
    expect(article.title).toBe('Ministry sets new rules for regions.');
    expect(article.text).not.toContain('Getty');
    expect(article.text.startsWith('The ministry')).toBe(true);
  });

  it('does not take a body paragraph for a headline', () => {
    const text = 'The council met on Monday and agreed the budget.\n\nIt will publish details later.';
    expect(parsePlainText(text).title).toBeNull();
  });

  it('never takes a rule line for the headline, and reads a rule as a paragraph break', () => {
    const body = 'Roads will close on Monday for three weeks, the council said.\n\nBuses will be diverted.';
    for (const rule of ['---', '* * *', '=====', '___']) {
      expect(parsePlainText(`${rule}\n${body}`), rule).toEqual(
        expect.objectContaining({ title: null, text: body }),
      );
    }
    const ruled = parsePlainText(`Roads close\n---\n${body}`);
    expect(ruled.title).toBe('Roads close');
    expect(ruled.text).toBe(body);
  });

  it('recognises credit lines but not prose', () => {
    expect(isCreditLine('Photo: Reuters')).toBe(true);
    expect(isCreditLine('Top image credit: Jane Doe/Getty Images')).toBe(true);
    expect(isCreditLine('The photo showed the minister at the border.')).toBe(false);
  });
});
