package dev.regionstack.app.pipeline;

import dev.regionstack.app.stacks.LogRetention;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.deploy.CdkCli;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.platform.guardrails.Guarded;
import dev.regionstack.platform.guardrails.SuppressionRule;
import dev.regionstack.platform.removal.Removal;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Stage;
import software.amazon.awscdk.pipelines.AddStageOpts;
import software.amazon.awscdk.pipelines.CodeBuildOptions;
import software.amazon.awscdk.pipelines.CodePipeline;
import software.amazon.awscdk.pipelines.CodePipelineSource;
import software.amazon.awscdk.pipelines.ManualApprovalStep;
import software.amazon.awscdk.pipelines.S3SourceOptions;
import software.amazon.awscdk.pipelines.ShellStep;
import software.amazon.awscdk.pipelines.Step;
import software.amazon.awscdk.pipelines.WaveOptions;
import software.amazon.awscdk.services.codebuild.BuildEnvironment;
import software.amazon.awscdk.services.codebuild.BuildSpec;
import software.amazon.awscdk.services.codebuild.CloudWatchLoggingOptions;
import software.amazon.awscdk.services.codebuild.LoggingOptions;
import software.amazon.awscdk.services.codebuild.LinuxBuildImage;
import software.amazon.awscdk.services.codepipeline.PipelineType;
import software.amazon.awscdk.services.codepipeline.actions.S3Trigger;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.CfnBucket;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The opt-in CDK Pipelines pipeline that deploys the whole fleet in the same order as {@code regionstack deploy}.
 *
 * <p>Source: {@value #SOURCE_KEY} in the bucket this stack creates (operators upload a zip of the repository with
 * the fleet file at its root as {@value #FLEET_FILE}); an upload starts the pipeline through EventBridge. No
 * connection ARN or repository name is needed, so the fleet file gets no new keys.
 *
 * <p>Layout: one pipeline wave per environment, in file order, each holding one stage with every stack of the
 * environment (all regions and the global stacks), built as a root stage of its own (see EnvironmentStages).
 * Inside the stage CDK Pipelines orders the deploy actions by the stack dependencies the assembler adds for every
 * wait of the rollout plan, so the actions run in the same waves as {@code deploy}, cross-region edges included. A stage per region is not possible: the rollout crosses regions
 * back and forth (every region's key before the primary's data, the primary's data before the secondaries', peering
 * requests before the accepters' routes) and CDK Pipelines has no dependencies between stages of one wave, nor
 * references (same-region exports) between stages. A manual approval runs first in the wave of every
 * {@code approval: manual} environment.
 *
 * <p>Cross-account: the artifact bucket is encrypted with a KMS key ({@code crossAccountKeys}), and every deploy
 * action assumes the CDK bootstrap roles of its account and region, which trust this account when bootstrapped
 * with {@code --trust} (what {@code regionstack bootstrap} prints). Actions in other regions use the artifact
 * bucket of that region's PipelineArtifactsStack (in this account, planned as Layer.PIPELINE_ARTIFACTS) instead
 * of CDK's own support stacks, whose artifact ids differ from their stack names and so could not be deployed
 * by name like every other stack of the plan.
 */
public final class PipelineStack extends Stack implements Guarded {
    // Maps of more than one key are sorted (TreeMap): Map.of's order changes between JVM runs, templates must not.

    /** The object key operators upload the repository zip to. */
    public static final String SOURCE_KEY = "source.zip";
    /** The fleet file the synth step reads, relative to the root of the zip. */
    public static final String FLEET_FILE = "fleet.yaml";

    private final Bucket sourceBucket;
    private final CodePipeline pipeline;

    /**
     * @param props  account and region of the first environment's primary deployment, and the stack name
     * @param fleet              the whole fleet: the pipeline deploys every environment, whatever the selection
     * @param replicationBuckets region to artifact bucket, for every region other than this stack's that has a stack
     * @param plans              each environment's plan (by name), without the pipeline's own stacks
     * @param stages             builds one environment's stacks into a stage
     */
    public PipelineStack(Construct scope, String id, StackProps props, Fleet fleet,
                         Map<String, ? extends IBucket> replicationBuckets, Map<String, RolloutPlan> plans,
                         EnvironmentStages stages) {
        super(scope, id, props);
        Environment first = fleet.environments().get(0);
        boolean retain = first.primary().settings().sizing().retainData();

        Key sourceKey = Key.Builder.create(this, "SourceKey")
                .description("Encrypts the repository zips the " + getStackName() + " pipeline deploys from")
                .enableKeyRotation(true)
                .removalPolicy(Removal.of(retain))
                .build();
        sourceBucket = Bucket.Builder.create(this, "SourceBucket")
                .encryption(BucketEncryption.KMS)
                .encryptionKey(sourceKey)
                .bucketKeyEnabled(true)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .versioned(true) // CodePipeline's S3 source requires a versioned bucket
                .eventBridgeEnabled(true) // the upload starts the pipeline (no polling, no CloudTrail data events)
                .lifecycleRules(List.of(LifecycleRule.builder().id("ExpireOldSources")
                        .noncurrentVersionExpiration(Duration.days(90)).build()))
                .removalPolicy(Removal.of(retain))
                .autoDeleteObjects(!retain)
                .build();

        // Every CodeBuild project of the pipeline logs to one KMS-encrypted log group (Control Tower CT.CODEBUILD.PR.3).
        Key logsKey = Key.Builder.create(this, "BuildLogsKey")
                .description("Encrypts the build logs of the " + getStackName() + " pipeline")
                .enableKeyRotation(true)
                .removalPolicy(Removal.of(retain))
                .build();
        logsKey.addToResourcePolicy(PolicyStatement.Builder.create()
                .principals(List.of(new ServicePrincipal("logs." + getRegion() + ".amazonaws.com")))
                .actions(List.of("kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"))
                .resources(List.of("*"))
                .conditions(Map.of("ArnLike", Map.of("kms:EncryptionContext:aws:logs:arn",
                        "arn:" + getPartition() + ":logs:" + getRegion() + ":" + getAccount() + ":log-group:*")))
                .build());
        LogGroup buildLogs = LogGroup.Builder.create(this, "BuildLogs")
                .encryptionKey(logsKey)
                .retention(LogRetention.of(first.primary().settings().knobs().logRetentionDays()))
                .removalPolicy(Removal.of(retain))
                .build();

        CodePipelineSource source = CodePipelineSource.s3(sourceBucket, SOURCE_KEY,
                S3SourceOptions.builder().actionName("Source").trigger(S3Trigger.NONE).build());
        Optional<ImageBuild> images = ImageBuild.needed(fleet) ? Optional.of(new ImageBuild(this, "ImageBuild", fleet, source)) : Optional.empty();
        List<String> synth = new ArrayList<>();
        images.ifPresent(i -> synth.add(ImageBuild.exportTag()));
        synth.add("mvn -B -q package -DskipTests");
        synth.add("CDK_OUTDIR=cdk.out ./regionstack cdk-app -f " + FLEET_FILE);

        pipeline = CodePipeline.Builder.create(this, "Pipeline")
                .pipelineName(getStackName())
                .pipelineType(PipelineType.V2)
                .crossAccountKeys(true)
                .crossRegionReplicationBuckets(new LinkedHashMap<>(replicationBuckets)) // ordered: deterministic synth
                .enableKeyRotation(true)
                .selfMutation(true)
                .cliVersion(CdkCli.PINNED_VERSION) // self-mutation runs the CLI `deploy` uses, not npm's latest
                .dockerEnabledForSynth(false)
                .codeBuildDefaults(CodeBuildOptions.builder()
                        .buildEnvironment(BuildEnvironment.builder().buildImage(LinuxBuildImage.STANDARD_7_0).build())
                        .logging(LoggingOptions.builder()
                                .cloudWatch(CloudWatchLoggingOptions.builder().logGroup(buildLogs).build()).build())
                        .build())
                .synthCodeBuildDefaults(CodeBuildOptions.builder()
                        // the synth builds the Java app and runs it; the CDK's jsii runtime needs Node.js
                        .partialBuildSpec(BuildSpec.fromObject(Map.of("phases", Map.of("install",
                                Map.of("runtime-versions", new TreeMap<>(Map.of("java", "corretto17", "nodejs", "20")))))))
                        .timeout(Duration.minutes(60))
                        .build())
                .synth(ShellStep.Builder.create("Synth")
                        .input(source)
                        .env(images.map(ImageBuild::synthEnv).orElse(null))
                        .commands(synth)
                        .primaryOutputDirectory("cdk.out")
                        .build())
                .build();

        for (Environment e : fleet.environments()) {
            RolloutPlan plan = plans.get(e.name());
            if (plan.stacks().isEmpty()) continue;
            Stage stage = stages.build(e.name(), plan);
            List<Step> pre = plan.waves().get(0).approvalBefore()
                    ? List.of(ManualApprovalStep.Builder.create("Approve-" + e.name())
                            .comment("Deploy " + e.name() + " (account " + e.account() + ", " + String.join(", ", e.regions())
                                    + ") from the source that passed the earlier environments?")
                            .build())
                    : List.of();
            var wave = pipeline.addWave(e.name(), WaveOptions.builder().pre(pre).build());
            Optional<AddStageOpts> options = images.flatMap(i -> i.stageOptions(e, stage));
            if (options.isPresent()) wave.addStage(stage, options.get()); else wave.addStage(stage);
        }
        pipeline.buildPipeline();
        // CDK Pipelines creates its artifact bucket itself; versioning keeps earlier artifacts recoverable (CT.S3.PR.11)
        CfnBucket artifacts = (CfnBucket) pipeline.getPipeline().getNode().findChild("ArtifactsBucket").getNode().getDefaultChild();
        artifacts.setVersioningConfiguration(CfnBucket.VersioningConfigurationProperty.builder().status("Enabled").build());

        Rule.Builder.create(this, "SourceUploaded")
                .description("Starts the pipeline when " + SOURCE_KEY + " is uploaded")
                .eventPattern(EventPattern.builder()
                        .source(List.of("aws.s3"))
                        .detailType(List.of("Object Created"))
                        .detail(new TreeMap<>(Map.of("bucket", Map.of("name", List.of(sourceBucket.getBucketName())),
                                "object", Map.of("key", List.of(SOURCE_KEY)))))
                        .build())
                .targets(List.of(new software.amazon.awscdk.services.events.targets.CodePipeline(pipeline.getPipeline())))
                .build();

        CfnOutput.Builder.create(this, "SourceBucketName").value(sourceBucket.getBucketName())
                .description("Upload the repository zip here as " + SOURCE_KEY + " to start the pipeline").build();
        CfnOutput.Builder.create(this, "PipelineName").value(pipeline.getPipeline().getPipelineName())
                .description("The CodePipeline pipeline that deploys the fleet").build();
    }

    public Bucket sourceBucket() { return sourceBucket; }

    public CodePipeline pipeline() { return pipeline; }

    @Override public List<SuppressionRule> suppressions() { return PipelineSuppressions.PIPELINE; }
}
