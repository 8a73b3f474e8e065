package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.AuroraEngine;
import dev.regionstack.fleet.model.Consistency;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Sizing;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.dynamodb.ITableV2;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DataStackTest {
    private static final List<String> REGIONS = List.of("us-east-1", "us-east-2", "us-west-2");

    private static List<RegionStacks> env(Sizing sizing) {
        return RegionStacks.buildAll(TestDeployments.environment(sizing, REGIONS));
    }

    private static List<RegionStacks> env(Sizing sizing, Optional<AuroraEngine> aurora, Consistency consistency) {
        return RegionStacks.buildAll(TestDeployments.environment(sizing, REGIONS, aurora, consistency));
    }

    private static Template data(List<RegionStacks> env, int index) { return Template.fromStack(env.get(index).data()); }

    @Test
    void tableOnlyInThePrimaryWithAReplicaInEveryOtherRegion() {
        List<RegionStacks> env = env(Sizing.MEDIUM);
        data(env, 0).hasResourceProperties("AWS::DynamoDB::GlobalTable", Match.objectLike(Map.of(
                "TableName", "acme-prod-main",
                "Replicas", List.of(
                        Match.objectLike(Map.of("Region", "us-east-2",
                                "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true),
                                "SSESpecification", Map.of("KMSMasterKeyId", "arn:aws:kms:us-east-2:111111111111:alias/acme-prod-data"))),
                        Match.objectLike(Map.of("Region", "us-west-2",
                                "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true),
                                "SSESpecification", Map.of("KMSMasterKeyId", "arn:aws:kms:us-west-2:111111111111:alias/acme-prod-data"))),
                        Match.objectLike(Map.of("Region", "us-east-1",
                                "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true)))))));
        data(env, 1).resourceCountIs("AWS::DynamoDB::GlobalTable", 0);
    }

    @Test
    void otherRegionsReferToTheirReplicaByNameWithTheirKey() {
        List<RegionStacks> env = env(Sizing.MEDIUM);
        Stack consumer = consumer(env.get(1));
        ITableV2 table = DataReferences.table(consumer, env.get(1).deployment(), env.get(1).security().key());
        assertThat(consumer.resolve(table.getTableArn()).toString()).contains(":dynamodb:us-east-2:111111111111:table/acme-prod-main");
        assertThat(consumer.resolve(table.getTableName())).isEqualTo("acme-prod-main");
        assertThat(table.getEncryptionKey()).isSameAs(env.get(1).security().key());
    }

    @Test
    void strongConsistencyWhenTheFileAsks() {
        data(env(Sizing.SMALL, Optional.empty(), Consistency.STRONG), 0).hasResourceProperties("AWS::DynamoDB::GlobalTable",
                Match.objectLike(Map.of("MultiRegionConsistency", "STRONG")));
    }

    @Test
    void smallDestroysState() {
        Template template = data(env(Sizing.SMALL), 0);
        template.hasResource("AWS::DynamoDB::GlobalTable", Match.objectLike(Map.of("DeletionPolicy", "Delete")));
        template.hasResource("AWS::S3::Bucket", Match.objectLike(Map.of("DeletionPolicy", "Delete")));
        template.hasResource("AWS::RDS::DBCluster", Match.objectLike(Map.of("DeletionPolicy", "Delete",
                "Properties", Match.objectLike(Map.of("DeletionProtection", false, "BackupRetentionPeriod", 1)))));
    }

    @Test
    void mediumRetainsStateWithoutDeletionProtection() {
        Template template = data(env(Sizing.MEDIUM), 0);
        template.hasResource("AWS::DynamoDB::GlobalTable", Match.objectLike(Map.of("DeletionPolicy", "Retain",
                "Properties", Match.objectLike(Map.of("Replicas", Match.arrayWith(List.of(
                        Match.objectLike(Map.of("DeletionProtectionEnabled", false)))))))));
        template.hasResource("AWS::S3::Bucket", Match.objectLike(Map.of("DeletionPolicy", "Retain")));
        template.hasResource("AWS::RDS::DBCluster", Match.objectLike(Map.of("DeletionPolicy", "Retain",
                "Properties", Match.objectLike(Map.of("DeletionProtection", false, "BackupRetentionPeriod", 7)))));
    }

    @Test
    void largeRetainsStateWithDeletionProtection() {
        Template template = data(env(Sizing.LARGE), 0);
        template.hasResource("AWS::DynamoDB::GlobalTable", Match.objectLike(Map.of("DeletionPolicy", "Retain",
                "Properties", Match.objectLike(Map.of("Replicas", List.of(
                        Match.objectLike(Map.of("DeletionProtectionEnabled", true)),
                        Match.objectLike(Map.of("DeletionProtectionEnabled", true)),
                        Match.objectLike(Map.of("DeletionProtectionEnabled", true))))))));
        template.hasResource("AWS::RDS::DBCluster", Match.objectLike(Map.of("DeletionPolicy", "Retain",
                "Properties", Match.objectLike(Map.of("DeletionProtection", true, "BackupRetentionPeriod", 35)))));
        template.hasResourceProperties("AWS::RDS::GlobalCluster", Match.objectLike(Map.of("DeletionProtection", true)));
    }

    @Test
    void primaryAuroraIsTheWriterOfTheGlobalDatabase() {
        Template template = data(env(Sizing.LARGE), 0);
        template.hasResourceProperties("AWS::RDS::GlobalCluster", Match.objectLike(Map.of(
                "GlobalClusterIdentifier", "acme-prod-aurora", "Engine", "aurora-postgresql")));
        template.hasResourceProperties("AWS::RDS::DBCluster", Match.objectLike(Map.of(
                "DBClusterIdentifier", "acme-prod-us-east-1-aurora", "MasterUsername", "dbadmin")));
        template.resourcePropertiesCountIs("AWS::RDS::DBInstance", Match.objectLike(Map.of("DBInstanceClass", "db.r6g.xlarge")), 2);
    }

    @Test
    void secondaryAuroraJoinsTheGlobalDatabaseByIdentifier() {
        List<RegionStacks> env = env(Sizing.MEDIUM);
        Template template = data(env, 2);
        template.hasResourceProperties("AWS::RDS::DBCluster", Match.objectLike(Map.of(
                "DBClusterIdentifier", "acme-prod-us-west-2-aurora",
                "GlobalClusterIdentifier", "acme-prod-aurora",
                "MasterUsername", Match.absent())));
        template.resourceCountIs("AWS::RDS::GlobalCluster", 0);
        template.resourceCountIs("AWS::RDS::DBInstance", 1);
        assertThat(env.get(2).data().auroraClusterIdentifier()).contains("acme-prod-us-west-2-aurora");
    }

    @Test
    void engineFollowsTheFile() {
        data(env(Sizing.SMALL, Optional.of(AuroraEngine.MYSQL), Consistency.EVENTUAL), 1)
                .hasResourceProperties("AWS::RDS::DBCluster", Match.objectLike(Map.of("Engine", "aurora-mysql")));
    }

    @Test
    void noAuroraWhenTheFileSaysNone() {
        List<RegionStacks> env = env(Sizing.SMALL, Optional.empty(), Consistency.EVENTUAL);
        data(env, 0).resourceCountIs("AWS::RDS::DBCluster", 0);
        data(env, 0).resourceCountIs("AWS::RDS::GlobalCluster", 0);
        assertThat(env.get(1).data()).as("no data stack where it would hold nothing").isNull();
        assertThat(env.get(0).data().auroraClusterIdentifier()).isEmpty();
        assertThat(env.get(0).data().auroraConnections()).isEmpty();
        assertThat(env.get(0).data().aurora()).isEmpty();
    }

    @Test
    void withoutAuroraThePrimaryDataStackNeitherReadsNorWaitsForTheNetwork() {
        RegionStacks primary = env(Sizing.SMALL, Optional.empty(), Consistency.EVENTUAL).get(0);
        assertThat(primary.data().getDependencies()).containsExactly(primary.security());
        assertThat(data(List.of(primary), 0).toJSON().toString()).doesNotContain("/network/");
    }

    @Test
    void refusesADataStackThatWouldHoldNothing() {
        Deployment secondary = TestDeployments.environment(Sizing.SMALL, REGIONS, Optional.empty(), Consistency.EVENTUAL).get(1);
        App app = TestDeployments.app();
        NetworkStack network = new NetworkStack(app, "network", TestDeployments.props(secondary), secondary);
        SecurityStack security = new SecurityStack(app, "security", TestDeployments.props(secondary), secondary);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DataStack(app, "data",
                TestDeployments.props(secondary), secondary, network.vpc(), security.key()));
        assertThat(e).hasMessage("prod/us-east-2 has no data stack: a region other than the primary holds only its"
                + " Aurora secondary there, and the file has no Aurora");
    }

    @Test
    void primaryBucketReplicatesToTheOtherRegionsBuckets() {
        data(env(Sizing.MEDIUM), 0).hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of(
                "BucketName", "acme-prod-us-east-1-111111111111-data",
                "ReplicationConfiguration", Match.objectLike(Map.of("Rules", List.of(
                        Match.objectLike(Map.of("Destination", Match.objectLike(Map.of("Bucket", bucketArn("us-east-2"))))),
                        Match.objectLike(Map.of("Destination", Match.objectLike(Map.of("Bucket", bucketArn("us-west-2")))))))))));
    }

    @Test
    void replicationTimeControlOnlyInLarge() {
        Map<String, Object> rtc = Map.of("ReplicationConfiguration", Match.objectLike(Map.of("Rules", Match.arrayWith(List.of(
                Match.objectLike(Map.of("Destination", Match.objectLike(Map.of(
                        "ReplicationTime", Map.of("Status", "Enabled", "Time", Map.of("Minutes", 15)))))))))));
        data(env(Sizing.LARGE), 0).hasResourceProperties("AWS::S3::Bucket", Match.objectLike(rtc));
        data(env(Sizing.MEDIUM), 0).resourcePropertiesCountIs("AWS::S3::Bucket", Match.objectLike(rtc), 0);
    }

    @Test
    void otherRegionsReferToTheBucketTheirSecurityStackHolds() {
        List<RegionStacks> env = env(Sizing.MEDIUM);
        Stack consumer = consumer(env.get(1));
        IBucket bucket = DataReferences.bucket(consumer, env.get(1).deployment(), env.get(1).security().key());
        data(env, 1).resourceCountIs("AWS::S3::Bucket", 0);
        assertThat(consumer.resolve(bucket.getBucketName())).isEqualTo("acme-prod-us-east-2-111111111111-data");
        Template.fromStack(env.get(1).security()).hasResourceProperties("AWS::S3::Bucket",
                Match.objectLike(Map.of("BucketName", "acme-prod-us-east-2-111111111111-data")));
    }

    @Test
    void outputsWhatAnOperatorLooksFor() {
        assertThat(data(env(Sizing.SMALL), 0).findOutputs("*").keySet()).containsExactlyInAnyOrder(
                "TableName", "BucketName", "AuroraClusterIdentifier", "AuroraEndpoint", "AuroraReaderEndpoint", "AuroraSecretName");
    }

    @Test
    void otherRegionsOutputOnlyTheirAurora() {
        assertThat(data(env(Sizing.SMALL), 1).findOutputs("*").keySet()).containsExactlyInAnyOrder(
                "AuroraClusterIdentifier", "AuroraEndpoint", "AuroraReaderEndpoint", "AuroraSecretName");
    }

    /** A stack of a layer above data in the region's app. */
    private static Stack consumer(RegionStacks region) {
        return new Stack((Construct) region.security().getNode().getScope(), "consumer", TestDeployments.props(region.deployment()));
    }

    private static Object bucketArn(String region) {
        return Map.of("Fn::Join", List.of("", List.of("arn:", Map.of("Ref", "AWS::Partition"),
                ":s3:::acme-prod-" + region + "-111111111111-data")));
    }
}
