import { describe, expect, it } from 'vitest';
import { isWatchdog, watchdogSpeaker } from '../../../functions/domain/claims/watchdog-speaker';
import { named, speakerOf } from './article-fixture';

describe('isWatchdog: a body that oversees, named by no name', () => {
  it('reads a watchdog or regulator with up to three words before it', () => {
    for (const phrase of ['watchdog', "UK's financial watchdog", 'US regulator', 'local government watchdog'])
      expect(isWatchdog(phrase)).toBe(true);
  });

  it('reads no plural and no other head', () => {
    for (const phrase of ['regulators', 'watchdog chairman', 'firm']) expect(isWatchdog(phrase)).toBe(false);
  });
});

describe('resolveSpeaker: "the watchdog" is the body that oversees', () => {
  it('goes to an overseeing body named only after it', () => {
    const text =
      'Donations should not be capped yet, the elections watchdog has said. The Electoral Commission said its review was done. The Royal Mail was not asked.';
    const commission = named(text, 'org.electoral-commission', 'ORG', ['Electoral Commission']);
    const mail = named(text, 'org.royal-mail', 'ORG', ['Royal Mail']);
    expect(speakerOf(text, 'the elections watchdog', [commission, mail])).toBe('org.electoral-commission');
  });

  it('takes a body the story calls a watchdog first, whatever its name', () => {
    const text =
      "The German regulator said it had found evidence. Germany's financial watchdog BaFin has opened a case. The Citigroup Board said nothing.";
    const bafin = named(text, 'org.bafin', 'ORG', ['BaFin']);
    const board = named(text, 'org.citigroup-board', 'ORG', ['Citigroup Board']);
    expect(watchdogSpeaker(0, [bafin, board], text)).toBe('org.bafin');
    expect(speakerOf(text, 'The German regulator', [bafin, board])).toBe('org.bafin');
  });

  it('takes no department, and no one when no overseeing body is named', () => {
    const text = 'The standards watchdog is looking at his decision. The Home Office said nothing.';
    const office = named(text, 'org.home-office', 'ORG', ['Home Office']);
    expect(speakerOf(text, 'The standards watchdog', [office])).toBeNull();
  });

  it('leaves a firm the same sentence speaks of to the firm, not to the watchdog opening it', () => {
    const text =
      'The US stock market regulator is investigating broker Acme Holdings, the firm has said. The Securities and Exchange Commission asked for papers.';
    const acme = named(text, 'org.acme-holdings', 'ORG', ['Acme Holdings']);
    const sec = named(text, 'org.sec', 'ORG', ['Securities and Exchange Commission']);
    expect(speakerOf(text, 'the firm', [acme, sec])).toBe('org.acme-holdings');
  });
});
