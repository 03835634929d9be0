import { type DomElement, tagOf } from './dom';

/** Page furniture by tag: dropped unless it holds the article itself. */
const FURNITURE_TAGS = new Set([
  'FORM',
  'NAV',
  'ASIDE',
  'FOOTER',
  'HEADER',
  'FIGURE',
  'FIGCAPTION',
  'DIALOG',
  'MENU',
]);

/**
 * class/id words (whole parts of a class name) of page furniture: sharing,
 * related links, captions and image boxes, bylines and dates, ads, comments,
 * a rollover's card (`rollover-people-block`), though not the rollover around
 * a name in the text (`rollover-people`: The Hill lost "Kristi Noem" so).
 */
const FURNITURE_WORDS =
  /(?:^|[\s_-])(?:ad|ads|advert\w*|adslot|dfp|banner|byline|author|authors|caption\w*|credit\w*|comment\w*|disqus|share\w*|sharing|social|related|recommend\w*|newsletter\w*|subscri\w*|signup|promo\w*|sponsor\w*|breadcrumbs?|pagination|pager|menu|nav|navbar|navigation|sidebar|rail|widget\w*|footer|masthead|toolbar|tags|tag-?list|tag-?cloud|keywords|topics|cookie\w*|consent|gdpr|modal|popup|outbrain|taboola|trending|popular|most-?read|more-?stories|read-?more|dateline|timestamp|date|meta|skip\w*|tooltip|rollover(?:-\w+)*-block|image|img|photo|picture|gallery|slideshow|carousel|lightbox|thumbnail)(?=$|[\s_-])/;

/** Whole class names of things hidden from sight (a part alone would catch utility classes like `overflow-hidden`). */
const HIDDEN_CLASSES =
  /(?:^|\s)(?:hidden|is-hidden|visually-hidden|sr-only|screen-reader-text|print-only|overlay)(?=$|\s)/;
const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** class and id as lower-case words: `newsCaption share_bar` -> `news caption share_bar`. */
function classWords(el: DomElement): string {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return raw.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Whether the element's tag, class, id or hiding says it is page furniture rather than article. */
export function isFurniture(el: DomElement): boolean {
  if (FURNITURE_TAGS.has(tagOf(el))) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (HIDDEN_STYLE.test(el.getAttribute('style') ?? '')) return true;
  const words = classWords(el);
  return FURNITURE_WORDS.test(words) || HIDDEN_CLASSES.test(words);
}
