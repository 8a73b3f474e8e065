package dev.regionstack.platform.observability;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.sns.Topic;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RegionalMonitoringTest {
    private static final LoadBalancerTarget ALB = new LoadBalancerTarget("app/acme-alb/0123456789abcdef", "targetgroup/acme-tg/fedcba9876543210");

    private static Template synth(int latencyP99Ms, Optional<LoadBalancerTarget> alb, Optional<AuroraTarget> aurora,
                                  List<String> functions, Optional<String> table) {
        Stack stack = new Stack(new App(), "Test");
        Topic topic = Topic.Builder.create(stack, "Alerts").build();
        new RegionalMonitoring(stack, "Monitoring", new RegionalMonitoringProps(
                "acme-prod-us-east-2", topic, latencyP99Ms, alb, aurora, functions, table));
        return Template.fromStack(stack);
    }

    private static Template everything() {
        return synth(300, Optional.of(ALB), Optional.of(new AuroraTarget("acme-prod-us-east-2-aurora", true)),
                List.of("acme-prod-usage-check", "acme-prod-payments"), Optional.of("acme-prod-credits"));
    }

    @Test
    void latencyAlarmUsesTheRegionsP99ThresholdInSeconds() {
        synth(300, Optional.of(ALB), Optional.empty(), List.of(), Optional.empty()).hasResourceProperties("AWS::CloudWatch::Alarm",
                Match.objectLike(Map.of(
                        "AlarmName", "acme-prod-us-east-2-alb-latency-p99",
                        "MetricName", "TargetResponseTime",
                        "Namespace", "AWS/ApplicationELB",
                        "ExtendedStatistic", "p99",
                        "Threshold", 0.3,
                        "Dimensions", List.of(Map.of("Name", "LoadBalancer", "Value", ALB.loadBalancerFullName())),
                        "AlarmActions", List.of(Map.of("Ref", Match.stringLikeRegexp("Alerts.*"))),
                        "OKActions", List.of(Map.of("Ref", Match.stringLikeRegexp("Alerts.*"))))));
    }

    @Test
    void albAlarmsCoverTarget5xxAndElb5xx() {
        Template t = synth(500, Optional.of(ALB), Optional.empty(), List.of(), Optional.empty());
        t.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "MetricName", "HTTPCode_Target_5XX_Count", "Statistic", "Sum",
                "Threshold", RegionalMonitoring.HTTP_5XX_PER_5_MIN,
                "Dimensions", Match.arrayWith(List.of(Map.of("Name", "TargetGroup", "Value", ALB.targetGroupFullName()))))));
        t.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "MetricName", "HTTPCode_ELB_5XX_Count", "Statistic", "Sum")));
        t.resourceCountIs("AWS::CloudWatch::Alarm", 3);
    }

    @Test
    void auroraCpuAndReplicationLagOnASecondary() {
        Template t = synth(500, Optional.empty(), Optional.of(new AuroraTarget("acme-prod-aurora", true)), List.of(), Optional.empty());
        t.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "MetricName", "CPUUtilization", "Namespace", "AWS/RDS", "Threshold", RegionalMonitoring.AURORA_CPU_PERCENT,
                "Dimensions", List.of(Map.of("Name", "DBClusterIdentifier", "Value", "acme-prod-aurora")))));
        t.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "MetricName", "AuroraGlobalDBReplicationLag", "Threshold", RegionalMonitoring.AURORA_REPLICATION_LAG_MS)));
    }

    @Test
    void noReplicationLagAlarmOnThePrimary() {
        Template t = synth(500, Optional.empty(), Optional.of(new AuroraTarget("acme-prod-aurora", false)), List.of(), Optional.empty());
        t.resourceCountIs("AWS::CloudWatch::Alarm", 1);
        t.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of("MetricName", "CPUUtilization")));
    }

    @Test
    void oneErrorAlarmPerFunction() {
        Template t = synth(500, Optional.empty(), Optional.empty(), List.of("acme-prod-usage-check", "acme-prod-payments"), Optional.empty());
        t.resourceCountIs("AWS::CloudWatch::Alarm", 2);
        for (String function : List.of("acme-prod-usage-check", "acme-prod-payments")) {
            t.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                    "MetricName", "Errors", "Namespace", "AWS/Lambda", "Threshold", RegionalMonitoring.LAMBDA_ERRORS_PER_5_MIN,
                    "Dimensions", List.of(Map.of("Name", "FunctionName", "Value", function)))));
        }
    }

    @Test
    void tableThrottlesAddReadAndWriteThrottleEvents() {
        Template t = synth(500, Optional.empty(), Optional.empty(), List.of(), Optional.of("acme-prod-credits"));
        t.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "AlarmName", "acme-prod-us-east-2-dynamodb-throttles",
                "Threshold", RegionalMonitoring.DYNAMODB_THROTTLES_PER_5_MIN,
                "Metrics", Match.arrayWith(List.of(
                        Match.objectLike(Map.of("Expression", "reads + writes")),
                        Match.objectLike(Map.of("MetricStat", Match.objectLike(Map.of("Metric", Map.of(
                                "MetricName", "ReadThrottleEvents", "Namespace", "AWS/DynamoDB",
                                "Dimensions", List.of(Map.of("Name", "TableName", "Value", "acme-prod-credits"))))))))))));
    }

    @Test
    void nothingToWatchMeansNoAlarmsButADashboard() {
        Template t = synth(500, Optional.empty(), Optional.empty(), List.of(), Optional.empty());
        t.resourceCountIs("AWS::CloudWatch::Alarm", 0);
        t.hasResourceProperties("AWS::CloudWatch::Dashboard", Match.objectLike(Map.of("DashboardName", "acme-prod-us-east-2")));
    }

    @Test
    void everyAlarmNotifiesTheTopic() {
        Template t = everything();
        t.resourceCountIs("AWS::CloudWatch::Alarm", 8);
        t.allResourcesProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "AlarmActions", List.of(Map.of("Ref", Match.stringLikeRegexp("Alerts.*"))),
                "TreatMissingData", "notBreaching")));
    }

    @Test
    void rejectsANonPositiveLatency() {
        Stack stack = new Stack(new App(), "Test");
        Topic topic = Topic.Builder.create(stack, "Alerts").build();
        var e = assertThrows(IllegalArgumentException.class, () -> new RegionalMonitoringProps(
                "x", topic, -5, null, null, null, null));
        assertThat(e).hasMessage("latencyP99Ms must be positive, got -5");
    }
}
