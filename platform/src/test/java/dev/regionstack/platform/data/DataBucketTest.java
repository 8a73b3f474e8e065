package dev.regionstack.platform.data;

import dev.regionstack.platform.TestStacks;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DataBucketTest {
    private static final List<ReplicationDestination> DESTINATIONS = List.of(
            new ReplicationDestination("eu-west-1", "acme-prod-eu-west-1-111111111111-data", "alias/acme-prod-data"),
            new ReplicationDestination("us-east-1", "acme-prod-us-east-1-111111111111-data", "alias/acme-prod-data"));

    private static Template synth(List<ReplicationDestination> destinations, boolean rtc, RemovalPolicy removal) {
        Stack stack = TestStacks.stack();
        new DataBucket(stack, "Bucket", new DataBucketProps("acme-prod-eu-west-2-111111111111-data",
                TestStacks.key(stack), destinations, rtc, removal));
        return Template.fromStack(stack);
    }

    private static Object destinationArn(String bucket) {
        return Map.of("Fn::Join", List.of("", List.of("arn:", Map.of("Ref", "AWS::Partition"), ":s3:::" + bucket)));
    }

    @Test
    void versionedPrivateAndEncryptedWithTheRegionKey() {
        synth(List.of(), false, null).hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of(
                "BucketName", "acme-prod-eu-west-2-111111111111-data",
                "VersioningConfiguration", Map.of("Status", "Enabled"),
                "PublicAccessBlockConfiguration", Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true, "RestrictPublicBuckets", true),
                "BucketEncryption", Map.of("ServerSideEncryptionConfiguration", List.of(Match.objectLike(Map.of(
                        "ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "aws:kms",
                                "KMSMasterKeyID", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("RegionKey.*"), "Arn"))))))))));
    }

    @Test
    void noReplicationWithoutDestinations() {
        synth(List.of(), false, null).hasResourceProperties("AWS::S3::Bucket",
                Match.objectLike(Map.of("ReplicationConfiguration", Match.absent())));
    }

    private static Map<String, Object> replicationRules(Object rules) {
        return Map.of("ReplicationConfiguration", Match.objectLike(Map.of("Rules", rules)));
    }

    private static Object ruleWithDestination(Map<String, Object> destination) {
        return Match.arrayWith(List.of(Match.objectLike(Map.of("Destination", Match.objectLike(destination)))));
    }

    @Test
    void replicatesToEveryDestinationWithItsRegionsKeyAlias() {
        Object aliasArn = Map.of("Fn::Join", List.of("", List.of(
                "arn:", Map.of("Ref", "AWS::Partition"), ":kms:eu-west-1:111111111111:alias/acme-prod-data")));
        Object first = Match.objectLike(Map.of(
                "Priority", 0, "Status", "Enabled", "Filter", Map.of("Prefix", ""),
                "DeleteMarkerReplication", Map.of("Status", "Enabled"),
                "SourceSelectionCriteria", Map.of("SseKmsEncryptedObjects", Map.of("Status", "Enabled")),
                "Destination", Map.of(
                        "Bucket", destinationArn("acme-prod-eu-west-1-111111111111-data"),
                        "EncryptionConfiguration", Map.of("ReplicaKmsKeyID", aliasArn))));
        Object second = Match.objectLike(Map.of("Priority", 1, "Destination", Match.objectLike(Map.of(
                "Bucket", destinationArn("acme-prod-us-east-1-111111111111-data")))));
        synth(DESTINATIONS, false, null).hasResourceProperties("AWS::S3::Bucket",
                Match.objectLike(replicationRules(List.of(first, second))));
    }

    @Test
    void replicationTimeControlWithMetricsWhenAsked() {
        synth(DESTINATIONS, true, null).hasResourceProperties("AWS::S3::Bucket", Match.objectLike(replicationRules(
                ruleWithDestination(Map.of(
                        "ReplicationTime", Map.of("Status", "Enabled", "Time", Map.of("Minutes", 15)),
                        "Metrics", Map.of("Status", "Enabled", "EventThreshold", Map.of("Minutes", 15)))))));
    }

    @Test
    void noReplicationTimeControlOtherwise() {
        synth(DESTINATIONS, false, null).hasResourceProperties("AWS::S3::Bucket", Match.objectLike(replicationRules(
                ruleWithDestination(Map.of("ReplicationTime", Match.absent(), "Metrics", Match.absent())))));
    }

    @Test
    void replicationRoleWritesReplicasOnlyIntoDestinations() {
        Object replicate = Match.objectLike(Map.of(
                "Action", List.of("s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags"),
                "Resource", Map.of("Fn::Join", List.of("", List.of("arn:", Map.of("Ref", "AWS::Partition"),
                        ":s3:::acme-prod-eu-west-1-111111111111-data/*")))));
        Object encrypt = Match.objectLike(Map.of(
                "Action", List.of("kms:Encrypt", "kms:GenerateDataKey"),
                "Condition", Map.of(
                        "ForAnyValue:StringEquals", Map.of("kms:ResourceAliases", "alias/acme-prod-data"),
                        "StringEquals", Map.of("kms:ViaService", "s3.eu-west-1.amazonaws.com"))));
        synth(DESTINATIONS, false, null).hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of(
                "PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(replicate, encrypt))))));
    }

    @Test
    void destroyedWithItsObjectsWhenNotRetained() {
        Template template = synth(List.of(), false, RemovalPolicy.DESTROY);
        template.hasResource("AWS::S3::Bucket", Match.objectLike(Map.of("DeletionPolicy", "Delete")));
        template.resourceCountIs("Custom::S3AutoDeleteObjects", 1);
    }

    @Test
    void retainedByDefault() {
        Template template = synth(List.of(), false, null);
        template.hasResource("AWS::S3::Bucket", Match.objectLike(Map.of("DeletionPolicy", "Retain")));
        template.resourceCountIs("Custom::S3AutoDeleteObjects", 0);
    }

    @Test
    void replicationTimeControlNeedsADestination() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DataBucketProps(
                "b", TestStacks.key(TestStacks.stack()), List.of(), true, null));
        assertThat(e.getMessage()).isEqualTo("replicationTimeControl needs at least one replication destination");
    }

    @Test
    void aReplicaBucketReplicatesNothing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DataBucketProps.builder()
                .bucketName("b").encryptionKey(TestStacks.key(TestStacks.stack())).replicaBucket(true)
                .replicationDestinations(List.of(new ReplicationDestination("eu-west-1", "b-eu-west-1", "alias/k"))).build());
        assertThat(e.getMessage()).isEqualTo("a replica bucket replicates nothing: it has no replication destinations");
    }
}
