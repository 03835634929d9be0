import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * SDK clients. Endpoints come from the standard AWS_ENDPOINT_URL_* variables,
 * which is how the local stack points them at dynalite and s3rver.
 */
export function s3Client(): S3Client {
  return new S3Client({
    forcePathStyle: Boolean(process.env.AWS_ENDPOINT_URL_S3),
    // s3rver cannot verify the SDK's default CRC checksums.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

export function documentClient(client: DynamoDBClient = new DynamoDBClient({})): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertEmptyValues: false },
  });
}

export function sqsClient(): SQSClient {
  return new SQSClient({});
}

export interface AwsClients {
  s3: S3Client;
  doc: DynamoDBDocumentClient;
}

export function defaultClients(): AwsClients {
  return { s3: s3Client(), doc: documentClient() };
}
