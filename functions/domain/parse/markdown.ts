import type { Token, Tokens } from 'marked';
import { isoDate } from './date';
import type { ParsedArticle } from './types';

// Loaded with this module, which is itself loaded on the first Markdown input (see LAZY_PACKAGES).
const { marked } = await import('marked');

/** Markdown through marked's lexer: the first H1 is the title, blocks become paragraphs. */
export function parseMarkdown(raw: string): ParsedArticle {
  const front = /^---\n([\s\S]*?)\n---\n/.exec(raw);
  const meta = front ? parseFrontMatter(front[1] as string) : {};
  const tokens = marked.lexer(front ? raw.slice(front[0].length) : raw);
  let title: string | null = meta.title ?? null;
  const paragraphs: string[] = [];
  for (const token of tokens) {
    if (token.type === 'heading' && (token as Tokens.Heading).depth === 1 && title === null) {
      title = inlineText((token as Tokens.Heading).tokens);
      continue;
    }
    paragraphs.push(...blockText(token));
  }
  return {
    title,
    byline: meta.author ?? null,
    published: isoDate(meta.date),
    url: meta.url ?? null,
    language: meta.lang ?? null,
    source: null,
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

function parseFrontMatter(block: string): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const line of block.split('\n')) {
    const m = /^([A-Za-z_]+)\s*:\s*(.*)$/.exec(line);
    if (m) meta[(m[1] as string).toLowerCase()] = (m[2] as string).replace(/^["']|["']$/g, '').trim();
  }
  return meta;
}
