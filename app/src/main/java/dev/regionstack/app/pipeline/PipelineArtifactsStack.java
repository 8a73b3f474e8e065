package dev.regionstack.app.pipeline;

import dev.regionstack.platform.guardrails.Guarded;
import dev.regionstack.platform.guardrails.SuppressionRule;
import dev.regionstack.platform.removal.Removal;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.PhysicalName;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.kms.Alias;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

import java.util.List;

/**
 * The pipeline's artifact store in one other region, in the pipeline's account: CodePipeline copies the synth
 * output here for the deploy actions of that region. It replaces the support stack CDK would otherwise add, with
 * the same content: a KMS key (deploy roles of other accounts decrypt with it; the pipeline grants them), reached
 * through an alias with a fixed name so the pipeline stack in another region can name it without a reference, and
 * a bucket with a generated physical name for the same reason.
 */
public final class PipelineArtifactsStack extends Stack implements Guarded {
    private final Bucket bucket;

    /** @param retainData keep the key and the bucket when the stack is deleted (the sizing's {@code retainData}) */
    public PipelineArtifactsStack(Construct scope, String id, StackProps props, boolean retainData) {
        super(scope, id, props);
        RemovalPolicy removal = Removal.of(retainData);
        Key key = Key.Builder.create(this, "Key")
                .description("Encrypts the pipeline artifacts in " + getRegion())
                .enableKeyRotation(true)
                .removalPolicy(removal)
                .build();
        Alias alias = Alias.Builder.create(this, "KeyAlias")
                .aliasName("alias/" + getStackName())
                .targetKey(key)
                .removalPolicy(removal)
                .build();
        bucket = Bucket.Builder.create(this, "Bucket")
                .bucketName(PhysicalName.GENERATE_IF_NEEDED)
                .encryption(BucketEncryption.KMS)
                .encryptionKey(alias)
                .enforceSsl(true)
                .versioned(true) // earlier artifacts stay recoverable (Control Tower CT.S3.PR.11)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .removalPolicy(removal)
                .autoDeleteObjects(!retainData)
                .build();
        CfnOutput.Builder.create(this, "ArtifactBucketName").value(bucket.getBucketName())
                .description("Pipeline artifacts for the deploy actions in " + getRegion()).build();
    }

    public IBucket bucket() { return bucket; }

    @Override public List<SuppressionRule> suppressions() { return PipelineSuppressions.ARTIFACTS; }
}
