import { Duration, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { BUNDLE_SETTINGS, bundleLazyPackages, PROJECT_ROOT, rebuildWithPlugins } from '../bundle-settings';

export const SERVICE_NAME = 'claimtrail';

export interface LambdaFunctionProps {
  /** Folder under functions/ that holds handler.ts (exporting `handler`). */
  readonly name: string;
  readonly description?: string;
  /** Added to the Powertools and source-map defaults. */
  readonly environment?: Record<string, string>;
  /** @default 256 */
  readonly memorySize?: number;
  /** @default 10 seconds */
  readonly timeout?: Duration;
  /** @default one month */
  readonly logRetention?: RetentionDays;
  /** @default INFO */
  readonly logLevel?: string;
  /** Shell commands run after esbuild, e.g. to copy data files into the bundle. */
  readonly afterBundling?: (inputDir: string, outputDir: string) => string[];
}

/**
 * The defaults every claimtrail function shares: Node.js 22 on Graviton, an ESM bundle built by
 * local esbuild, its own log group with a retention, and a role that may write only to that group.
 */
export class LambdaFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly logGroup: LogGroup;
  readonly role: Role;

  constructor(scope: Construct, id: string, props: LambdaFunctionProps) {
    super(scope, id);
    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
    });
    // An explicit role scoped to this log group replaces AWSLambdaBasicExecutionRole (logs:* on *).
    this.role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    this.logGroup.grantWrite(this.role);

    const entry = `${PROJECT_ROOT}functions/${props.name}/handler.ts`;
    const afterBundling = (inputDir: string, outputDir: string) => [
      rebuildWithPlugins(inputDir, outputDir, entry),
      bundleLazyPackages(inputDir, outputDir),
      ...(props.afterBundling?.(inputDir, outputDir) ?? []),
    ];
    this.fn = new NodejsFunction(this, 'Function', {
      description: props.description,
      entry,
      handler: 'handler',
      depsLockFilePath: `${PROJECT_ROOT}package-lock.json`,
      projectRoot: PROJECT_ROOT,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 256,
      timeout: props.timeout ?? Duration.seconds(10),
      role: this.role,
      logGroup: this.logGroup,
      environment: {
        POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
        LOG_LEVEL: props.logLevel ?? 'INFO',
        ...props.environment,
      },
      bundling: {
        forceDockerBundling: false,
        format: OutputFormat.ESM,
        mainFields: [...BUNDLE_SETTINGS.mainFields],
        banner: BUNDLE_SETTINGS.banner,
        minify: BUNDLE_SETTINGS.minify,
        sourceMap: BUNDLE_SETTINGS.sourceMap,
        target: BUNDLE_SETTINGS.target,
        externalModules: [...BUNDLE_SETTINGS.externalModules],
        esbuildArgs: {
          '--alias': Object.entries(BUNDLE_SETTINGS.alias).map(([from, to]) => `${from}=${to}`),
        },
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling,
        },
      },
    });
    Validations.of(this.fn).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'nodejs22.x (supported LTS) is pinned on purpose and the esbuild target matches it; moving to ' +
        'nodejs24.x is a deliberate upgrade to test first, not something a new CDK release should force.',
    });
  }
}
