import type { Entity } from '../model/document';

/**
 * "Police", "the police", "a police spokesman", "police officers": the
 * force, written by its kind only. Up to one lower-case word before
 * ("senior", "local"; no `i` flag, under which \p{Ll} takes capitals too):
 * a place before it ("Kent police") names a force of its own.
 */
const POLICE_SOURCE =
  /^(?:(?:[Aa]n?|[Tt]he)\s+)?(?:\p{Ll}+\s+)?[Pp]olice(?:\s+(?:spokes(?:man|woman|person)|officers?|sources|chiefs?))?$/u;
/** A force's own name: "Thames Valley Police", "Strathclyde Police", "Metropolitan Police", "Kent Constabulary". */
const FORCE_NAME = /\s(?:Police(?:\s+(?:Service|Department|Force))?|Constabulary)$/u;

/**
 * The force a bare police source speaks for: the one police force the
 * article names ("Detective Inspector Paul Miller of Thames Valley Police
 * said … Police described the intruder as"), before or after it. None when
 * it names two or more (which one is for the story to say), nor a station,
 * federation or association ("Charing Cross police station", "Association
 * of Chief Police Officers": their names end on other words).
 */
export function policeForce(source: string, entities: Entity[]): string | null {
  if (!POLICE_SOURCE.test(source.trim())) return null;
  const forces = entities.filter((e) => e.type === 'ORG' && FORCE_NAME.test(e.name));
  return forces.length === 1 ? (forces[0] as Entity).id : null;
}
