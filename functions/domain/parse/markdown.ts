import type { Token, Tokens } from 'marked';
import { splitFrontMatter } from './front-matter';
import type { ParsedArticle } from './types';

// Loaded with this module, which is itself loaded on the first Markdown input (see LAZY_PACKAGES).
const { marked } = await import('marked');

/** Markdown through marked's lexer: the first H1 is the title, blocks become paragraphs. */
export function parseMarkdown(raw: string): ParsedArticle {
  const { meta, body } = splitFrontMatter(raw);
  const tokens = marked.lexer(body);
  let title = meta.title;
  const paragraphs: string[] = [];
  for (const token of tokens) {
    if (token.type === 'heading' && (token as Tokens.Heading).depth === 1 && title === null) {
      title = inlineText((token as Tokens.Heading).tokens);
      continue;
    }
    paragraphs.push(...blockText(token));
  }
  return {
    ...meta,
    title,
    text: paragraphs.filter((p) => p.trim()).join('\n\n'),
  };
}

function blockText(token: Token): string[] {
  switch (token.type) {
    case 'heading':
    case 'paragraph':
      return [inlineText((token as Tokens.Paragraph).tokens)];
    case 'blockquote':
      return (token as Tokens.Blockquote).tokens.flatMap(blockText);
    case 'list':
      return (token as Tokens.List).items.map((item) => item.tokens.flatMap(blockText).join(' '));
    case 'text':
      return [(token as Tokens.Text).tokens ? inlineText((token as Tokens.Text).tokens ?? []) : token.raw];
    default:
      return []; // code, html, tables, rules and spacing carry no article prose
  }
}

function inlineText(tokens: Token[] | undefined): string {
  if (!tokens) return '';
  return tokens
    .map((t) => {
      if ('tokens' in t && Array.isArray(t.tokens) && t.type !== 'image') return inlineText(t.tokens);
      if (t.type === 'br') return '\n';
      if (t.type === 'image' || t.type === 'html') return '';
      return 'text' in t ? decodeEntities(String(t.text)) : '';
    })
    .join('')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, name: string) => ENTITIES[name] ?? '');
}
