import { isFirstName } from './first-names';

/** Last words of newspapers' names: "Gloucester Citizen", "Evening Standard", "Yorkshire Post", "Wheeling News-Register". */
const MASTHEAD =
  /[\s-](?:Citizen|Echo|Herald|Gazette|Chronicle|Argus|Courier|Mail|Post|Times|Telegraph|Mirror|Express|Observer|Guardian|Independent|Standard|Journal|Record|News|Star|Tribune|Inquirer|Examiner|Bulletin|Advertiser|Sentinel|Dispatch|Globe|Bee|Register)$/u;

/** Whether a name of two words or more ends on a newspaper's word ("Kansas City Star", "Sacramento Bee"). */
export const endsOnMasthead = (name: string) => MASTHEAD.test(name);
/** "the" right before the name: "told the Gloucester Citizen"; no one is "the Jim Courier". */
const THE_BEFORE = /(?:^|[^\p{L}])the\s+$/iu;

/**
 * A newspaper the tagger took for a person's full name: a name of two
 * words or more ending in a masthead word, right after "the", that opens
 * with no given name ("the Gloucester Citizen", not "Jim Courier").
 */
export function isMastheadCued(text: string, m: { start: number; end: number; text: string }): boolean {
  const first = m.text.split(/\s+/)[0] as string;
  return (
    MASTHEAD.test(m.text) &&
    !isFirstName(first) &&
    THE_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start))
  );
}
