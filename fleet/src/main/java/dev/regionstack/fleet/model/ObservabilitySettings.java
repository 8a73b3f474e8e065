package dev.regionstack.fleet.model;

/**
 * The opt-in telemetry beyond CloudWatch ({@code observability}: written in defaults or an environment, never per
 * region, since the Grafana workspace serves the whole environment).
 *
 * @param openSearchLogs     {@code logs: opensearch}: an OpenSearch domain per region that the service's and API's logs stream to
 * @param prometheusMetrics  {@code metrics: prometheus}: an AMP workspace per region and a collector in the service's task
 * @param grafanaDashboards  {@code dashboards: grafana}: one Amazon Managed Grafana workspace per environment
 */
public record ObservabilitySettings(boolean openSearchLogs, boolean prometheusMetrics, boolean grafanaDashboards) {
    /** CloudWatch only: what a fleet file without {@code observability} keys gets. */
    public static final ObservabilitySettings CLOUDWATCH = new ObservabilitySettings(false, false, false);
}
