import type { Entity, TextSpan } from '../model/document';
import { entityId } from './ids';
import { applyMoves, type Move } from './mention-moves';
import { blankEntity } from './table-entity';

/** A judge's style: "Lord Justice", "Mr Justice", "Lord Chief Justice", "Lord Justices". */
const STYLE = /(?<![\p{L}])(?:Lord|Lady|Mr|Mrs|Ms|Dame)(?: Chief)? Justices?(?![\p{L}])/gu;
/** The surname a style goes before: "Lord Justice May". */
const NAME_AFTER = /^ (\p{Lu}\p{Ll}[\p{L}'’-]*)/u;

interface Style {
  start: number;
  end: number;
  /** The style as a person's title, in the singular ("Lord Justices Clarke and Rix": "Lord Justice"). */
  role: string;
  surname?: TextSpan;
}

/**
 * A judge's style names no one: the tagger made "Justice" of "Lord Justice
 * May" a person, "Mr Justice" of "Mr Justice Eady" an organisation, and
 * "Lord Justices Clarke" one name. A mention inside a style, or running
 * from it into the surname after, goes; the surname is the judge, a
 * person with the style as a title: the article's person of that name or
 * surname, or a new one (only when a mention was in the style: an untagged
 * judge stays untagged). A style with no surname after ("the Lord Chief
 * Justice, Lord Woolf") is a post, and its mention goes too. In the
 * document's view only (./link).
 */
export function readJudicialStyles(text: string, entities: Entity[]): Entity[] {
  const styles = [...text.matchAll(STYLE)].map(styleAt);
  if (styles.length === 0) return entities;
  const dropped = new Set<TextSpan>();
  const moves: Move[] = [];
  const judges = new Map<string, Entity>();
  for (const style of styles) {
    const inStyle = mentionsIn(entities, style);
    for (const t of inStyle) dropped.add(t.mention);
    const { surname } = style;
    // the mention reaching into the surname, else any in the style, becomes the surname's
    const from = inStyle.find((t) => t.mention.end > style.end) ?? inStyle[0];
    if (
      !surname ||
      !from ||
      entities.some((e) => e.type === 'PERSON' && e.mentions.some((m) => sameSpan(m, surname)))
    )
      continue;
    dropped.delete(from.mention);
    moves.push({
      taken: [from],
      into: judgeNamed(surname.text, entities, judges, style.role),
      span: surname,
    });
  }
  if (dropped.size === 0 && moves.length === 0) return entities;
  const withJudges = [...entities, ...judges.values()].map((e) => withoutMentions(e, dropped));
  const titled = withRoles(applyMoves(withJudges, moves), styles);
  return titled.filter((e) => e.mentions.length > 0).sort((a, b) => first(a) - first(b));
}

function styleAt(match: RegExpMatchArray): Style {
  const start = match.index ?? 0;
  const end = start + match[0].length;
  const role = match[0].replace(/Justices$/, 'Justice');
  const name = NAME_AFTER.exec((match.input ?? '').slice(end, end + 40))?.[1];
  return {
    start,
    end,
    role,
    ...(name ? { surname: { start: end + 1, end: end + 1 + name.length, text: name } } : {}),
  };
}

/** Mentions inside a style, or starting in it and ending by its surname's end. */
function mentionsIn(entities: Entity[], style: Style): { from: Entity; mention: TextSpan }[] {
  const end = style.surname?.end ?? style.end;
  return entities.flatMap((from) =>
    from.mentions
      .filter((m) => m.start >= style.start && m.start < style.end && m.end <= end)
      .map((mention) => ({ from, mention })),
  );
}

/** The article's person a surname names (by name, surname or mention), else a new judge of that name. */
function judgeNamed(surname: string, entities: Entity[], judges: Map<string, Entity>, role: string): Entity {
  const person = entities.find(
    (e) =>
      e.type === 'PERSON' &&
      (e.name === surname || e.name.endsWith(` ${surname}`) || e.mentions.some((m) => m.text === surname)),
  );
  if (person) return person;
  const made =
    judges.get(surname) ??
    blankEntity({ id: entityId('PERSON', surname), name: surname, type: 'PERSON' }, [role]);
  judges.set(surname, made);
  return made;
}

function withoutMentions(e: Entity, dropped: Set<TextSpan>): Entity {
  return e.mentions.some((m) => dropped.has(m))
    ? { ...e, mentions: e.mentions.filter((m) => !dropped.has(m)) }
    : e;
}

/** Each judge takes the style before a mention of theirs as a title. */
function withRoles(entities: Entity[], styles: Style[]): Entity[] {
  return entities.map((e) => {
    if (e.type !== 'PERSON') return e;
    const roles = styles
      .filter((s) => s.surname && e.mentions.some((m) => sameSpan(m, s.surname as TextSpan)))
      .map((s) => s.role);
    const added = roles.filter((r) => !e.roles.includes(r));
    return added.length === 0 ? e : { ...e, roles: [...e.roles, ...new Set(added)] };
  });
}

const sameSpan = (a: TextSpan, b: TextSpan) => a.start === b.start && a.end === b.end;
const first = (e: Entity) => e.mentions[0]?.start ?? 0;
