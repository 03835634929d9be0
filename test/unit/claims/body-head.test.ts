import { describe, expect, it } from 'vitest';
import { named, speakerOf } from './article-fixture';

describe("resolveSpeaker: a body's people named by its head word alone speak for the body", () => {
  const text =
    'The Scottish Executive lost its case in court. Executive ministers raised an appeal. An executive spokesman said the ruling would be studied.';
  const executive = named(text, 'org.scottish-executive', 'ORG', ['Scottish Executive']);

  it('takes "Executive ministers" and "An executive spokesman" for the Scottish Executive', () => {
    expect(speakerOf(text, 'Executive ministers', [executive])).toBe('org.scottish-executive');
    expect(speakerOf(text, 'An executive spokesman', [executive])).toBe('org.scottish-executive');
  });

  it('leaves them unlinked when two bodies named end in the word', () => {
    const health = {
      ...executive,
      id: 'org.health-and-safety-executive',
      name: 'Health and Safety Executive',
    };
    expect(speakerOf(text, 'Executive ministers', [executive, health])).toBeNull();
  });

  it('leaves "Church ministers" unlinked: a church is no governing body', () => {
    const church = 'Church ministers want the concert stopped, said a pastor of the Fullness of Joy Church.';
    const entities = [named(church, 'org.fullness-of-joy-church', 'ORG', ['Fullness of Joy Church'])];
    expect(speakerOf(church, 'Church ministers', entities)).toBeNull();
  });
});
