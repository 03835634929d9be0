/** Small synthetic news pages for the HTML extractor's tests (written for these tests, not taken from any site). */

export const BODY = [
  'The harbour authority said on Monday that the old ferry terminal would close for repairs until the spring, moving all crossings to the north pier.',
  'Engineers found cracks in two of the concrete piles last month, according to a report the authority published on its website.',
  '“We would rather lose a season than risk a collapse,” said Mara Oyelaran, who chairs the authority’s safety board.',
  'Local businesses near the terminal said the closure would cost them customers, and asked the council for help with rents.',
];

export const paragraphs = (texts: string[] = BODY): string => texts.map((t) => `<p>${t}</p>`).join('\n');

export function page({ head = '', body }: { head?: string; body: string }): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Ferry terminal to close | Harbour Times</title>${head}</head><body>${body}</body></html>`;
}

/** An article wrapped in the usual furniture: navigation, share bar, related links, comments, footer. */
export function furnishedPage(article = paragraphs()): string {
  const related = [
    'Council votes on parking fees',
    'Storm closes coastal road',
    'New bakery opens on Quay Street',
  ]
    .map((t, i) => `<li><a href="/news/${i}">${t}</a></li>`)
    .join('');
  return page({
    body: `
<header class="site-header"><a href="/">Harbour Times</a></header>
<nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
<main>
  <article>
    <h1>Ferry terminal to close for repairs</h1>
    <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
    <figure><img src="terminal.jpg"><figcaption>The old terminal in 2019. Photo: Harbour Times</figcaption></figure>
    <div class="article-body">${article}</div>
    <aside class="related-stories"><h3>Related stories</h3><ul>${related}</ul></aside>
  </article>
  <section id="comments" class="comments"><h3>Comments</h3>
    <div class="comment"><p>Reader42: This terminal has been falling apart for years and everyone on the island knew it, frankly.</p></div>
  </section>
</main>
<footer class="site-footer"><p>© Harbour Times Ltd. All rights reserved. Registered in England.</p><a href="/privacy">Privacy</a></footer>`,
  });
}
