package dev.regionstack.platform.security;

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

/** An audit log bucket: versioned, KMS-encrypted, private, TLS-only, objects expiring after the retention. */
public final class LogBucket extends Construct {
    private final Bucket bucket;

    public LogBucket(Construct scope, String id, LogBucketProps props) {
        super(scope, id);
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
}
