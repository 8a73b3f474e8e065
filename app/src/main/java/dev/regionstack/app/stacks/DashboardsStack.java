package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.names.PhysicalNames;
import dev.regionstack.platform.crossregion.CrossRegionParameter;
import dev.regionstack.platform.crossregion.CrossRegionParameterProps;
import dev.regionstack.platform.crossregion.ParameterNames;
import dev.regionstack.platform.metrics.GrafanaWorkspace;
import dev.regionstack.platform.metrics.GrafanaWorkspaceProps;
import dev.regionstack.platform.removal.Removal;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

import java.util.List;

/**
 * The {@code dashboards} layer ({@code observability: {dashboards: grafana}}): the environment's one Amazon Managed
 * Grafana workspace, in its primary region (the loader refuses a primary region without AMG). With Prometheus
 * metrics, its role may query every region's workspace, whose ARN each region's metrics stack publishes and this
 * stack reads at deploy time (so it deploys after all of them).
 */
public final class DashboardsStack extends Stack {
    private final GrafanaWorkspace workspace;

    /** @param prometheusRegions the regions whose Prometheus workspaces the dashboards query (none without Prometheus) */
    public DashboardsStack(Construct scope, String id, StackProps props, Deployment primary, List<String> prometheusRegions) {
        super(scope, id, props);
        List<String> workspaces = prometheusRegions.stream().map(region -> new CrossRegionParameter(this, "PrometheusWorkspace-" + region,
                new CrossRegionParameterProps(ParameterNames.of(primary.project(), primary.environment(), region, MetricsStack.LAYER,
                        MetricsStack.WORKSPACE_ARN), region)).value()).toList();
        workspace = new GrafanaWorkspace(this, "Grafana", new GrafanaWorkspaceProps(
                PhysicalNames.grafanaWorkspace(primary.project(), primary.environment()), workspaces,
                Removal.of(primary.settings().sizing().retainData())));
        CfnOutput.Builder.create(this, "GrafanaUrl").value("https://" + workspace.endpoint())
                .description("The Grafana workspace (sign in through IAM Identity Center)").build();
    }

    public GrafanaWorkspace workspace() { return workspace; }
}
