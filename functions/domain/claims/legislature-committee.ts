import type { Entity } from '../model/document';

/** A source headed by a committee or panel: "The Commons education select committee". */
const COMMITTEE = /\b(?:(?:sub-?)?committee|panel)$/i;
/** A house of a legislature, by any of its names: "House of Commons", "the Commons", "European Parliament". */
const LEGISLATURE =
  /^(?:the\s+)?(?:house of (?:commons|lords|representatives)|commons|lords|(?:\p{L}+\s+)?parliament|(?:us\s+)?(?:congress|senate))$/iu;

/**
 * Whether a source is a committee of the legislature named in it ("The
 * Commons education select committee", "A European Parliament
 * committee"): a committee speaks for itself, not for the house it sits in,
 * so that house is not its speaker.
 */
export function isLegislatureCommittee(source: string, body: Entity): boolean {
  return (
    COMMITTEE.test(source.trim()) && [body.name, ...body.aliases].some((n) => LEGISLATURE.test(n.trim()))
  );
}
