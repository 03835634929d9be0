import { InputError } from '../../model/errors';
import { articleBodyParagraphs } from './article-body';
import { blocksOf } from './blocks';
import { removeBoilerplate } from './clean';
import { parseDocument } from './dom';
import { keepBlocks } from './filter';
import { readMetadata } from './metadata';
import { readabilityContent } from './readability';

export interface HtmlArticle {
  title: string | null;
  byline: string | null;
  published: string | null;
  url: string | null;
  language: string | null;
  /** The article body as plain-text paragraphs (subheads are paragraphs of their own). */
  paragraphs: string[];
}

/**
 * JSON-LD's articleBody is taken over the page's text only when it is much
 * longer: the page then shows a teaser (paywall) or renders the body by script.
 * Otherwise the DOM's text is as complete and keeps its paragraphs.
 */
const LD_BODY_ADVANTAGE = 1.5;

const chars = (paragraphs: string[]): number => paragraphs.reduce((n, p) => n + p.length, 0);

/**
 * The article in a news page's HTML: its metadata, and its body with the page
 * furniture (navigation, related links, sharing, captions, comments) left out.
 * Throws InputError MALFORMED_HTML when the input cannot be read as HTML, and
 * NO_TEXT when the page has no article text.
 */
export function extractHtmlArticle(html: string, options: { url?: string } = {}): HtmlArticle {
  const document = parseDocument(html);
  const { articleBody, ...metadata } = readMetadata(document, options.url);
  const body = document.body;
  if (body) removeBoilerplate(body);
  const content = readabilityContent(document) ?? body;
  let paragraphs = content ? keepBlocks(blocksOf(content)).map((b) => b.text) : [];
  const fromLd = articleBodyParagraphs(articleBody);
  if (chars(fromLd) > chars(paragraphs) * LD_BODY_ADVANTAGE) paragraphs = fromLd;
  if (!paragraphs.length) throw new InputError('NO_TEXT', 'no article text found in the HTML');
  return { ...metadata, paragraphs };
}
