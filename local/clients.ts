import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { type AwsClients, documentClient, s3Client } from '../functions/commons/clients';
import { injectFaults } from './faults';
import { meterClients, type Usage } from './usage';

/** Clients from the endpoint variables, metered; with a fault rate, some calls fail on purpose. */
export function localClients(faultRate: number, usage: Usage): AwsClients {
  const s3 = s3Client();
  const dynamo = new DynamoDBClient({});
  meterClients(s3, dynamo, usage);
  injectFaults(s3, faultRate);
  injectFaults(dynamo, faultRate);
  return { s3, doc: documentClient(dynamo) };
}
