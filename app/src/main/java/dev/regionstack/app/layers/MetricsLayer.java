package dev.regionstack.app.layers;

import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.stacks.MetricsStack;
import dev.regionstack.app.stacks.SecurityStack;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import software.amazon.awscdk.Stack;

import java.util.Optional;

/**
 * The region's Prometheus workspace ({@code observability: {metrics: prometheus}}). A layer of its own, before
 * {@code app}: the app stack's collector must know the workspace's remote-write URL, and no earlier stack is the
 * right home (the security stack holds account-wide controls and keys, the network stack nothing with data).
 */
public final class MetricsLayer implements RegionalLayer {
    MetricsLayer() {}

    @Override public Layer layer() { return Layer.METRICS; }

    @Override public Optional<Component> component() { return Optional.of(Component.OBSERVABILITY); }

    /** The workspace holds the region's metrics. */
    @Override public boolean holdsData() { return true; }

    @Override public boolean present(Deployment d) { return prometheus(d); }

    static boolean prometheus(Deployment d) {
        return d.settings().has(Component.OBSERVABILITY) && d.settings().knobs().observability().prometheusMetrics();
    }

    @Override
    public void waits(RegionalPlanning p) {
        p.waits().on(p.region(), Layer.SECURITY, "the workspace is encrypted with this region's key");
    }

    @Override
    public Stack build(RegionalBuild b) {
        return new MetricsStack(b.scope(), b.id(), b.props(), b.deployment(), b.built().get(SecurityStack.class).key());
    }
}
