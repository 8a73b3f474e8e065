package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.names.PhysicalNames;
import dev.regionstack.platform.crossregion.ParameterNames;
import dev.regionstack.platform.metrics.PrometheusScrape;
import dev.regionstack.platform.metrics.PrometheusWorkspace;
import dev.regionstack.platform.metrics.PrometheusWorkspaceProps;
import dev.regionstack.platform.removal.Removal;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.ssm.StringParameter;
import software.constructs.Construct;

/**
 * The {@code metrics} layer of one region ({@code observability: {metrics: prometheus}}): the region's Amazon Managed
 * Service for Prometheus workspace, encrypted with the region's key. It deploys before the app stack, whose collector
 * sidecar remote-writes to it (the app stack refers to the workspace, so CloudFormation keeps it while in use), and
 * publishes the workspace's ARN (layer {@code metrics}, key {@value #WORKSPACE_ARN}) for the environment's Grafana
 * workspace in the primary region.
 */
public final class MetricsStack extends Stack {
    public static final String LAYER = "metrics";
    public static final String WORKSPACE_ARN = "prometheus-workspace-arn";

    private final PrometheusWorkspace workspace;

    /** @param key the region's key (security stack) */
    public MetricsStack(Construct scope, String id, StackProps props, Deployment deployment, IKey key) {
        super(scope, id, props);
        workspace = new PrometheusWorkspace(this, "Prometheus", new PrometheusWorkspaceProps(
                PhysicalNames.prometheusWorkspace(deployment.project(), deployment.environment(), deployment.region()), key,
                Removal.of(deployment.settings().sizing().retainData())));
        StringParameter.Builder.create(this, "WorkspaceArnParameter")
                .parameterName(ParameterNames.of(deployment.project(), deployment.environment(), deployment.region(), LAYER, WORKSPACE_ARN))
                .stringValue(workspace.workspaceArn())
                .description("Published by the metrics stack for the environment's Grafana workspace")
                .build();
        CfnOutput.Builder.create(this, "RemoteWriteUrl").value(workspace.remoteWriteUrl())
                .description("Where Prometheus remote-write requests go (SigV4, service aps)").build();
    }

    /** What the region's service scrapes and where it writes. */
    public PrometheusScrape scrape() { return PrometheusScrape.of(workspace, getRegion()); }
}
