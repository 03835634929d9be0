import { describe, expect, it } from 'vitest';
import { typesOf } from './helpers';

describe("a name typed a body or a place after a broadcaster's possessive", () => {
  it('is a programme, a work, with all its mentions', () => {
    const text =
      "Speaking to the BBC's Harbour Hour on Sunday, Mr Pell said he would stand. A poll for BBC One's Fieldwatch programme found support. In the Fieldwatch poll, most agreed. He told Five Live's Matchtalk: \"We will win.\"";
    expect(
      typesOf(text, [
        ['BBC', 'ORG'],
        ['BBC One', 'ORG'],
        ['Five Live', 'ORG'],
        ['Harbour Hour', 'LOC'],
        ['Fieldwatch', 'LOC'],
        ['Matchtalk', 'ORG'],
        ['Pell', 'PER'],
      ]),
    ).toMatchObject({ 'Harbour Hour': 'MISC', Fieldwatch: 'MISC', Matchtalk: 'MISC' });
  });

  it("leaves a person, a known place, the broadcaster's own part and a name another noun follows", () => {
    const text =
      "The BBC's Ann Pell in Paris says it will. MTV's Asia Aid is in May. It aired on the BBC's Overseas Service, and Ross spoke from ITV's Thames Rooms headquarters for BBC Two's Deskwork programme.";
    expect(
      typesOf(text, [
        ['BBC', 'ORG'],
        ['MTV', 'ORG'],
        ['ITV', 'ORG'],
        ['Ann Pell', 'PER'],
        ['Paris', 'LOC'],
        ['Asia', 'LOC'],
        ['Overseas Service', 'ORG'],
        ['Thames Rooms', 'ORG'],
        ['Deskwork', 'LOC'],
      ]),
    ).toMatchObject({
      'Ann Pell': 'PERSON',
      Asia: 'GPE',
      'Overseas Service': 'ORG',
      'Thames Rooms': 'ORG',
      Deskwork: 'MISC',
    });
  });
});
