package dev.regionstack.platform.security;

import dev.regionstack.platform.guardrails.Guarded;
import dev.regionstack.platform.guardrails.Reasons;
import dev.regionstack.platform.guardrails.SuppressionRule;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.constructs.Construct;

import java.util.List;

import static dev.regionstack.platform.guardrails.Suppression.NIST;
import static dev.regionstack.platform.guardrails.Suppression.of;
import static dev.regionstack.platform.guardrails.SuppressionRule.on;

/** An audit log bucket: versioned, KMS-encrypted, private, TLS-only, objects expiring after the retention. */
public final class LogBucket extends Construct implements Guarded {
    private final List<SuppressionRule> suppressions;
    private final Bucket bucket;

    public LogBucket(Construct scope, String id, LogBucketProps props) {
        super(scope, id);
        suppressions = suppressions(id);
        boolean destroy = props.removalPolicy() == RemovalPolicy.DESTROY;
        bucket = Bucket.Builder.create(this, "Resource")
                .versioned(true)
                .encryption(BucketEncryption.KMS)
                .encryptionKey(props.encryptionKey())
                .bucketKeyEnabled(true)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .enforceSsl(true)
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .id("Retention")
                        .expiration(Duration.days(props.retentionDays()))
                        .noncurrentVersionExpiration(Duration.days(props.retentionDays()))
                        .abortIncompleteMultipartUploadAfter(Duration.days(7))
                        .build()))
                .removalPolicy(props.removalPolicy())
                .autoDeleteObjects(destroy)
                .build();
    }

    public IBucket bucket() { return bucket; }

    @Override public List<SuppressionRule> suppressions() { return suppressions; }

    private static List<SuppressionRule> suppressions(String id) {
        String bucket = "AWS::S3::Bucket";
        String what = "This is an audit log bucket (" + id + "): ";
        String access = "logging access to it into another bucket would only move the question; "
                + Reasons.GUARDDUTY_S3 + " (this stack's detector) analyses the object-level calls to it.";
        return List.of(
                on(bucket, "Resource/Resource", of("AwsSolutions-S1", what + access)),
                on(bucket, "Resource/Resource", of(NIST + "S3BucketLoggingEnabled", what + access)),
                on(bucket, "Resource/Resource", of(NIST + "S3BucketReplicationEnabled", what + "it is versioned, KMS-encrypted and"
                        + " retained for a year; audit copies in another region are the job of an organization trail.")));
    }
}
