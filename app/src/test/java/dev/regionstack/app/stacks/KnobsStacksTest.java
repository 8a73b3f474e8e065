package dev.regionstack.app.stacks;

import dev.regionstack.app.TestFleets;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Fleet;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each knob beyond the presets sets its property on a real synthesized template, over a medium environment whose
 * preset would say otherwise (per-zone NAT, Performance Insights on, an on-demand stream, 14 days of logs).
 */
class KnobsStacksTest {
    private static final String FLEET = """
            project: acme
            environments:
              dev:
                account: "111111111111"
                sizing: medium
                data: {aurora: {version: "15.4", instanceClass: db.r6g.2xlarge, backupRetentionDays: 14, performanceInsights: false, readers: 2}}
                network: {natGateways: one}
                logs: {retentionDays: 400}
                api: {throttle: {rateLimit: 800, burstLimit: 1600}, plans: {basic: {rateLimit: 5, burstLimit: 10, quotaPerMonth: 5000}}}
                notifications: {sender: example.com}
                messaging: {stream: {shards: 3}}
                regions:
                  eu-west-2: {cidr: 10.0.0.0/16, primary: true}
                  us-east-2:
                    cidr: 10.1.0.0/16
                    data: {aurora: {readers: 3, performanceInsights: true}}
            """;
    private static final Fleet FLEET_MODEL = TestFleets.parse(FLEET);
    private static final List<RegionStacks> STACKS = RegionStacks.buildAll(FLEET_MODEL.environments().get(0).deployments());

    private static Template primaryData() { return Template.fromStack(STACKS.get(0).data()); }

    private static Template secondaryData() { return Template.fromStack(STACKS.get(1).data()); }

    @Test
    void auroraVersionIsTheGlobalDatabasesAndEveryClusters() {
        primaryData().hasResourceProperties("AWS::RDS::GlobalCluster", Match.objectLike(Map.of("EngineVersion", "15.4")));
        primaryData().hasResourceProperties("AWS::RDS::DBCluster", Match.objectLike(Map.of("EngineVersion", "15.4")));
        secondaryData().hasResourceProperties("AWS::RDS::DBCluster", Match.objectLike(Map.of("EngineVersion", "15.4")));
    }

    @Test
    void auroraInstanceClassAndReadersPerRegion() {
        primaryData().resourcePropertiesCountIs("AWS::RDS::DBInstance",
                Match.objectLike(Map.of("DBInstanceClass", "db.r6g.2xlarge")), 3);
        secondaryData().resourcePropertiesCountIs("AWS::RDS::DBInstance",
                Match.objectLike(Map.of("DBInstanceClass", "db.r6g.2xlarge")), 3);
    }

    @Test
    void auroraBackupRetention() {
        primaryData().hasResourceProperties("AWS::RDS::DBCluster", Match.objectLike(Map.of("BackupRetentionPeriod", 14)));
    }

    @Test
    void performanceInsightsOffInThePrimaryOnInTheRegionThatAsks() {
        primaryData().allResourcesProperties("AWS::RDS::DBInstance",
                Match.objectLike(Map.of("EnablePerformanceInsights", Match.absent())));
        secondaryData().allResourcesProperties("AWS::RDS::DBInstance", Match.objectLike(Map.of(
                "EnablePerformanceInsights", true, "PerformanceInsightsRetentionPeriod", 7,
                "PerformanceInsightsKMSKeyId", Match.absent())));
    }

    @Test
    void oneNatGatewayInsteadOfThePresetsOnePerZone() {
        Template.fromStack(STACKS.get(0).network()).resourceCountIs("AWS::EC2::NatGateway", 1);
    }

    @Test
    void logRetentionOfTheFlowLogs() {
        Template.fromStack(STACKS.get(0).network()).hasResourceProperties("AWS::Logs::LogGroup",
                Match.objectLike(Map.of("RetentionInDays", 400)));
    }

    @Test
    void streamShards() {
        Region region = new Region("eu-west-2");
        Template t = Template.fromStack(new MessagingStack(region.app, "Messaging", region.props(), deployment(), region.key));
        t.hasResourceProperties("AWS::Kinesis::Stream", Match.objectLike(Map.of("ShardCount", 3,
                "StreamModeDetails", Map.of("StreamMode", "PROVISIONED"))));
        t.allResourcesProperties("AWS::Logs::LogGroup", Match.objectLike(Map.of("RetentionInDays", 400)));
    }

    @Test
    void apiStageThrottleAndPlans() {
        Template t = api();
        t.hasResourceProperties("AWS::ApiGateway::Stage", Match.objectLike(Map.of("MethodSettings", Match.arrayWith(List.of(
                Match.objectLike(Map.of("ThrottlingRateLimit", 800, "ThrottlingBurstLimit", 1600)))))));
        t.hasResourceProperties("AWS::ApiGateway::UsagePlan", Match.objectLike(Map.of("UsagePlanName", "acme-dev-basic",
                "Throttle", Map.of("RateLimit", 5, "BurstLimit", 10), "Quota", Map.of("Limit", 5000, "Period", "MONTH"))));
        t.hasResourceProperties("AWS::ApiGateway::UsagePlan", Match.objectLike(Map.of("UsagePlanName", "acme-dev-enterprise",
                "Throttle", Map.of("RateLimit", 200, "BurstLimit", 400))));
    }

    @Test
    void notificationsSenderDomainSendsAsNoReplyOfTheDomain() {
        Template t = api();
        t.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of("Environment", Map.of("Variables",
                Match.objectLike(Map.of("SES_FROM_ADDRESS", "no-reply@example.com"))))));
        assertThat(t.toJSON().toString()).contains(":identity/example.com");
    }

    private static Template api() {
        Region region = new Region("eu-west-2");
        return Template.fromStack(new ApiStack(region.app, "Api", region.props(), deployment(), region.key, Optional.empty(),
                Region.functionsJar()));
    }

    private static Deployment deployment() {
        return FLEET_MODEL.environments().get(0).deployments().get(0);
    }
}
