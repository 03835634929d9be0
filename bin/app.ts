import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ClaimtrailStack } from '../lib/claimtrail-stack';
import { stackPropsFromContext } from '../lib/stack-config';

const app = new App();
// Environment-agnostic: no account or region lookups, so synth works without credentials.
new ClaimtrailStack(app, 'ClaimtrailStack', {
  description: 'claimtrail: news articles -> entities and claims index',
  ...stackPropsFromContext(app.node),
});
// cdk-nag v3 is a policy-validation plugin: any unacknowledged finding fails synth.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
