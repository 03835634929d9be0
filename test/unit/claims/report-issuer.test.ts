import { describe, expect, it } from 'vitest';
import { reportIssuer } from '../../../functions/domain/claims/report-issuer';
import { named, speakerOf } from './article-fixture';

describe('reportIssuer: who the story says made a document', () => {
  it('reads the maker after "In a new report," and after "The study, from"', () => {
    const text = 'In a new report, the Audit Body says costs rose. The report says more.';
    const body = named(text, 'org.audit-body', 'ORG', ['Audit Body']);
    expect(reportIssuer('report', text.length, [body], text)).toBe('org.audit-body');
    const study = 'The study, from the Centre for Trade Research, does not say so.';
    const centre = named(study, 'org.centre', 'ORG', ['Centre for Trade Research']);
    expect(reportIssuer('study', 9, [centre], study)).toBe('org.centre');
  });

  it('reads the maker before "says in a report", and only for that noun', () => {
    const text = 'Children will die needlessly, Aidwell says in a report. The report said aid fell.';
    const charity = named(text, 'org.aidwell', 'ORG', ['Aidwell']);
    expect(reportIssuer('report', text.length, [charity], text)).toBe('org.aidwell');
    expect(reportIssuer('survey', text.length, [charity], text)).toBeNull();
  });

  it("reads a book's author after its title and description", () => {
    const text =
      "According to a new book, Brown's Britain by Sunday Herald journalist Rob Pest, he stayed. The book claims more.";
    const author = named(text, 'person.rob-pest', 'PERSON', ['Rob Pest']);
    const paper = named(text, 'org.sunday-herald', 'ORG', ['Sunday Herald']);
    expect(speakerOf(text, 'The book', [author, paper])).toBe('person.rob-pest');
    const other = 'The book by the sea, said Ann Lee, is fine. The book claims more.';
    const lee = named(other, 'person.ann-lee', 'PERSON', ['Ann Lee']);
    expect(speakerOf(other, 'The book', [lee], [], 1)).toBeNull();
  });

  it('takes no name a report only mentions', () => {
    const text = 'A report on Acme Ltd was out. The report said sales fell.';
    const acme = named(text, 'org.acme', 'ORG', ['Acme Ltd']);
    expect(reportIssuer('report', text.length, [acme], text)).toBeNull();
  });
});

describe('resolveSpeaker: "the report" speaks for the body that issued it', () => {
  it('goes to the maker the story named with the report earlier', () => {
    const text =
      'Children will die needlessly, Aidwell says in a report. The Treasury was asked. The report said aid had fallen.';
    const charity = named(text, 'org.aidwell', 'ORG', ['Aidwell']);
    const treasury = named(text, 'org.treasury', 'ORG', ['Treasury']);
    expect(speakerOf(text, 'The report', [charity, treasury])).toBe('org.aidwell');
  });

  it('reads a statement as a document its maker issued, as a report', () => {
    const text = 'In a statement, Acme Foods said sales fell. "Costs rose," the statement added.';
    const acme = named(text, 'org.acme-foods', 'ORG', ['Acme Foods']);
    expect(speakerOf(text, 'the statement', [acme])).toBe('org.acme-foods');
    const spoke = 'Acme Foods said sales fell. "Costs rose," read the statement.';
    const firm = named(spoke, 'org.acme-foods', 'ORG', ['Acme Foods']);
    const prior = [{ end: 10, text: 'Acme Foods', entityId: 'org.acme-foods' }];
    expect(speakerOf(spoke, 'the statement', [firm], prior)).toBe('org.acme-foods');
  });
});
