import { describe, expect, it } from 'vitest';
import { typesOf } from './helpers';

describe('initials and a surname', () => {
  it('are a person where a role, a work made or an interview says so', () => {
    const text =
      "The songs are by Bollywood composer QV Rahmat. It follows the book by PW Travis. Fans saw an interview with JZ Rowe. XB Whyte's fifth novel sold well.";
    expect(
      typesOf(text, [
        ['QV Rahmat', 'ORG'],
        ['PW Travis', 'ORG'],
        ['JZ Rowe', 'ORG'],
        ['XB Whyte', 'ORG'],
      ]),
    ).toMatchObject({
      'QV Rahmat': 'PERSON',
      'PW Travis': 'PERSON',
      'JZ Rowe': 'PERSON',
      'XB Whyte': 'PERSON',
    });
  });

  it('stay a firm where no such words are near, or after "led by", or where the capitals stand alone too', () => {
    const text =
      'A consortium led by QP Morgate bid. Shares in QW Pharma rose. UK nominee TV Dairies won, and TV ratings rose.';
    expect(
      typesOf(text, [
        ['QP Morgate', 'ORG'],
        ['QW Pharma', 'ORG'],
        ['TV Dairies', 'ORG'],
      ]),
    ).toMatchObject({ 'QP Morgate': 'ORG', 'QW Pharma': 'ORG', 'TV Dairies': 'ORG' });
  });

  it("are a person listed next to a person's full name, not before an apposition's words", () => {
    const text =
      'Tales by Edgar Allan Pole, QE Nesbitt and Ambrose Bierley were read. Winners include QK Rowlands, Jacqueline Wills and Dick Kingsmith. Carol Walker, QZ Newsdesk 24 political editor, said so.';
    expect(
      typesOf(text, [
        ['Edgar Allan Pole', 'PER'],
        ['QE Nesbitt', 'ORG'],
        ['Ambrose Bierley', 'PER'],
        ['QK Rowlands', 'ORG'],
        ['Jacqueline Wills', 'PER'],
        ['Dick Kingsmith', 'PER'],
        ['Carol Walker', 'PER'],
        ['QZ Newsdesk', 'ORG'],
      ]),
    ).toMatchObject({ 'QE Nesbitt': 'PERSON', 'QK Rowlands': 'PERSON', 'QZ Newsdesk': 'ORG' });
  });

  it("are a person with a Mc surname, though the same initials open a firm's name too", () => {
    const text =
      'He needs the support of the tycoons QP McMorran and John Magnus. His adviser, QP Morgate, quit last year.';
    expect(
      typesOf(text, [
        ['QP McMorran', 'ORG'],
        ['John Magnus', 'PER'],
        ['QP Morgate', 'ORG'],
      ]),
    ).toMatchObject({ 'QP McMorran': 'PERSON', 'QP Morgate': 'ORG' });
  });
});
