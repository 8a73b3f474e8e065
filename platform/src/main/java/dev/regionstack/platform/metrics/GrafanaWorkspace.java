package dev.regionstack.platform.metrics;

import dev.regionstack.platform.guardrails.Guarded;
import dev.regionstack.platform.guardrails.Reasons;
import dev.regionstack.platform.guardrails.SuppressionRule;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.grafana.CfnWorkspace;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.iam.ServicePrincipalOpts;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.regionstack.platform.guardrails.Suppression.NIST;
import static dev.regionstack.platform.guardrails.Suppression.of;
import static dev.regionstack.platform.guardrails.SuppressionRule.on;

/**
 * An environment's Amazon Managed Grafana workspace: users sign in through IAM Identity Center ({@code AWS_SSO}),
 * and the workspace reads CloudWatch (metrics, alarms, Logs Insights), X-Ray and the environment's Prometheus
 * workspaces through a role of its own ({@code CUSTOMER_MANAGED}: with CloudFormation, AMG creates no roles itself).
 *
 * <p>Identity Center must be enabled (in the organization or as an account instance) before the first deploy, or
 * the workspace fails to create; who may sign in, and as what, is then assigned to Identity Center users or groups
 * ({@code aws grafana update-permissions}, or the console), which no template can know.
 */
public final class GrafanaWorkspace extends Construct implements Guarded {
    /** The read actions of AMG's CloudWatch data source (metrics, alarms, Logs Insights, the EC2 dimension lookups). */
    static final List<String> CLOUDWATCH_ACTIONS = List.of("cloudwatch:DescribeAlarmsForMetric", "cloudwatch:DescribeAlarmHistory",
            "cloudwatch:DescribeAlarms", "cloudwatch:ListMetrics", "cloudwatch:GetMetricData", "cloudwatch:GetInsightRuleReport",
            "logs:DescribeLogGroups", "logs:GetLogGroupFields", "logs:StartQuery", "logs:StopQuery", "logs:GetQueryResults",
            "logs:GetLogEvents", "ec2:DescribeTags", "ec2:DescribeInstances", "ec2:DescribeRegions", "tag:GetResources");
    /** The read actions of AMG's X-Ray data source. */
    static final List<String> XRAY_ACTIONS = List.of("xray:BatchGetTraces", "xray:GetTraceSummaries", "xray:GetTraceGraph",
            "xray:GetGroups", "xray:GetTimeSeriesServiceStatistics", "xray:GetInsightSummaries", "xray:GetInsight",
            "xray:GetServiceGraph");
    /** The query actions of AMG's Prometheus data source, on a workspace. */
    static final List<String> PROMETHEUS_ACTIONS = List.of("aps:DescribeWorkspace", "aps:QueryMetrics", "aps:GetLabels",
            "aps:GetSeries", "aps:GetMetricMetadata");

    private final CfnWorkspace workspace;
    private final Role role;

    public GrafanaWorkspace(Construct scope, String id, GrafanaWorkspaceProps props) {
        super(scope, id);
        Stack stack = Stack.of(this);
        String account = stack.getAccount();
        Map<String, Object> conditions = new TreeMap<>(Map.of(
                "StringEquals", Map.of("aws:SourceAccount", account),
                "ArnLike", Map.of("aws:SourceArn", "arn:" + stack.getPartition() + ":grafana:" + stack.getRegion() + ":" + account + ":/workspaces/*")));
        role = Role.Builder.create(this, "Role")
                .assumedBy(new ServicePrincipal("grafana.amazonaws.com", ServicePrincipalOpts.builder().conditions(conditions).build()))
                .description("Amazon Managed Grafana: read CloudWatch, X-Ray and the environment's Prometheus workspaces")
                .build();
        role.addToPolicy(PolicyStatement.Builder.create().sid("ReadCloudWatch")
                .actions(CLOUDWATCH_ACTIONS).resources(List.of("*")).build());
        role.addToPolicy(PolicyStatement.Builder.create().sid("ReadXRay")
                .actions(XRAY_ACTIONS).resources(List.of("*")).build());
        List<String> dataSources = new ArrayList<>(List.of("CLOUDWATCH"));
        if (!props.prometheusWorkspaceArns().isEmpty()) {
            role.addToPolicy(PolicyStatement.Builder.create().sid("ListPrometheusWorkspaces")
                    .actions(List.of("aps:ListWorkspaces")).resources(List.of("*")).build());
            role.addToPolicy(PolicyStatement.Builder.create().sid("QueryPrometheusWorkspaces")
                    .actions(PROMETHEUS_ACTIONS).resources(props.prometheusWorkspaceArns()).build());
            dataSources.add("PROMETHEUS");
        }
        dataSources.add("XRAY");

        workspace = CfnWorkspace.Builder.create(this, "Resource")
                .name(props.name())
                .description("Dashboards over CloudWatch, X-Ray and Prometheus")
                .accountAccessType("CURRENT_ACCOUNT")
                .authenticationProviders(List.of("AWS_SSO"))
                .permissionType("CUSTOMER_MANAGED")
                .roleArn(role.getRoleArn())
                .dataSources(dataSources)
                .build();
        workspace.applyRemovalPolicy(props.removalPolicy());
        workspace.getNode().addDependency(role);
    }

    /** The workspace's URL host, {@code g-....grafana-workspace.<region>.amazonaws.com} (a token). */
    public String endpoint() { return workspace.getAttrEndpoint(); }

    /** The workspace id (a token). */
    public String workspaceId() { return workspace.getAttrId(); }

    public IRole role() { return role; }

    @Override
    public List<SuppressionRule> suppressions() {
        String policy = "AWS::IAM::Policy";
        return List.of(
                on(policy, "Role/DefaultPolicy/Resource", of(NIST + "IAMNoInlinePolicy", Reasons.CDK_GRANT_INLINE)),
                on(policy, "Role/DefaultPolicy/Resource", of("AwsSolutions-IAM5", List.of("Resource::*"),
                        "CloudWatch's metric and alarm reads, Logs Insights queries, X-Ray's trace reads and aps:ListWorkspaces have no"
                                + " resource-level permissions (or span every log group and metric, as a dashboard does), so they name"
                                + " Resource *; the Prometheus queries name the environment's workspaces.")));
    }
}
