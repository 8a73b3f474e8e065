package dev.regionstack.platform.data;

import dev.regionstack.platform.TestStacks;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AuroraClusterTest {

    private static IVpc vpc(Stack stack) {
        return Vpc.Builder.create(stack, "Vpc").availabilityZones(TestStacks.ZONES).natGateways(0)
                .subnetConfiguration(List.of(SubnetConfiguration.builder().name("Isolated").subnetType(SubnetType.PRIVATE_ISOLATED).build()))
                .build();
    }

    private static AuroraClusterProps.Builder props(Stack stack, boolean primary) {
        return AuroraClusterProps.builder()
                .vpc(vpc(stack))
                .encryptionKey(TestStacks.key(stack))
                .engine(AuroraEngine.POSTGRESQL)
                .globalClusterIdentifier("acme-prod-aurora")
                .clusterIdentifier("acme-prod-eu-west-2-aurora")
                .primary(primary)
                .instanceClass("db.r6g.large");
    }

    private static Template synth(java.util.function.Function<Stack, AuroraClusterProps> props) {
        Stack stack = TestStacks.stack();
        new AuroraCluster(stack, "Aurora", props.apply(stack));
        return Template.fromStack(stack);
    }

    @Test
    void primaryCreatesTheEncryptedGlobalDatabase() {
        synth(s -> props(s, true).build()).hasResourceProperties("AWS::RDS::GlobalCluster", Map.of(
                "GlobalClusterIdentifier", "acme-prod-aurora", "Engine", "aurora-postgresql", "EngineVersion", "16.6",
                "StorageEncrypted", true, "DeletionProtection", false));
    }

    @Test
    void primaryClusterJoinsItWithGeneratedCredentials() {
        synth(s -> props(s, true).build()).hasResourceProperties("AWS::RDS::DBCluster", Match.objectLike(Map.of(
                "DBClusterIdentifier", "acme-prod-eu-west-2-aurora",
                "GlobalClusterIdentifier", Map.of("Ref", Match.stringLikeRegexp("AuroraGlobal.*")),
                "MasterUsername", "dbadmin",
                "MasterUserPassword", Match.anyValue(),
                "StorageEncrypted", true,
                "KmsKeyId", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("RegionKey.*"), "Arn")))));
    }

    @Test
    void credentialsReplicateWithTheReplicaRegionsKeys() {
        synth(s -> props(s, true).secretReplicaKeys(Map.of("eu-west-1", "alias/acme-prod-data")).build())
                .hasResourceProperties("AWS::SecretsManager::Secret", Match.objectLike(Map.of(
                        "Name", "acme-prod-aurora-credentials",
                        "ReplicaRegions", List.of(Map.of("Region", "eu-west-1", "KmsKeyId", "alias/acme-prod-data")))));
    }

    @Test
    void secondaryJoinsByIdentifierWithoutCredentials() {
        Template template = synth(s -> props(s, false).build());
        template.hasResourceProperties("AWS::RDS::DBCluster", Match.objectLike(Map.of(
                "GlobalClusterIdentifier", "acme-prod-aurora",
                "MasterUsername", Match.absent(),
                "MasterUserPassword", Match.absent(),
                "StorageEncrypted", true)));
        template.resourceCountIs("AWS::RDS::GlobalCluster", 0);
        template.resourceCountIs("AWS::SecretsManager::Secret", 0);
    }

    @Test
    void mysqlEngine() {
        synth(s -> props(s, false).engine(AuroraEngine.MYSQL).build()).hasResourceProperties("AWS::RDS::DBCluster",
                Match.objectLike(Map.of("Engine", "aurora-mysql", "Port", 3306)));
    }

    @Test
    void instancesOfTheGivenClass() {
        Template template = synth(s -> props(s, true).instances(2).build());
        template.resourcePropertiesCountIs("AWS::RDS::DBInstance", Match.objectLike(Map.of(
                "DBInstanceClass", "db.r6g.large", "PubliclyAccessible", false)), 2);
    }

    @Test
    void protectionBackupAndRemoval() {
        Template template = synth(s -> props(s, true).deletionProtection(true).backupRetentionDays(35).removalPolicy(RemovalPolicy.RETAIN).build());
        template.hasResource("AWS::RDS::DBCluster", Match.objectLike(Map.of(
                "Properties", Match.objectLike(Map.of("DeletionProtection", true, "BackupRetentionPeriod", 35)),
                "DeletionPolicy", "Retain")));
        template.hasResource("AWS::RDS::GlobalCluster", Match.objectLike(Map.of(
                "Properties", Match.objectLike(Map.of("DeletionProtection", true)), "DeletionPolicy", "Retain")));
    }

    @Test
    void destroyedWhenNotRetained() {
        synth(s -> props(s, true).removalPolicy(RemovalPolicy.DESTROY).build())
                .hasResource("AWS::RDS::DBCluster", Match.objectLike(Map.of("DeletionPolicy", "Delete")));
    }

    @Test
    void isolatedSubnetsOnly() {
        synth(s -> props(s, true).build()).hasResourceProperties("AWS::RDS::DBSubnetGroup", Match.objectLike(Map.of(
                "SubnetIds", List.of(Map.of("Ref", Match.stringLikeRegexp("VpcIsolatedSubnet1.*")),
                        Map.of("Ref", Match.stringLikeRegexp("VpcIsolatedSubnet2.*")),
                        Map.of("Ref", Match.stringLikeRegexp("VpcIsolatedSubnet3.*"))))));
    }

    @Test
    void ingressFromAnotherStackLivesInThatStack() {
        App app = TestStacks.app();
        Stack data = TestStacks.stack(app, "Data");
        AuroraCluster aurora = new AuroraCluster(data, "Aurora", props(data, true).build());
        Stack service = TestStacks.stack(app, "Service");
        SecurityGroup serviceGroup = SecurityGroup.Builder.create(service, "ServiceGroup")
                .vpc(Vpc.fromVpcAttributes(service, "Vpc", software.amazon.awscdk.services.ec2.VpcAttributes.builder()
                        .vpcId("vpc-1").availabilityZones(TestStacks.ZONES).build()))
                .build();
        aurora.allowDefaultPortFrom(serviceGroup);
        Template.fromStack(service).hasResourceProperties("AWS::EC2::SecurityGroupIngress", Match.objectLike(Map.of(
                "IpProtocol", "tcp", "FromPort", 5432, "ToPort", 5432,
                "SourceSecurityGroupId", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("ServiceGroup.*"), "GroupId")))));
        Template.fromStack(data).resourceCountIs("AWS::EC2::SecurityGroupIngress", 0);
    }

    @Test
    void ingressFromTheSameStackIsARuleOfTheGroup() {
        Stack stack = TestStacks.stack();
        AuroraCluster aurora = new AuroraCluster(stack, "Aurora", props(stack, true).build());
        SecurityGroup peer = SecurityGroup.Builder.create(stack, "Peer")
                .vpc(Vpc.fromVpcAttributes(stack, "Other", software.amazon.awscdk.services.ec2.VpcAttributes.builder()
                        .vpcId("vpc-2").availabilityZones(TestStacks.ZONES).build()))
                .build();
        aurora.allowDefaultPortFrom(peer);
        Template.fromStack(stack).hasResourceProperties("AWS::EC2::SecurityGroupIngress", Match.objectLike(Map.of(
                "GroupId", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("AuroraSecurityGroup.*"), "GroupId")),
                "SourceSecurityGroupId", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("Peer.*"), "GroupId")),
                "FromPort", 5432, "ToPort", 5432)));
    }

    @Test
    void aGroupThatRestrictsEgressGetsTheMatchingEgressRuleInItsOwnStack() {
        App app = TestStacks.app();
        Stack data = TestStacks.stack(app, "Data");
        AuroraCluster aurora = new AuroraCluster(data, "Aurora", props(data, true).engine(AuroraEngine.MYSQL).build());
        Stack service = TestStacks.stack(app, "Service");
        SecurityGroup serviceGroup = SecurityGroup.Builder.create(service, "ServiceGroup").allowAllOutbound(false)
                .vpc(Vpc.fromVpcAttributes(service, "Vpc", software.amazon.awscdk.services.ec2.VpcAttributes.builder()
                        .vpcId("vpc-1").availabilityZones(TestStacks.ZONES).build()))
                .build();
        aurora.allowDefaultPortFrom(serviceGroup);
        Template.fromStack(service).hasResourceProperties("AWS::EC2::SecurityGroupEgress", Match.objectLike(Map.of(
                "GroupId", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("ServiceGroup.*"), "GroupId")),
                "DestinationSecurityGroupId", Map.of("Fn::ImportValue", Match.stringLikeRegexp("Data:.*AuroraSecurityGroup.*")),
                "IpProtocol", "tcp", "FromPort", 3306, "ToPort", 3306)));
        app.synth(); // both rules in the consumer's stack: no dependency cycle
        Template.fromStack(data).resourceCountIs("AWS::EC2::SecurityGroupEgress", 0);
    }

    @Test
    void aGroupThatAllowsAllOutboundGetsNoEgressRule() {
        App app = TestStacks.app();
        Stack data = TestStacks.stack(app, "Data");
        AuroraCluster aurora = new AuroraCluster(data, "Aurora", props(data, true).build());
        Stack service = TestStacks.stack(app, "Service");
        SecurityGroup serviceGroup = SecurityGroup.Builder.create(service, "ServiceGroup")
                .vpc(Vpc.fromVpcAttributes(service, "Vpc", software.amazon.awscdk.services.ec2.VpcAttributes.builder()
                        .vpcId("vpc-1").availabilityZones(TestStacks.ZONES).build()))
                .build();
        aurora.allowDefaultPortFrom(serviceGroup);
        Template.fromStack(service).resourceCountIs("AWS::EC2::SecurityGroupEgress", 0);
        assertThat(serviceGroup.getNode().getMetadata()).noneMatch(m -> m.getType().equals("aws:cdk:warning"));
    }

    @Test
    void portIsTheEnginesPort() {
        Stack postgres = TestStacks.stack();
        assertThat(new AuroraCluster(postgres, "Aurora", props(postgres, false).build()).port()).isEqualTo(5432);
        Stack mysql = TestStacks.stack();
        assertThat(new AuroraCluster(mysql, "Aurora", props(mysql, false).engine(AuroraEngine.MYSQL).build()).port()).isEqualTo(3306);
    }

    @Test
    void secondaryRejectsSecretReplicas() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> synth(
                s -> props(s, false).secretReplicaKeys(Map.of("eu-west-1", "alias/x")).build()));
        assertThat(e.getMessage()).isEqualTo("secretReplicaKeys is for the primary cluster only: secondaries receive the replicated secret");
    }

    @Test
    void rejectsBackupRetentionBeyondTheMaximum() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> synth(
                s -> props(s, true).backupRetentionDays(36).build()));
        assertThat(e.getMessage()).isEqualTo("backupRetentionDays must be 1 to 35, got 36");
    }

    @Test
    void theEngineVersionIsTheGlobalDatabasesAndTheClusters() {
        Template t = synth(s -> props(s, true).engineVersion("15.4").build());
        t.hasResourceProperties("AWS::RDS::GlobalCluster", Match.objectLike(Map.of("EngineVersion", "15.4")));
        t.hasResourceProperties("AWS::RDS::DBCluster", Match.objectLike(Map.of("EngineVersion", "15.4")));
    }

    @Test
    void performanceInsightsOnEveryInstanceWithRdsOwnKey() {
        Template t = synth(s -> props(s, true).instances(2).performanceInsights(true).build());
        t.resourcePropertiesCountIs("AWS::RDS::DBInstance", Match.objectLike(Map.of("EnablePerformanceInsights", true,
                "PerformanceInsightsRetentionPeriod", 7, "PerformanceInsightsKMSKeyId", Match.absent())), 2);
    }

    @Test
    void performanceInsightsOffSetsNothing() {
        synth(s -> props(s, true).build()).allResourcesProperties("AWS::RDS::DBInstance", Match.objectLike(Map.of(
                "EnablePerformanceInsights", Match.absent(), "PerformanceInsightsRetentionPeriod", Match.absent())));
    }
}
