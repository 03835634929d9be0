import { describe, expect, it } from 'vitest';
import { InputError } from '../../functions/domain/model/errors';
import { extractHtmlArticle } from '../../functions/domain/parse/html/index';
import { BODY, furnishedPage, page, paragraphs } from './pages';

const inputError = (fn: () => unknown): InputError => {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
};

describe('extractHtmlArticle: body', () => {
  it('keeps the article and drops navigation, sharing, captions, related links, comments and footer', () => {
    const { paragraphs: out } = extractHtmlArticle(furnishedPage());
    expect(out).toEqual(BODY);
    const text = out.join('\n');
    for (const furniture of [
      'Sport',
      'Share on',
      'Photo:',
      'Related stories',
      'Storm closes',
      'Reader42',
      'Privacy',
    ]) {
      expect(text).not.toContain(furniture);
    }
  });

  it('drops captions, hidden text and teasers that sit inside the article body', () => {
    const body = `<div class="article-body">
      <p>${BODY[0]}</p>
      <div class="image-wrap"><img src="pier.jpg"><p>Workers inspect the north pier on Monday morning before the crossings moved over.</p></div>
      <p>${BODY[1]}</p>
      <p class="newsCaption">Divers found the cracks during a routine survey of the piles last month, officials said.</p>
      <div style="display:none">Subscriber offer: get the Harbour Times for one pound a week for a whole year.</div>
      <p>${BODY[2]}</p>
      <p><a href="/news/storm">Storm closes coastal road after cliff fall near the lighthouse</a></p>
      <p>${BODY[3]}</p>
    </div>`;
    expect(extractHtmlArticle(page({ body: `<article>${body}</article>` })).paragraphs).toEqual(BODY);
  });

  it('keeps a name a people rollover wraps, and drops the rollover card it carries', () => {
    const name = (who: string) =>
      `<span class="rollover-people"><a class="rollover-people-link" href="/people/x">${who}</a><span class="rollover-people-block"><span class="rollover-block">${who} is the chair of the board since 2019 and sits on five other bodies.</span></span></span>`;
    const first = BODY[2]?.replace('Mara Oyelaran', name('Mara Oyelaran'));
    const body = paragraphs([BODY[0] as string, BODY[1] as string, first as string, BODY[3] as string]);
    expect(extractHtmlArticle(page({ body: `<article>${body}</article>` })).paragraphs).toEqual(BODY);
  });

  it('keeps subheads and lists inside the article', () => {
    const body = `${paragraphs(BODY.slice(0, 2))}<h2>What happens next</h2><ul><li>Crossings move to the north pier from 1 March, the authority said in its notice.</li></ul>${paragraphs(BODY.slice(2))}`;
    const { paragraphs: out } = extractHtmlArticle(page({ body: `<article>${body}</article>` }));
    expect(out).toContain('What happens next');
    expect(out).toContain('Crossings move to the north pier from 1 March, the authority said in its notice.');
  });

  it('keeps a brief made only of short lines', () => {
    const lines = [
      'Ferry crossings resume at noon.',
      'Fares are unchanged.',
      'Delays of up to an hour are likely.',
    ];
    const html = page({ body: `<nav><a href="/">Home</a></nav><article>${paragraphs(lines)}</article>` });
    expect(extractHtmlArticle(html).paragraphs).toEqual(lines);
  });

  it('reads a bare fragment with no <html> or <body>', () => {
    expect(extractHtmlArticle(paragraphs()).paragraphs).toEqual(BODY);
  });

  it('decodes entities and normalises white space', () => {
    const text =
      'Fish &amp; chips cost &pound;9&nbsp;now, up from &#163;7 &mdash; the owner&#8217;s   &ldquo;last resort&rdquo;, he said on the pier on Friday afternoon.';
    const { paragraphs: out } = extractHtmlArticle(
      page({ body: `<article>${paragraphs([text, ...BODY])}</article>` }),
    );
    expect(out[0]).toBe(
      'Fish & chips cost £9 now, up from £7 — the owner’s “last resort”, he said on the pier on Friday afternoon.',
    );
  });

  it('survives malformed HTML: unclosed and stray tags, broken attributes', () => {
    const broken = `<div class=a"b><p>${BODY[0]}<p>${BODY[1]}</span></div></div><p>${BODY[2]}<b><i>${BODY[3]}</b></table>`;
    const out = extractHtmlArticle(`<html><body><article>${broken}`).paragraphs.join(' ');
    expect(out).toContain('Engineers found cracks');
    expect(out).toContain('Local businesses near the terminal');
  });

  it('survives nesting far deeper than real pages', () => {
    const deep = `<html><body>${'<div><span>'.repeat(3000)}${paragraphs()}</body></html>`;
    expect(extractHtmlArticle(deep).paragraphs.join(' ')).toContain('Engineers found cracks');
  });

  it('still extracts from a page too big to hand to Readability', () => {
    const html = page({ body: `<div>${'<i></i>'.repeat(20_001)}</div><article>${paragraphs()}</article>` });
    expect(extractHtmlArticle(html).paragraphs).toEqual(BODY);
  });

  it('falls back to JSON-LD articleBody when the page shows only a teaser', () => {
    const full = BODY.join('\n');
    const ld = JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Ferry terminal to close',
      articleBody: full,
    });
    const html = page({
      head: `<script type="application/ld+json">${ld}</script>`,
      body: `<article><p>${BODY[0]}</p><p class="paywall">Subscribe to read on.</p></article>`,
    });
    expect(extractHtmlArticle(html).paragraphs).toEqual(BODY);
  });

  it('throws InputError NO_TEXT for a page with no article text', () => {
    expect(inputError(() => extractHtmlArticle('')).code).toBe('NO_TEXT');
    expect(inputError(() => extractHtmlArticle('  <!-- nothing -->  ')).code).toBe('NO_TEXT');
    expect(inputError(() => extractHtmlArticle(page({ body: '<nav><a href="/">Home</a></nav>' }))).code).toBe(
      'NO_TEXT',
    );
  });

  it('throws InputError MALFORMED_HTML for input that is not text', () => {
    expect(inputError(() => extractHtmlArticle(42 as unknown as string)).code).toBe('MALFORMED_HTML');
  });
});

describe('extractHtmlArticle: metadata', () => {
  it('reads NewsArticle JSON-LD, inside @graph, with several authors', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Harbour Times', url: 'https://harbour.example/' },
        {
          '@type': ['NewsArticle'],
          headline: 'Ferry terminal to close &amp; crossings move',
          author: [
            { '@type': 'Person', name: 'Ada Brennan' },
            { '@type': 'Person', name: 'Tom Idowu' },
          ],
          datePublished: '2024-03-05T09:30:00+01:00',
          mainEntityOfPage: { '@id': 'https://harbour.example/news/ferry-terminal' },
          inLanguage: 'en-GB',
        },
      ],
    };
    const html = page({
      head: `<script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      body: paragraphs(),
    });
    const { paragraphs: _, ...meta } = extractHtmlArticle(html);
    expect(meta).toEqual({
      title: 'Ferry terminal to close & crossings move',
      byline: 'Ada Brennan, Tom Idowu',
      published: '2024-03-05T09:30:00+01:00',
      url: 'https://harbour.example/news/ferry-terminal',
      language: 'en-GB',
    });
  });

  it('falls back to Open Graph, article and author meta tags, the canonical link and <html lang>', () => {
    const head = `
      <meta property="og:title" content="Ferry terminal to close | Harbour Times">
      <meta property="og:site_name" content="Harbour Times">
      <meta property="article:published_time" content="2024-03-05T08:30:00Z">
      <meta name="author" content="By Ada Brennan">
      <link rel="canonical" href="/news/ferry-terminal">`;
    const { paragraphs: _, ...meta } = extractHtmlArticle(page({ head, body: paragraphs() }), {
      url: 'https://harbour.example/amp/ferry',
    });
    expect(meta).toEqual({
      title: 'Ferry terminal to close',
      byline: 'Ada Brennan',
      published: '2024-03-05T08:30:00Z',
      url: 'https://harbour.example/news/ferry-terminal',
      language: 'en-GB',
    });
  });

  it('reads citation_* tags and tolerates broken JSON-LD', () => {
    const head = `
      <script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
      <meta name="citation_title" content="Pier loads under tidal stress">
      <meta name="citation_author" content="Brennan, Ada"><meta name="citation_author" content="Idowu, Tom">
      <meta name="citation_publication_date" content="2023/11/07">`;
    const meta = extractHtmlArticle(page({ head, body: paragraphs() }));
    expect(meta.title).toBe('Pier loads under tidal stress');
    expect(meta.byline).toBe('Brennan, Ada, Idowu, Tom');
    expect(meta.published).toBe('2023-11-07');
  });

  it('skips a published date that names no year, for the <time> that does', () => {
    const head = '<meta property="article:published_time" content="31 March">';
    const body = `<time datetime="2024-03-31">31 March</time>${paragraphs()}`;
    expect(extractHtmlArticle(page({ head, body: paragraphs() })).published).toBeNull();
    expect(extractHtmlArticle(page({ head, body })).published).toBe('2024-03-31');
  });

  it('gives nulls, and the caller’s URL, when the page says nothing', () => {
    const html = `<html><body>${paragraphs()}</body></html>`;
    const { paragraphs: _, ...meta } = extractHtmlArticle(html, { url: 'https://harbour.example/a' });
    expect(meta).toEqual({
      title: null,
      byline: null,
      published: null,
      url: 'https://harbour.example/a',
      language: null,
    });
  });
});
