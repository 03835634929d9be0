import { describe, expect, it } from 'vitest';
import { joinDoubledQuotes } from '../../../functions/domain/parse/doubled-quotes';
import { parseFile } from '../../../functions/domain/parse/index';

describe('two single marks typed for a double one', () => {
  it('become the one mark', () => {
    expect(joinDoubledQuotes('“It was an attempt to mislead voters,’’ Ann Lee told the BBC.')).toBe(
      '“It was an attempt to mislead voters,” Ann Lee told the BBC.',
    );
    expect(joinDoubledQuotes('‘‘We will appeal,’’ he said.')).toBe('“We will appeal,” he said.');
    expect(joinDoubledQuotes("''A lawyer will put our case,'' said the club's boss.")).toBe(
      '"A lawyer will put our case," said the club\'s boss.',
    );
  });

  it('leave inches, a lone apostrophe and a text with neither alone', () => {
    expect(joinDoubledQuotes("He stands 6' 11'' tall.")).toBe("He stands 6' 11'' tall.");
    expect(joinDoubledQuotes('The players’ union’s view.')).toBe('The players’ union’s view.');
  });

  it('are joined in every format a file is read in', async () => {
    const [part] = await parseFile({
      key: 'story.txt',
      bytes: Buffer.from('Club fights ruling\n\n“We are kept in the dark,’’ the manager told reporters.'),
    });
    expect(part && 'article' in part ? part.article.text : null).toBe(
      '“We are kept in the dark,” the manager told reporters.',
    );
  });
});
