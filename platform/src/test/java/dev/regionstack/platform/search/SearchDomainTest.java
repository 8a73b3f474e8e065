package dev.regionstack.platform.search;

import dev.regionstack.platform.TestStacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.logs.CfnLogGroup;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SearchDomainTest {
    @TempDir static Path dir;
    static Path jar;

    @BeforeAll
    static void jar() throws IOException {
        jar = Files.write(dir.resolve("functions.jar"), new byte[] {0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    }

    static final SearchCapacity SMALL = new SearchCapacity(1, "m6g.large.search", 1, null, 20);
    static final SearchCapacity MEDIUM = new SearchCapacity(2, "r6g.large.search", 2, null, 100);
    static final SearchCapacity LARGE = new SearchCapacity(3, "r6g.large.search", 3, "m6g.large.search", 200);

    /** The domain, its shipper and one subscribed log group, as the search, app and api stacks wire them. */
    private static Template synth(SearchCapacity capacity) {
        Stack stack = TestStacks.stack();
        IVpc vpc = Vpc.Builder.create(stack, "Vpc").availabilityZones(TestStacks.ZONES).natGateways(1)
                .subnetConfiguration(List.of(
                        SubnetConfiguration.builder().name("Public").subnetType(SubnetType.PUBLIC).build(),
                        SubnetConfiguration.builder().name("Private").subnetType(SubnetType.PRIVATE_WITH_EGRESS).build(),
                        SubnetConfiguration.builder().name("Isolated").subnetType(SubnetType.PRIVATE_ISOLATED).build()))
                .build();
        IKey key = TestStacks.key(stack);
        Role role = LogShipper.newRole(stack, "ShipperRole", "acme-prod-log-shipper");
        SearchDomain domain = new SearchDomain(stack, "Search", new SearchDomainProps("prod-euw2-abc123", vpc,
                vpc.getIsolatedSubnets(), key, capacity, role, RetentionDays.ONE_WEEK, RemovalPolicy.DESTROY));
        LogShipper shipper = new LogShipper(stack, "Shipper", new LogShipperProps("acme-prod-log-shipper", role, domain, vpc,
                SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build(), key, jar.toString(), 0,
                RetentionDays.ONE_WEEK, RemovalPolicy.DESTROY));
        LogGroup service = LogGroup.Builder.create(stack, "ServiceLogs").build();
        new LogSubscription(stack, "ServiceLogsToSearch", service, shipper.function().getFunctionArn());
        return Template.fromStack(stack);
    }

    @Test
    void theDomainIsEncryptedAtRestWithTheKeyAndBetweenNodes() {
        synth(SMALL).hasResourceProperties("AWS::OpenSearchService::Domain", Map.of(
                "DomainName", "prod-euw2-abc123",
                "EngineVersion", SearchDomain.ENGINE_VERSION,
                "EncryptionAtRestOptions", Map.of("Enabled", true, "KmsKeyId", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("RegionKey.*"), "Arn"))),
                "NodeToNodeEncryptionOptions", Map.of("Enabled", true)));
    }

    @Test
    void theDomainServesHttpsOnlyWithTls12() {
        synth(SMALL).hasResourceProperties("AWS::OpenSearchService::Domain", Map.of(
                "DomainEndpointOptions", Map.of("EnforceHTTPS", true, "TLSSecurityPolicy", "Policy-Min-TLS-1-2-2019-07")));
    }

    @Test
    void fineGrainedAccessControlHasTheShippersRoleAsItsOnlyMaster() {
        Template t = synth(SMALL);
        Map<String, Object> shipperRole = Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("ShipperRole.*"), "Arn"));
        t.hasResourceProperties("AWS::OpenSearchService::Domain", Map.of(
                "AdvancedSecurityOptions", Map.of("Enabled", true, "InternalUserDatabaseEnabled", false,
                        "MasterUserOptions", Map.of("MasterUserARN", shipperRole)),
                "AccessPolicies", Match.objectLike(Map.of("Statement", List.of(Match.objectLike(Map.of(
                        "Effect", "Allow", "Principal", Map.of("AWS", shipperRole))))))));
        t.hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of("PolicyDocument", Map.of("Version", "2012-10-17",
                "Statement", Match.arrayWith(List.of(Match.objectLike(Map.of("Sid", "IndexDocuments",
                        "Action", List.of("es:ESHttpPost", "es:ESHttpPut")))))))));
    }

    @Test
    void smallIsOneNodeInOneZone() {
        Template t = synth(SMALL);
        t.hasResourceProperties("AWS::OpenSearchService::Domain", Map.of(
                "ClusterConfig", Match.objectLike(Map.of("InstanceCount", 1, "ZoneAwarenessEnabled", false, "DedicatedMasterEnabled", false)),
                "EBSOptions", Map.of("EBSEnabled", true, "VolumeType", "gp3", "VolumeSize", 20),
                "VPCOptions", Map.of("SubnetIds", List.of(Map.of("Ref", Match.stringLikeRegexp("VpcIsolatedSubnet1.*"))),
                        "SecurityGroupIds", List.of(Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("SearchSecurityGroup.*"), "GroupId"))))));
    }

    @Test
    void mediumSpansTwoZones() {
        synth(MEDIUM).hasResourceProperties("AWS::OpenSearchService::Domain", Map.of(
                "ClusterConfig", Match.objectLike(Map.of("InstanceCount", 2, "ZoneAwarenessEnabled", true,
                        "ZoneAwarenessConfig", Map.of("AvailabilityZoneCount", 2), "DedicatedMasterEnabled", false)),
                "VPCOptions", Match.objectLike(Map.of("SubnetIds", List.of(Match.anyValue(), Match.anyValue())))));
    }

    @Test
    void largeSpansThreeZonesWithThreeDedicatedMasters() {
        synth(LARGE).hasResourceProperties("AWS::OpenSearchService::Domain", Map.of(
                "ClusterConfig", Map.of("InstanceType", "r6g.large.search", "InstanceCount", 3, "ZoneAwarenessEnabled", true,
                        "ZoneAwarenessConfig", Map.of("AvailabilityZoneCount", 3), "DedicatedMasterEnabled", true,
                        "DedicatedMasterType", "m6g.large.search", "DedicatedMasterCount", 3, "MultiAZWithStandbyEnabled", false),
                "VPCOptions", Match.objectLike(Map.of("SubnetIds", List.of(Match.anyValue(), Match.anyValue(), Match.anyValue())))));
    }

    @Test
    void everyLogTypeGoesToAnEncryptedGroupOpenSearchMayWriteTo() {
        Template t = synth(SMALL);
        Map<String, Object> encrypted = Map.of("KmsKeyId", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("RegionKey.*"), "Arn")),
                "RetentionInDays", 7);
        assertThat(t.findResources("AWS::Logs::LogGroup", Map.of("Properties", encrypted))).hasSize(5);   // 4 + the shipper's
        Map<String, Object> publishing = new java.util.LinkedHashMap<>();
        for (String type : SearchDomain.LOG_TYPES) {
            publishing.put(type, Map.of("Enabled", true, "CloudWatchLogsLogGroupArn", Map.of("Fn::GetAtt", List.of(Match.anyValue(), "Arn"))));
        }
        t.hasResourceProperties("AWS::OpenSearchService::Domain", Map.of("LogPublishingOptions", publishing));
        t.hasResourceProperties("AWS::Logs::ResourcePolicy", Map.of("PolicyName", "prod-euw2-abc123-logs", "PolicyDocument", Match.anyValue()));
        assertThat(t.findResources("AWS::Logs::ResourcePolicy").toString())
                .contains("\"Principal\":{\"Service\":\"es.amazonaws.com\"},\"Action\":[\"logs:CreateLogStream\",\"logs:PutLogEvents\"]")
                .contains("\"ArnLike\":{\"aws:SourceArn\":\"arn:");
        t.hasResource("AWS::OpenSearchService::Domain", Match.objectLike(Map.of(
                "DependsOn", Match.arrayWith(List.of(Match.stringLikeRegexp("SearchLogsPolicy.*"))),
                "DeletionPolicy", "Delete")));
    }

    @Test
    void onlyTheShipperReachesTheDomainAndOnlyOnHttps() {
        Template t = synth(SMALL);
        Map<String, Object> domainGroup = Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("SearchSecurityGroup.*"), "GroupId"));
        Map<String, Object> shipperGroup = Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("ShipperSecurityGroup.*"), "GroupId"));
        assertThat(t.findResources("AWS::EC2::SecurityGroupIngress")).hasSize(1);
        t.hasResourceProperties("AWS::EC2::SecurityGroupIngress", Match.objectLike(Map.of("GroupId", domainGroup,
                "SourceSecurityGroupId", shipperGroup, "IpProtocol", "tcp", "FromPort", 443, "ToPort", 443)));
        t.hasResourceProperties("AWS::EC2::SecurityGroupEgress", Match.objectLike(Map.of("GroupId", shipperGroup,
                "DestinationSecurityGroupId", domainGroup, "IpProtocol", "tcp", "FromPort", 443, "ToPort", 443)));
        t.hasResourceProperties("AWS::EC2::SecurityGroup", Match.objectLike(Map.of(
                "GroupDescription", "OpenSearch domain prod-euw2-abc123: HTTPS from its clients only",
                "SecurityGroupIngress", Match.absent())));
    }

    @Test
    void theShipperRunsInThePrivateTierWithTheDomainsEndpoint() {
        synth(SMALL).hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "FunctionName", "acme-prod-log-shipper",
                "Handler", LogShipper.HANDLER,
                "Runtime", "java21",
                "Environment", Map.of("Variables", Map.of("DOMAIN_ENDPOINT", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("Search.*"), "DomainEndpoint")),
                        "INDEX_PREFIX", "logs")),
                "VpcConfig", Map.of("SubnetIds", List.of(Map.of("Ref", Match.stringLikeRegexp("VpcPrivateSubnet1.*")),
                                Map.of("Ref", Match.stringLikeRegexp("VpcPrivateSubnet2.*")), Map.of("Ref", Match.stringLikeRegexp("VpcPrivateSubnet3.*"))),
                        "SecurityGroupIds", List.of(Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("ShipperSecurityGroup.*"), "GroupId")))))));
    }

    @Test
    void aSubscribedLogGroupStreamsEverythingToTheShipperWhichCloudWatchLogsMayInvoke() {
        Template t = synth(SMALL);
        Map<String, Object> shipper = Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("Shipper[0-9A-F]{8}"), "Arn"));
        t.hasResourceProperties("AWS::Logs::SubscriptionFilter", Map.of("LogGroupName", Map.of("Ref", Match.stringLikeRegexp("ServiceLogs.*")),
                "FilterPattern", "", "DestinationArn", shipper));
        t.hasResourceProperties("AWS::Lambda::Permission", Map.of("Action", "lambda:InvokeFunction", "FunctionName", shipper,
                "Principal", "logs.eu-west-2.amazonaws.com", "SourceAccount", TestStacks.ACCOUNT,
                "SourceArn", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("ServiceLogs.*"), "Arn"))));
        t.hasResource("AWS::Logs::SubscriptionFilter", Match.objectLike(Map.of(
                "DependsOn", List.of(Match.stringLikeRegexp("ServiceLogsToSearchPermission.*")))));
        // The shipper's own group is not subscribed: it would feed itself.
        assertThat(t.findResources("AWS::Logs::SubscriptionFilter")).hasSize(1);
    }

    @Test
    void capacityRefusesWhatOpenSearchServiceRefuses() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> new SearchCapacity(3, "r6g.large.search", 2, null, 100)))
                .hasMessage("OpenSearch Service needs an even number of data nodes over two zones, not 3");
        assertThat(assertThrows(IllegalArgumentException.class, () -> new SearchCapacity(1, "r6g.large.search", 2, null, 100)))
                .hasMessage("1 data nodes cannot span 2 zones");
        assertThat(assertThrows(IllegalArgumentException.class, () -> new SearchCapacity(1, "r6g.large", 1, null, 100)))
                .hasMessage("an OpenSearch instance type ends in .search: r6g.large");
    }
}
