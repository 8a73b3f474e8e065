package dev.regionstack.app.layers;

import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.stacks.DashboardsStack;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import software.amazon.awscdk.Stack;

import java.util.List;
import java.util.Optional;

/**
 * The environment's Grafana workspace ({@code observability: {dashboards: grafana}}), in the primary region only.
 * Regional rather than global: its home is the environment's primary region, not a fixed one.
 */
public final class DashboardsLayer implements RegionalLayer {
    DashboardsLayer() {}

    @Override public Layer layer() { return Layer.DASHBOARDS; }

    @Override public Optional<Component> component() { return Optional.of(Component.OBSERVABILITY); }

    /** The dashboards made in the workspace live only there. */
    @Override public boolean holdsData() { return true; }

    @Override
    public boolean present(Deployment d) {
        return d.primary() && d.settings().has(Component.OBSERVABILITY) && d.settings().knobs().observability().grafanaDashboards();
    }

    @Override
    public void waits(RegionalPlanning p) {
        for (String region : p.environment().regions()) {
            p.waits().on(region, Layer.METRICS, "the dashboards' role may query that region's Prometheus workspace, whose ARN it reads");
        }
    }

    @Override
    public Stack build(RegionalBuild b) {
        List<String> prometheusRegions = b.environment().deployments().stream().filter(MetricsLayer::prometheus)
                .map(Deployment::region).toList();
        return new DashboardsStack(b.scope(), b.id(), b.props(), b.deployment(), prometheusRegions);
    }
}
