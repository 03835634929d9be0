import { fromEnv } from '@aws-sdk/credential-provider-env';

/**
 * Stands in for `@aws-sdk/credential-provider-node` in the Lambda bundles (see
 * BUNDLE_SETTINGS.alias). Lambda hands a function its role's credentials in
 * environment variables, so the default chain's other providers (SSO, ini
 * files, STS web identity, IMDS) never run there, yet they and the STS/SSO
 * clients they import are about 110 KB that every cold start compiles.
 * Local runs and scripts are not bundled and keep the full chain.
 */
export const defaultProvider: typeof fromEnv = (init) => fromEnv(init);
