import { describe, expect, it } from 'vitest';
import { afterReportTime } from '../../functions/domain/attribution/report-time';
import { asText, extracted, sourcedClaim } from './text-fixture';

/** The content `afterReportTime` gives the claim of `source`, `cue` and `content` in `text`. */
function content(text: string, source: string, cue: string, found: string) {
  return asText(text, afterReportTime(text, sourcedClaim(text, source, cue, found)))[2];
}

describe('a content that opens on the time of its report', () => {
  it('starts after the time', () => {
    const week = 'The paper said last week it would cut 30 jobs.';
    expect(content(week, 'The paper', 'said', 'last week it would cut 30 jobs')).toBe('it would cut 30 jobs');
    const night = 'MPs said on Monday night the firm had been frank.';
    expect(content(night, 'MPs', 'said', 'on Monday night the firm had been frank')).toBe(
      'the firm had been frank',
    );
    const earlier = 'He said earlier this week he would not resign.';
    expect(content(earlier, 'He', 'said', 'earlier this week he would not resign')).toBe(
      'he would not resign',
    );
    const dated = 'NASA announced Nov. 18 that it was adding five companies.';
    expect(content(dated, 'NASA', 'announced', 'Nov. 18 that it was adding five companies')).toBe(
      'that it was adding five companies',
    );
    const day = 'The firm said Monday that it would cut 30 jobs.';
    expect(content(day, 'The firm', 'said', 'Monday that it would cut 30 jobs')).toBe(
      'that it would cut 30 jobs',
    );
    const year = 'The team showed in 2013 the cells respond to microbes.';
    expect(content(year, 'The team', 'showed', 'in 2013 the cells respond to microbes')).toBe(
      'the cells respond to microbes',
    );
    const that = 'The brewer said last summer that it would not expand.';
    expect(content(that, 'The brewer', 'said', 'last summer that it would not expand')).toBe(
      'that it would not expand',
    );
  });

  it("leaves a time's owner, a time set off by a comma and a content that is only the time", () => {
    const owner = "The organiser said this year's event will be the best yet.";
    expect(content(owner, 'The organiser', 'said', "this year's event will be the best yet")).toBe(
      "this year's event will be the best yet",
    );
    const comma = 'The cases mentioned last week, but will cover more deals.';
    expect(content(comma, 'The cases', 'mentioned', 'last week, but will cover more deals')).toBe(
      'last week, but will cover more deals',
    );
    const night = "The minister said Monday night's vote was close.";
    expect(content(night, 'The minister', 'said', "Monday night's vote was close")).toBe(
      "Monday night's vote was close",
    );
    const object = "Fans had declared Saturday as 'Cantona Day'.";
    expect(content(object, 'Fans', 'had declared', "Saturday as 'Cantona Day'")).toBe(
      "Saturday as 'Cantona Day'",
    );
    const only = 'The float was a success, bankers said on Friday.';
    expect(content(only, 'bankers', 'said', 'on Friday')).toBe('on Friday');
  });

  it('leaves a time the content does not open on right after the cue', () => {
    const apart = 'Last week, he said, the bank would close.';
    expect(content(apart, 'he', 'said', 'the bank would close')).toBe('the bank would close');
  });

  it('is what the extractor gives', () => {
    const text = 'The newspaper said last week it was offering voluntary redundancy to its reporters.';
    expect(extracted(text)).toContainEqual([
      'The newspaper',
      'said',
      'it was offering voluntary redundancy to its reporters',
    ]);
  });
});
