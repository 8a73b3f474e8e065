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

/** A blue/green service serves from two target groups in turn: its targets' 5xx are watched on the load balancer. */
class RegionalMonitoringBlueGreenTest {
    private static Template synth(LoadBalancerTarget alb) {
        Stack stack = new Stack(new App(), "Test");
        new RegionalMonitoring(stack, "Monitoring", new RegionalMonitoringProps("acme-prod-us-east-2",
                Topic.Builder.create(stack, "Alerts").build(), 500, Optional.of(alb), Optional.empty(), List.of(), Optional.empty()));
        return Template.fromStack(stack);
    }

    @Test
    void blueGreenWatchesTheTargets5xxOnTheLoadBalancerRollingOnItsTargetGroup() {
        String lb = "app/acme-alb/0123456789abcdef";
        String tg = "targetgroup/acme-tg/fedcba9876543210";
        synth(new LoadBalancerTarget(lb, tg, true)).hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "AlarmName", "acme-prod-us-east-2-alb-target-5xx", "MetricName", "HTTPCode_Target_5XX_Count",
                "Dimensions", List.of(Map.of("Name", "LoadBalancer", "Value", lb)))));
        synth(new LoadBalancerTarget(lb, tg)).hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "AlarmName", "acme-prod-us-east-2-alb-target-5xx",
                "Dimensions", List.of(Map.of("Name", "LoadBalancer", "Value", lb), Map.of("Name", "TargetGroup", "Value", tg)))));
    }
}
