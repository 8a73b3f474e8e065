package dev.regionstack.platform.data;

import dev.regionstack.platform.TestStacks;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Tags;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GlobalTableTest {
    private static final Map<String, String> TWO_REPLICAS = new LinkedHashMap<>(Map.of(
            "eu-west-1", "arn:aws:kms:eu-west-1:111111111111:alias/acme-prod-data"));

    static {
        TWO_REPLICAS.put("eu-west-3", "arn:aws:kms:eu-west-3:111111111111:alias/acme-prod-data");
    }

    private static Template synth(Map<String, String> replicas, boolean strong, boolean protect, RemovalPolicy removal) {
        Stack stack = TestStacks.stack();
        new GlobalTable(stack, "Table", new GlobalTableProps("acme-prod-main", TestStacks.key(stack), replicas, strong, protect, removal));
        return Template.fromStack(stack);
    }

    @Test
    void keysTtlAndOnDemand() {
        synth(TWO_REPLICAS, false, false, null).hasResourceProperties("AWS::DynamoDB::GlobalTable", Match.objectLike(Map.of(
                "TableName", "acme-prod-main",
                "KeySchema", List.of(Map.of("AttributeName", "pk", "KeyType", "HASH"), Map.of("AttributeName", "sk", "KeyType", "RANGE")),
                "TimeToLiveSpecification", Map.of("AttributeName", "ttl", "Enabled", true),
                "BillingMode", "PAY_PER_REQUEST")));
    }

    @Test
    void everyReplicaHasPointInTimeRecoveryAndItsRegionsKey() {
        Map<String, Object> pitr = Map.of("PointInTimeRecoveryEnabled", true);
        Object replica1 = Match.objectLike(Map.of("Region", "eu-west-1", "PointInTimeRecoverySpecification", pitr,
                "SSESpecification", Map.of("KMSMasterKeyId", "arn:aws:kms:eu-west-1:111111111111:alias/acme-prod-data")));
        Object replica3 = Match.objectLike(Map.of("Region", "eu-west-3", "PointInTimeRecoverySpecification", pitr,
                "SSESpecification", Map.of("KMSMasterKeyId", "arn:aws:kms:eu-west-3:111111111111:alias/acme-prod-data")));
        Object local = Match.objectLike(Map.of("Region", "eu-west-2", "PointInTimeRecoverySpecification", pitr,
                "SSESpecification", Map.of("KMSMasterKeyId",
                        Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("RegionKey.*"), "Arn")))));
        synth(TWO_REPLICAS, false, false, null).hasResourceProperties("AWS::DynamoDB::GlobalTable", Match.objectLike(Map.of(
                "Replicas", List.of(replica1, replica3, local),
                "SSESpecification", Map.of("SSEEnabled", true, "SSEType", "KMS"))));
    }

    /** The stack's tags reach every replica, with each replica's Region tag naming its own region. */
    @Test
    void everyReplicaCarriesTheStacksTagsWithItsOwnRegion() {
        Stack stack = TestStacks.stack();
        Tags.of(stack).add("Project", "acme");
        Tags.of(stack).add("Region", TestStacks.REGION);
        new GlobalTable(stack, "Table", GlobalTableProps.builder().tableName("acme-prod-main").encryptionKey(TestStacks.key(stack))
                .replicaKeyArns(TWO_REPLICAS).build());
        Template.fromStack(stack).hasResourceProperties("AWS::DynamoDB::GlobalTable", Match.objectLike(Map.of("Replicas", List.of(
                replicaTags("eu-west-1"), replicaTags("eu-west-3"), replicaTags(TestStacks.REGION)))));
    }

    /** A Region tag the fleet file sets itself holds on every replica: no replica names its own region over it. */
    @Test
    void withoutReplicaRegionTagsEveryReplicaCarriesTheStacksRegionTag() {
        Stack stack = TestStacks.stack();
        Tags.of(stack).add("Project", "acme");
        Tags.of(stack).add("Region", "emea");
        new GlobalTable(stack, "Table", GlobalTableProps.builder().tableName("acme-prod-main").encryptionKey(TestStacks.key(stack))
                .replicaKeyArns(TWO_REPLICAS).replicaRegionTags(false).build());
        Object emea = List.of(Map.of("Key", "Project", "Value", "acme"), Map.of("Key", "Region", "Value", "emea"));
        Template.fromStack(stack).hasResourceProperties("AWS::DynamoDB::GlobalTable", Match.objectLike(Map.of("Replicas", List.of(
                Match.objectLike(Map.of("Region", "eu-west-1", "Tags", emea)), Match.objectLike(Map.of("Region", "eu-west-3", "Tags", emea)),
                Match.objectLike(Map.of("Region", TestStacks.REGION, "Tags", emea))))));
    }

    private static Object replicaTags(String region) {
        return Match.objectLike(Map.of("Region", region, "Tags", List.of(
                Map.of("Key", "Project", "Value", "acme"), Map.of("Key", "Region", "Value", region))));
    }

    @Test
    void strongConsistencyWithThreeRegions() {
        synth(TWO_REPLICAS, true, false, null).hasResourceProperties("AWS::DynamoDB::GlobalTable",
                Match.objectLike(Map.of("MultiRegionConsistency", "STRONG")));
    }

    @Test
    void strongConsistencyTableHasNoTtl() {
        synth(TWO_REPLICAS, true, false, null).hasResourceProperties("AWS::DynamoDB::GlobalTable",
                Match.objectLike(Map.of("TimeToLiveSpecification", Match.absent())));
    }

    @Test
    void eventualConsistencyByDefault() {
        synth(TWO_REPLICAS, false, false, null).hasResourceProperties("AWS::DynamoDB::GlobalTable",
                Match.objectLike(Map.of("MultiRegionConsistency", "EVENTUAL")));
    }

    @Test
    void strongConsistencyRejectsTwoRegions() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new GlobalTableProps("t",
                TestStacks.key(TestStacks.stack()), Map.of("eu-west-1", "arn"), true, false, null));
        assertThat(e.getMessage()).isEqualTo("strong consistency needs exactly 3 regions (this one and 2 replicas), got 2:"
                + " use eventual consistency or exactly 3 regions of one region set");
    }

    @Test
    void deletionProtectionOnEveryReplicaAndRetained() {
        Template template = synth(TWO_REPLICAS, false, true, RemovalPolicy.RETAIN);
        template.hasResource("AWS::DynamoDB::GlobalTable", Match.objectLike(Map.of("DeletionPolicy", "Retain")));
        template.hasResourceProperties("AWS::DynamoDB::GlobalTable", Match.objectLike(Map.of("Replicas", List.of(
                Match.objectLike(Map.of("DeletionProtectionEnabled", true)),
                Match.objectLike(Map.of("DeletionProtectionEnabled", true)),
                Match.objectLike(Map.of("DeletionProtectionEnabled", true))))));
    }

    @Test
    void destroyedWhenNotRetained() {
        synth(TWO_REPLICAS, false, false, RemovalPolicy.DESTROY)
                .hasResource("AWS::DynamoDB::GlobalTable", Match.objectLike(Map.of("DeletionPolicy", "Delete")));
    }
}
