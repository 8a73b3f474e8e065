package dev.regionstack.platform.service;

import dev.regionstack.platform.guardrails.Guarded;
import dev.regionstack.platform.guardrails.SuppressionRule;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

import static dev.regionstack.platform.guardrails.Suppression.NIST;
import static dev.regionstack.platform.guardrails.Suppression.of;
import static dev.regionstack.platform.guardrails.SuppressionRule.on;

/**
 * The alarms a blue/green release rolls back on, in the app stack beside the service: ECS names them in the
 * service's deployment alarms, so they must exist when the service does (the observability stack deploys after the
 * app stack, and its 5xx alarm watches one target group, while a release moves traffic between two). Each metric
 * has only the LoadBalancer dimension, so it covers whichever target group serves. Missing data never alarms.
 */
public final class RollbackAlarms extends Construct implements Guarded {
    /** 5xx responses per minute, from the targets or from the load balancer, that count as a bad minute. */
    public static final int HTTP_5XX_PER_MINUTE = 5;

    private final List<Alarm> alarms;

    /** @param loadBalancerFullName {@code app/<name>/<id>}, the LoadBalancer dimension (a token of this stack) */
    public RollbackAlarms(Construct scope, String id, RollbackAlarmsProps props, String loadBalancerFullName) {
        super(scope, id);
        Map<String, String> dims = Map.of("LoadBalancer", loadBalancerFullName);
        alarms = List.of(
                // TargetResponseTime is in seconds.
                alarm("LatencyP99", props.latencyName(), metric("TargetResponseTime", dims, "p99"),
                        props.latencyP99Ms() / 1000.0, 5, 3,
                        "Rolls a blue/green release back: p99 target response time at or above " + props.latencyP99Ms() + " ms in 3 of 5 minutes"),
                alarm("Target5xx", props.target5xxName(), metric("HTTPCode_Target_5XX_Count", dims, "Sum"),
                        HTTP_5XX_PER_MINUTE, 3, 2,
                        "Rolls a blue/green release back: the targets returned at least " + HTTP_5XX_PER_MINUTE + " 5xx responses a minute in 2 of 3 minutes"),
                alarm("Elb5xx", props.elb5xxName(), metric("HTTPCode_ELB_5XX_Count", dims, "Sum"),
                        HTTP_5XX_PER_MINUTE, 3, 2,
                        "Rolls a blue/green release back: the load balancer returned at least " + HTTP_5XX_PER_MINUTE + " 5xx responses a minute in 2 of 3 minutes"));
    }

    public List<Alarm> alarms() { return alarms; }

    private Alarm alarm(String id, String name, Metric metric, double threshold, int evaluationPeriods, int datapoints,
                        String description) {
        return Alarm.Builder.create(this, id)
                .alarmName(name)
                .alarmDescription(description)
                .metric(metric)
                .threshold(threshold)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .evaluationPeriods(evaluationPeriods)
                .datapointsToAlarm(datapoints)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build();
    }

    private static Metric metric(String name, Map<String, String> dimensions, String statistic) {
        return Metric.Builder.create().namespace("AWS/ApplicationELB").metricName(name).dimensionsMap(dimensions)
                .statistic(statistic).period(Duration.minutes(1)).build();
    }

    @Override
    public List<SuppressionRule> suppressions() {
        return List.of(on("AWS::CloudWatch::Alarm", "\\w+/Resource", of(NIST + "CloudWatchAlarmAction",
                "ECS reads this alarm's state during a blue/green release to roll it back; people are told by the observability stack's alarms on the same metrics, which notify the alert topic.")));
    }
}
