package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Alarms;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Sizing;
import dev.regionstack.fleet.model.Waf;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.sqs.IQueue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ObservabilityStackTest {
    private static Template synth(Deployment deployment, ObservedResources resources) {
        Region region = new Region(deployment.region());
        return Template.fromStack(new ObservabilityStack(region.app, "Observability", region.props(), deployment, resources));
    }

    @Test
    void latencyAlarmUsesTheRegionsThreshold() {
        Deployment usEast2 = Region.deployment("us-east-2", Sizing.LARGE, Waf.DEFAULT, new Alarms(300, Optional.empty()));
        synth(usEast2, ObservedResources.NONE.withLoadBalancer(new AlbParameters("/acme/dev/us-east-2/app/alb-full-name",
                "/acme/dev/us-east-2/app/target-group-full-name"))).hasResourceProperties("AWS::CloudWatch::Alarm",
                Match.objectLike(Map.of("AlarmName", "acme-dev-us-east-2-alb-latency-p99", "Threshold", 0.3)));
    }

    @Test
    void albDimensionsComeFromTheAppLayersParameters() {
        Template t = synth(Region.deployment("eu-west-2"), ObservedResources.NONE.withLoadBalancer(new AlbParameters(
                "/acme/dev/eu-west-2/app/alb-full-name", "/acme/dev/eu-west-2/app/target-group-full-name")));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> parameters = (Map<String, Map<String, Object>>) t.toJSON().get("Parameters");
        assertThat(parameters.values()).anySatisfy(p -> assertThat(p).containsEntry("Default", "/acme/dev/eu-west-2/app/alb-full-name")
                .containsEntry("Type", "AWS::SSM::Parameter::Value<String>"));
        assertThat(parameters.values()).anySatisfy(p -> assertThat(p).containsEntry("Default", "/acme/dev/eu-west-2/app/target-group-full-name"));
    }

    @Test
    void alarmsOnlyForResourcesThatExist() {
        Template t = synth(Region.deployment("eu-west-2"), ObservedResources.NONE
                .withFunctionNames(List.of("acme-dev-usage-check")).withTableName("acme-dev-credits"));
        t.resourceCountIs("AWS::CloudWatch::Alarm", 2);
        assertThat(t.findResources("AWS::CloudWatch::Alarm").toString())
                .doesNotContain("AWS/ApplicationELB", "AWS/RDS");
    }

    @Test
    void auroraReplicationLagOnlyOnSecondaries() {
        Template secondary = synth(Region.deployment("us-east-2"), ObservedResources.NONE.withAurora("acme-dev-us-east-2", true));
        secondary.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "MetricName", "AuroraGlobalDBReplicationLag",
                "Dimensions", List.of(Map.of("Name", "DBClusterIdentifier", "Value", "acme-dev-us-east-2")))));
        Template primary = synth(Region.deployment("eu-west-2"), ObservedResources.NONE.withAurora("acme-dev-eu-west-2", false));
        assertThat(primary.findResources("AWS::CloudWatch::Alarm").toString()).doesNotContain("AuroraGlobalDBReplicationLag");
    }

    @Test
    void withoutAnAlertTopicItCreatesOneWithTheEmail() {
        Template t = synth(Region.deployment("eu-west-2", Sizing.SMALL, Waf.DEFAULT, new Alarms(500, Optional.of("ops@example.com"))),
                ObservedResources.NONE.withTableName("acme-dev-credits"));
        t.hasResourceProperties("AWS::SNS::Topic", Match.objectLike(Map.of("TopicName", "acme-dev-observability-alerts")));
        t.hasResourceProperties("AWS::SNS::Subscription", Match.objectLike(Map.of("Endpoint", "ops@example.com")));
        t.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "AlarmActions", List.of(Map.of("Ref", Match.stringLikeRegexp("AlertTopic.*"))))));
    }

    @Test
    void anExistingAlertTopicIsAddressedByNameNotImported() {
        Template t = synth(Region.deployment("eu-west-2"), ObservedResources.NONE.withAlertTopicName("acme-dev-alerts")
                .withTableName("acme-dev-credits"));
        t.resourceCountIs("AWS::SNS::Topic", 0);
        t.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of("AlarmActions", List.of(Map.of("Fn::Join",
                List.of("", List.of("arn:", Map.of("Ref", "AWS::Partition"), ":sns:eu-west-2:111111111111:acme-dev-alerts")))))));
    }

    /** The whole region wired as the assembler would: the observability template must hold no import. */
    @Test
    void wiredFromTheOtherLayersItHasNoImportValue() {
        Region region = new Region("eu-west-2");
        Deployment deployment = Region.deployment("eu-west-2");
        AppStack app = new AppStack(region.app, "App", region.props(), deployment, Optional.empty(), region.vpc, region.key,
                Optional.empty());
        MessagingStack messaging = new MessagingStack(region.app, "Messaging", region.props(), deployment, region.key);
        ApiStack api = new ApiStack(region.app, "Api", region.props(), deployment, region.key,
                Optional.<IQueue>of(messaging.notificationQueue()), Region.functionsJar());
        ObservabilityStack observability = new ObservabilityStack(region.app, "Observability", region.props(), deployment,
                ObservedResources.NONE.withAlertTopicName(messaging.alertTopicName()).withLoadBalancer(app.albParameters())
                        .withFunctionNames(api.functionNames()).withTableName("acme-dev-credits"));
        Template t = Template.fromStack(observability);
        assertThat(t.toJSON().toString()).doesNotContain("Fn::ImportValue");
        t.resourceCountIs("AWS::CloudWatch::Alarm", 3 + 5 + 1);
    }
}
