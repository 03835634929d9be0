import { describe, expect, it } from 'vitest';
import { named, speakerOf } from './article-fixture';

describe('resolveSpeaker: a report an opening cites goes to the maker the next sentences name', () => {
  it('takes the maker set right before a name after it', () => {
    const text =
      'House prices tripled in ten years, a report says.\n\nResearch from Homebank found the value rose.';
    const bank = named(text, 'org.homebank', 'ORG', ['Homebank']);
    expect(speakerOf(text, 'a report', [bank])).toBe('org.homebank');
    const study =
      'Most states failed, a report says.\n\nThe study, undertaken by the Trade Commission, looked at 25.';
    const body = named(study, 'org.trade-commission', 'ORG', ['Trade Commission']);
    expect(speakerOf(study, 'a report', [body])).toBe('org.trade-commission');
  });

  it('not another document, nor a maker three sentences on', () => {
    const text = 'Fans want music players, research suggests.\n\nA separate report by Jupiter says so too.';
    const jupiter = named(text, 'org.jupiter', 'ORG', ['Jupiter']);
    expect(speakerOf(text, 'research', [jupiter])).toBeNull();
    const far = 'Sales fell, a survey says. Shops shut. Rents rose. Research from Homebank found it.';
    const bank = named(far, 'org.homebank', 'ORG', ['Homebank']);
    expect(speakerOf(far, 'a survey', [bank])).toBeNull();
  });
});
