import { describe, expect, it } from 'vitest';
import { withHeadline } from '../../../functions/domain/entities/headline';
import { linkWithHeadline } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { TaggerType } from '../../../functions/domain/extract/types';
import { idsAndMentions as linked, tagLongestFirst } from './helpers';

const orgs = (...names: string[]): [string, TaggerType][] => names.map((n) => [n, 'ORG']);

describe("a company named by its full name's first word", () => {
  it('joins the full name that adds only designators to it', () => {
    expect(
      linked('Cairn Energy shares rose. Cairn said the field was larger.', orgs('Cairn Energy', 'Cairn')),
    ).toEqual([['org.cairn-energy', ['Cairn Energy', 'Cairn']]]);
    expect(
      linked(
        'Baikal Finance Group won the auction. Little is known of Baikal.',
        orgs('Baikal Finance Group', 'Baikal'),
      ),
    ).toEqual([['org.baikal-finance-group', ['Baikal Finance Group', 'Baikal']]]);
  });

  it('reads "Magazine" as a designator: a magazine goes by its title', () => {
    expect(
      linked(
        'Trove Magazine chose its gadgets. The phone will sell well, Trove predicts.',
        orgs('Trove Magazine', 'Trove'),
      ),
    ).toEqual([['org.trove-magazine', ['Trove Magazine', 'Trove']]]);
  });

  it('reads "Security", "Research" and "Electronics" as designators: a security or research firm goes by its name', () => {
    expect(
      linked(
        'Varno Security ran the survey. Varno said most networks were open.',
        orgs('Varno Security', 'Varno'),
      ),
    ).toEqual([['org.varno-security', ['Varno Security', 'Varno']]]);
    expect(
      linked(
        'Tolsey Research counted users. "It is growing," said a Tolsey analyst.',
        orgs('Tolsey Research', 'Tolsey'),
      ),
    ).toEqual([['org.tolsey-research', ['Tolsey Research', 'Tolsey']]]);
    expect(
      linked(
        'Kordane Electronics made the screens. Kordane shares rose.',
        orgs('Kordane Electronics', 'Kordane'),
      ),
    ).toEqual([['org.kordane-electronics', ['Kordane Electronics', 'Kordane']]]);
  });

  it('joins a full name the tagger ran together with another over "and", once split', () => {
    expect(
      linked(
        'Screens are made by Sony and Kordane. Kordane Electronics and Sony are among the makers.',
        orgs('Kordane Electronics and Sony', 'Sony', 'Kordane'),
      ),
    ).toEqual([
      ['org.sony', ['Sony', 'Sony']],
      ['org.kordane-electronics', ['Kordane', 'Kordane Electronics']],
    ]);
  });

  it('joins the full name of partners after "&" it opens', () => {
    expect(
      linked('Brindle & Marlow cut jobs. Brindle said sales fell.', orgs('Brindle & Marlow', 'Brindle')),
    ).toEqual([['org.brindle-marlow', ['Brindle & Marlow', 'Brindle']]]);
    expect(
      linked(
        'Brindle & Marlow Group of Leeds cut jobs. Brindle said so.',
        orgs('Brindle & Marlow Group of Leeds', 'Brindle'),
      ),
    ).toEqual([
      ['org.brindle-marlow-group-of-leeds', ['Brindle & Marlow Group of Leeds']],
      ['org.brindle', ['Brindle']],
    ]);
  });

  it('joins, as an acronym, the full name it opens with a proper name', () => {
    expect(
      linked('Carmaker QRB Velmont Corrigan is in talks. QRB said so.', orgs('QRB Velmont Corrigan', 'QRB')),
    ).toEqual([['org.qrb-velmont-corrigan', ['QRB Velmont Corrigan', 'QRB']]]);
  });

  it.each([
    [
      'a word the article writes in lower case',
      'QRB Lighting grew. QRB sells lighting.',
      'QRB Lighting',
      'QRB',
    ],
    ["a body's word", 'The QRB Council met. QRB said so.', 'QRB Council', 'QRB'],
    ['the acronym first', 'QRB said so. QRB Velmont agreed.', 'QRB Velmont', 'QRB'],
    ['an acronym the alias table knows', 'BBC Velmont aired it. The BBC said so.', 'BBC Velmont', 'BBC'],
  ])('leaves an acronym apart from a full name with %s', (_, text, full, short) => {
    expect(
      linked(text, orgs(full, short))
        .map(([, m]) => m)
        .sort(),
    ).toEqual([[full], [short]].sort());
  });

  it('joins neither of two full names it opens', () => {
    const text = 'Reliance Industries and Reliance Energy split. Reliance said so.';
    expect(linked(text, orgs('Reliance Industries', 'Reliance Energy', 'Reliance'))).toEqual([
      ['org.reliance-industries', ['Reliance Industries']],
      ['org.reliance-energy', ['Reliance Energy']],
      ['org.reliance', ['Reliance']],
    ]);
  });

  it.each([
    [
      'an arm of its own',
      'Barclays Capital advised. Barclays said profits rose.',
      'Barclays Capital',
      'Barclays',
    ],
    [
      'a name that adds more than designators',
      'AOL Latin America grew. AOL said so.',
      'AOL Latin America',
      'AOL',
    ],
    [
      'a place typed an organisation',
      'Japan Airlines flew. Boeing leads in Japan.',
      'Japan Airlines',
      'Japan',
    ],
    ['an organisation word', 'News International owns it. News said so.', 'News International', 'News'],
  ])('leaves %s apart', (_, text, full, short) => {
    expect(linked(text, orgs(full, short)).map(([, m]) => m)).toEqual([[full], [short]]);
  });

  it('joins a common word or two named after the full name', () => {
    expect(
      linked(
        'Shares in Southern Airlines fell. Southern said fuel cost more.',
        orgs('Southern Airlines', 'Southern'),
      ),
    ).toEqual([['org.southern-airlines', ['Southern Airlines', 'Southern']]]);
    expect(
      linked(
        'Crispy Cream Doughnuts cut jobs. Crispy Cream said sales fell.',
        orgs('Crispy Cream Doughnuts', 'Crispy Cream'),
      ),
    ).toEqual([['org.crispy-cream-doughnuts', ['Crispy Cream Doughnuts', 'Crispy Cream']]]);
  });

  it('reads "Air Lines" as "Airlines"', () => {
    expect(
      linked('Shares in Zelta Air Lines fell. Zelta said so.', orgs('Zelta Air Lines', 'Zelta')),
    ).toEqual([['org.zelta-air-lines', ['Zelta Air Lines', 'Zelta']]]);
  });

  it("joins a common word a headline writes before the body's full name", () => {
    const read = withHeadline(
      annotate('Shares in Crispy Cream Doughnuts fell. Crispy Cream said sales fell.'),
      'Crispy Cream shares hit',
    );
    const { entities } = linkWithHeadline(
      read,
      tagLongestFirst(read.doc.text, orgs('Crispy Cream Doughnuts', 'Crispy Cream')),
    );
    expect(entities.map((e) => e.id)).toEqual(['org.crispy-cream-doughnuts']);
  });

  it("joins a firm's bare name to its regional arm named before it, not after", () => {
    expect(
      linked('Velto Europe began the campaign. Velto said it would stop.', orgs('Velto Europe', 'Velto')),
    ).toEqual([['org.velto-europe', ['Velto Europe', 'Velto']]]);
    expect(
      linked(
        'Velto sales rose. "It sold well," said the head of Velto Europe.',
        orgs('Velto Europe', 'Velto'),
      )
        .map(([, m]) => m)
        .sort(),
    ).toEqual([['Velto'], ['Velto Europe']]);
  });

  it('leaves a common word apart when it comes before the full name', () => {
    expect(
      linked('Southern said fuel cost more. Southern Airlines fell.', orgs('Southern', 'Southern Airlines'))
        .map(([, m]) => m)
        .sort(),
    ).toEqual([['Southern'], ['Southern Airlines']]);
  });
});
