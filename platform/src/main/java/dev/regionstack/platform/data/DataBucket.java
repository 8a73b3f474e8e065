package dev.regionstack.platform.data;

import dev.regionstack.platform.guardrails.Guarded;
import dev.regionstack.platform.guardrails.Reasons;
import dev.regionstack.platform.guardrails.SuppressionRule;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.CfnBucket;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.regionstack.platform.guardrails.Suppression.NIST;
import static dev.regionstack.platform.guardrails.Suppression.of;
import static dev.regionstack.platform.guardrails.SuppressionRule.on;

/**
 * A region's data bucket: versioned, encrypted with the region's key, private, TLS-only. With destinations, every
 * object (and delete marker) replicates to each destination bucket, re-encrypted there with the destination
 * region's key, named by alias ARN so that no key id travels between regions. The replication role may read
 * only this bucket's versions and write only replicas into the destination buckets.
 *
 * <p>S3 checks that destination buckets exist (and are versioned) when the replication configuration is set:
 * the destinations must be deployed before this bucket.
 */
public final class DataBucket extends Construct implements Guarded {
    private final List<SuppressionRule> suppressions;
    private final Bucket bucket;

    public DataBucket(Construct scope, String id, DataBucketProps props) {
        super(scope, id);
        suppressions = suppressions(props);
        bucket = Bucket.Builder.create(this, "Resource")
                .bucketName(props.bucketName())
                .versioned(true)
                .encryption(BucketEncryption.KMS)
                .encryptionKey(props.encryptionKey())
                .bucketKeyEnabled(true)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .enforceSsl(true)
                .removalPolicy(props.removalPolicy())
                .autoDeleteObjects(props.removalPolicy() == RemovalPolicy.DESTROY)
                .build();
        if (!props.replicationDestinations().isEmpty()) {
            replicate(props);
        }
    }

    private void replicate(DataBucketProps props) {
        Stack stack = Stack.of(this);
        String partition = stack.getPartition();
        String account = stack.getAccount();
        Role role = Role.Builder.create(this, "ReplicationRole")
                .assumedBy(new ServicePrincipal("s3.amazonaws.com"))
                .build();
        role.addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:GetReplicationConfiguration", "s3:ListBucket"))
                .resources(List.of(bucket.getBucketArn())).build());
        role.addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl", "s3:GetObjectVersionTagging"))
                .resources(List.of(bucket.arnForObjects("*"))).build());
        props.encryptionKey().grantDecrypt(role);

        List<CfnBucket.ReplicationRuleProperty> rules = new ArrayList<>();
        for (int i = 0; i < props.replicationDestinations().size(); i++) {
            ReplicationDestination destination = props.replicationDestinations().get(i);
            String bucketArn = "arn:" + partition + ":s3:::" + destination.bucketName();
            String aliasArn = "arn:" + partition + ":kms:" + destination.region() + ":" + account + ":" + destination.keyAliasName();
            role.addToPolicy(PolicyStatement.Builder.create()
                    .actions(List.of("s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags"))
                    .resources(List.of(bucketArn + "/*")).build());
            // IAM evaluates key operations against the key ARN, never the alias ARN: match the key by its alias.
            role.addToPolicy(PolicyStatement.Builder.create()
                    .actions(List.of("kms:Encrypt", "kms:GenerateDataKey"))
                    .resources(List.of("arn:" + partition + ":kms:" + destination.region() + ":" + account + ":key/*"))
                    .conditions(new java.util.TreeMap<>(Map.of(
                            "ForAnyValue:StringEquals", Map.of("kms:ResourceAliases", destination.keyAliasName()),
                            "StringEquals", Map.of("kms:ViaService", "s3." + destination.region() + ".amazonaws.com"))))
                    .build());
            CfnBucket.ReplicationDestinationProperty.Builder target = CfnBucket.ReplicationDestinationProperty.builder()
                    .bucket(bucketArn)
                    .encryptionConfiguration(CfnBucket.EncryptionConfigurationProperty.builder().replicaKmsKeyId(aliasArn).build());
            if (props.replicationTimeControl()) {
                target.replicationTime(CfnBucket.ReplicationTimeProperty.builder().status("Enabled")
                                .time(CfnBucket.ReplicationTimeValueProperty.builder().minutes(15).build()).build())
                        .metrics(CfnBucket.MetricsProperty.builder().status("Enabled")
                                .eventThreshold(CfnBucket.ReplicationTimeValueProperty.builder().minutes(15).build()).build());
            }
            rules.add(CfnBucket.ReplicationRuleProperty.builder()
                    .id("To-" + destination.region())
                    .priority(i)
                    .status("Enabled")
                    .filter(CfnBucket.ReplicationRuleFilterProperty.builder().prefix("").build())
                    .deleteMarkerReplication(CfnBucket.DeleteMarkerReplicationProperty.builder().status("Enabled").build())
                    .sourceSelectionCriteria(CfnBucket.SourceSelectionCriteriaProperty.builder()
                            .sseKmsEncryptedObjects(CfnBucket.SseKmsEncryptedObjectsProperty.builder().status("Enabled").build())
                            .build())
                    .destination(target.build())
                    .build());
        }
        CfnBucket cfnBucket = (CfnBucket) bucket.getNode().getDefaultChild();
        cfnBucket.setReplicationConfiguration(CfnBucket.ReplicationConfigurationProperty.builder()
                .role(role.getRoleArn())
                .rules(rules)
                .build());
    }

    public IBucket bucket() { return bucket; }

    @Override public List<SuppressionRule> suppressions() { return suppressions; }

    /** The primary's bucket, or with {@code replicaBucket} another region's (the primary's replication target). */
    private static List<SuppressionRule> suppressions(DataBucketProps props) {
        String bucket = "AWS::S3::Bucket";
        String policy = "AWS::IAM::Policy";
        String access = "; " + Reasons.TRAIL_DATA_EVENTS + ", in place of server access logs.";
        boolean primary = !props.replicaBucket();
        String inPrimary = "This is the primary region's data bucket";
        String inSecondary = "The secondary region's data bucket is itself the destination of the primary bucket's replication";
        return List.of(
                on(bucket, "Resource/Resource", primary, of("AwsSolutions-S1", inPrimary + access)),
                on(bucket, "Resource/Resource", primary, of(NIST + "S3BucketLoggingEnabled", inPrimary + access)),
                on(bucket, "Resource/Resource", primary && props.replicationDestinations().isEmpty(), of(NIST + "S3BucketReplicationEnabled",
                        "The environment spans one region, so it has no second data bucket to replicate to; the bucket is"
                                + " versioned and KMS-encrypted, and a second region in the fleet file turns replication on.")),
                on(policy, "ReplicationRole/DefaultPolicy/Resource", of("AwsSolutions-IAM5",
                        "S3 replication reads and writes every object of the source and destination buckets (objects/*), and"
                                + " the destination keys are named by alias in other regions, so key ARNs end in key/*.")),
                on(policy, "ReplicationRole/DefaultPolicy/Resource", of(NIST + "IAMNoInlinePolicy", Reasons.CDK_GRANT_INLINE)),
                on(bucket, "Resource/Resource", !primary, of("AwsSolutions-S1", inSecondary + access)),
                on(bucket, "Resource/Resource", !primary, of(NIST + "S3BucketLoggingEnabled", inSecondary + access)),
                on(bucket, "Resource/Resource", !primary, of(NIST + "S3BucketReplicationEnabled", inSecondary
                        + ", so replicating it again would only loop.")));
    }
}
