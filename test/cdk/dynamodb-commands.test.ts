import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FUNCTIONS = new URL('../../functions/', import.meta.url).pathname;

/** The DynamoDB commands named in the files under functions/ that import the DynamoDB SDK. */
function dynamoCommands(): string[] {
  const files = readdirSync(FUNCTIONS, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.ts'),
  );
  const found = new Set<string>();
  for (const file of files) {
    const source = readFileSync(join(FUNCTIONS, file), 'utf8');
    if (!/from '@aws-sdk\/(lib|client)-dynamodb'/.test(source)) continue;
    for (const [, name] of source.matchAll(/\b(\w+Command)\b/g)) found.add(name as string);
  }
  return [...found].sort();
}

describe('DynamoDB commands the functions send', () => {
  // dynalite enforces no IAM: the roles' grants (lib/constructs/*.ts, test/cdk/api, ingest,
  // schedule) were read off these commands. A new one fails here until the grants are checked.
  it('are the ones the grants were made for', () => {
    expect(dynamoCommands()).toEqual([
      'BatchGetCommand',
      'BatchWriteCommand',
      'DeleteCommand',
      'GetCommand',
      'PutCommand',
      'QueryCommand',
      'UpdateCommand',
    ]);
  });
});
