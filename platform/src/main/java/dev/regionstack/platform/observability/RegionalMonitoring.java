package dev.regionstack.platform.observability;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.IWidget;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.TextWidget;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A region's CloudWatch dashboard and its alarms, each sent to the alert topic when it fires and when it recovers.
 * Thresholds (besides the configured p99 latency) are fixed here; missing data never alarms, since an idle
 * service emits no ALB, Lambda or throttle datapoints.
 */
public final class RegionalMonitoring extends Construct {
    /** 5xx responses from the targets, or from the ALB itself, per 5 minutes. */
    public static final int HTTP_5XX_PER_5_MIN = 10;
    /** Average Aurora CPU over 15 minutes. */
    public static final int AURORA_CPU_PERCENT = 80;
    /** Average global database replication lag over 5 minutes (AWS's RPO target for Aurora Global Database is about 1 s). */
    public static final int AURORA_REPLICATION_LAG_MS = 1000;
    /** Errors of one function per 5 minutes. */
    public static final int LAMBDA_ERRORS_PER_5_MIN = 5;
    /** Read plus write throttle events of the table per 5 minutes. */
    public static final int DYNAMODB_THROTTLES_PER_5_MIN = 10;

    private final List<Alarm> alarms = new ArrayList<>();
    private final Dashboard dashboard;
    private final SnsAction action;

    public RegionalMonitoring(Construct scope, String id, RegionalMonitoringProps props) {
        super(scope, id);
        action = new SnsAction(props.alertTopic());
        List<IWidget> widgets = new ArrayList<>();
        String prefix = props.name();
        widgets.add(TextWidget.Builder.create().markdown("# " + prefix + "\nAlarms go to the alert topic.").width(24).height(2).build());

        props.loadBalancer().ifPresent(lb -> {
            Map<String, String> lbDims = Map.of("LoadBalancer", lb.loadBalancerFullName());
            Map<String, String> tgDims = new TreeMap<>(Map.of("LoadBalancer", lb.loadBalancerFullName(), "TargetGroup", lb.targetGroupFullName()));
            Metric p99 = metric("AWS/ApplicationELB", "TargetResponseTime", lbDims, "p99", Duration.minutes(1));
            Metric target5xx = metric("AWS/ApplicationELB", "HTTPCode_Target_5XX_Count", lb.blueGreen() ? lbDims : tgDims, "Sum", Duration.minutes(5));
            Metric elb5xx = metric("AWS/ApplicationELB", "HTTPCode_ELB_5XX_Count", lbDims, "Sum", Duration.minutes(5));
            // TargetResponseTime is in seconds.
            alarm("AlbLatencyP99", prefix + "-alb-latency-p99", p99, props.latencyP99Ms() / 1000.0, 5, 3,
                    "p99 target response time above " + props.latencyP99Ms() + " ms in 3 of 5 minutes");
            alarm("AlbTarget5xx", prefix + "-alb-target-5xx", target5xx, HTTP_5XX_PER_5_MIN, 1, 1,
                    "targets returned at least " + HTTP_5XX_PER_5_MIN + " 5xx responses in 5 minutes");
            alarm("AlbElb5xx", prefix + "-alb-elb-5xx", elb5xx, HTTP_5XX_PER_5_MIN, 1, 1,
                    "the load balancer returned at least " + HTTP_5XX_PER_5_MIN + " 5xx responses in 5 minutes");
            widgets.add(graph("ALB p99 latency (s)", List.of(p99)));
            widgets.add(graph("ALB 5xx", List.of(target5xx, elb5xx)));
            widgets.add(graph("ALB healthy targets", List.of(
                    metric("AWS/ApplicationELB", "HealthyHostCount", tgDims, "Minimum", Duration.minutes(1)))));
        });

        props.aurora().ifPresent(aurora -> {
            Map<String, String> dims = Map.of("DBClusterIdentifier", aurora.clusterIdentifier());
            Metric cpu = metric("AWS/RDS", "CPUUtilization", dims, "Average", Duration.minutes(5));
            alarm("AuroraCpu", prefix + "-aurora-cpu", cpu, AURORA_CPU_PERCENT, 3, 3,
                    "Aurora cluster CPU above " + AURORA_CPU_PERCENT + "% for 15 minutes");
            List<IMetric> auroraMetrics = new ArrayList<>(List.of(cpu));
            if (aurora.secondary()) {
                Metric lag = metric("AWS/RDS", "AuroraGlobalDBReplicationLag", dims, "Average", Duration.minutes(1));
                alarm("AuroraReplicationLag", prefix + "-aurora-replication-lag", lag, AURORA_REPLICATION_LAG_MS, 5, 5,
                        "global database replication lag above " + AURORA_REPLICATION_LAG_MS + " ms for 5 minutes");
                auroraMetrics.add(lag);
            }
            widgets.add(graph("Aurora", auroraMetrics));
        });

        List<IMetric> errors = new ArrayList<>();
        for (String function : props.functionNames()) {
            Metric functionErrors = metric("AWS/Lambda", "Errors", Map.of("FunctionName", function), "Sum", Duration.minutes(5));
            alarm("LambdaErrors" + constructSafe(function), prefix + "-lambda-errors-" + function, functionErrors,
                    LAMBDA_ERRORS_PER_5_MIN, 1, 1,
                    function + " failed at least " + LAMBDA_ERRORS_PER_5_MIN + " times in 5 minutes");
            errors.add(functionErrors);
        }
        if (!errors.isEmpty()) {
            widgets.add(graph("Lambda errors", errors));
        }

        props.tableName().ifPresent(table -> {
            Map<String, String> dims = Map.of("TableName", table);
            MathExpression throttles = MathExpression.Builder.create()
                    .expression("reads + writes")
                    .usingMetrics(new TreeMap<>(Map.of(
                            "reads", metric("AWS/DynamoDB", "ReadThrottleEvents", dims, "Sum", Duration.minutes(5)),
                            "writes", metric("AWS/DynamoDB", "WriteThrottleEvents", dims, "Sum", Duration.minutes(5)))))
                    .label("Read + write throttle events")
                    .period(Duration.minutes(5))
                    .build();
            alarm("DynamoDbThrottles", prefix + "-dynamodb-throttles", throttles, DYNAMODB_THROTTLES_PER_5_MIN, 1, 1,
                    "table " + table + " throttled at least " + DYNAMODB_THROTTLES_PER_5_MIN + " requests in 5 minutes");
            widgets.add(graph("DynamoDB throttles", List.of(throttles)));
        });

        dashboard = Dashboard.Builder.create(this, "Dashboard")
                .dashboardName(props.name())
                .widgets(List.of(widgets))
                .build();
    }

    private void alarm(String id, String name, IMetric metric, double threshold, int evaluationPeriods,
                       int datapointsToAlarm, String description) {
        Alarm alarm = Alarm.Builder.create(this, id)
                .alarmName(name)
                .alarmDescription(description)
                .metric(metric)
                .threshold(threshold)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .evaluationPeriods(evaluationPeriods)
                .datapointsToAlarm(datapointsToAlarm)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build();
        alarm.addAlarmAction(action);
        alarm.addOkAction(action);
        alarms.add(alarm);
    }

    private static Metric metric(String namespace, String name, Map<String, String> dimensions, String statistic, Duration period) {
        return Metric.Builder.create().namespace(namespace).metricName(name).dimensionsMap(dimensions)
                .statistic(statistic).period(period).build();
    }

    private static GraphWidget graph(String title, List<IMetric> metrics) {
        return GraphWidget.Builder.create().title(title).left(metrics).width(8).build();
    }

    private static String constructSafe(String name) {
        StringBuilder id = new StringBuilder();
        for (String part : name.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return id.toString();
    }

    public List<Alarm> alarms() { return List.copyOf(alarms); }

    public Dashboard dashboard() { return dashboard; }
}
