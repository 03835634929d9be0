import { cutList } from './cut-list';
import type { Sequence, TokenInfo } from './features';
import { frontedObject } from './fronted-object';
import { joinedClause } from './joined-clause';
import { withoutRelativeHead } from './relative-head';
import { withoutRelativeTail } from './relative-tail';
import type { Run } from './tags';

/**
 * The linker's source with the words the tagger cut or took wrongly mended:
 * a fronted phrase's object taken in ("Despite the demand Sony"), a
 * preposition's object "and" joins to the subject ("at Newcastle and
 * manager Jose Mourinho"), a list's first members left out ("Sony,
 * Microsoft and Nintendo"), a relative pronoun run on to ("Ted Cruz, who")
 * or begun on ("which an FBI investigation").
 */
export function boundedSource(
  seq: Sequence,
  info: TokenInfo,
  source: Run | undefined,
  cue: Run,
): Run | undefined {
  return withoutRelativeHead(
    seq,
    info,
    withoutRelativeTail(
      seq,
      cutList(seq, info, joinedClause(seq, info, frontedObject(seq, info, source, cue), cue)),
    ),
  );
}
