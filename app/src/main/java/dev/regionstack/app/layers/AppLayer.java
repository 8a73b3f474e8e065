package dev.regionstack.app.layers;

import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.stacks.AppStack;
import dev.regionstack.app.stacks.DataStack;
import dev.regionstack.app.stacks.MetricsStack;
import dev.regionstack.app.stacks.NetworkStack;
import dev.regionstack.app.stacks.ObservedResources;
import dev.regionstack.app.stacks.SearchStack;
import dev.regionstack.app.stacks.SearchSubscriptions;
import dev.regionstack.app.stacks.SecurityStack;
import dev.regionstack.app.stacks.ServiceTracing;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import software.amazon.awscdk.Stack;

import java.util.Optional;

/** The region's ECS service behind its load balancer and regional web ACL. */
public final class AppLayer implements RegionalLayer {
    AppLayer() {}

    @Override public Layer layer() { return Layer.APP; }

    @Override public Optional<Component> component() { return Optional.of(Component.APP); }

    @Override public boolean present(Deployment d) { return d.settings().has(Component.APP); }

    @Override
    public void waits(RegionalPlanning p) {
        Deployment d = p.deployment();
        String r = d.region();
        boolean aurora = d.settings().has(Component.DATA) && d.settings().data().aurora().isPresent();
        p.waits().on(r, Layer.NETWORK, "the service runs in this region's VPC");
        p.waits().on(r, Layer.SECURITY, "logs are encrypted with this region's key");
        if (d.settings().app().ecrTag().isPresent()) {
            p.waits().on(r, Layer.IMAGE_REPLICA, "the tasks pull the image from this region's replica of the repository");
            p.waits().on(p.primary().region(), Layer.IMAGES, "the image's repository is there (the pipeline pushes to it after that stack)");
        }
        p.waits().on(r, Layer.METRICS, "the collector sidecar remote-writes to this region's Prometheus workspace");
        SearchLayer.waitForShipper(p, "the service's logs stream to the log shipper");
        if (d.primary()) {
            p.waits().on(r, Layer.DATA, aurora
                    ? "the task role is granted the table, and the tasks connect to the Aurora writer with its credentials"
                    : "the task role is granted the table");
        } else {
            if (aurora) p.waits().on(r, Layer.DATA, "the tasks connect to this region's Aurora secondary cluster");
            p.waitForTableReplica("the task role is granted");
        }
    }

    @Override
    public Stack build(RegionalBuild b) {
        RegionStacks r = b.built();
        AppStack app = new AppStack(b.scope(), b.id(), b.props(), b.deployment(), b.dns(), r.get(NetworkStack.class).vpc(),
                r.get(SecurityStack.class).key(), r.find(DataStack.class).flatMap(DataStack::aurora),
                r.find(MetricsStack.class).map(MetricsStack::scrape));
        r.find(SearchStack.class).ifPresent(search -> SearchSubscriptions.app(app, search));
        if (b.deployment().settings().has(Component.OBSERVABILITY)) ServiceTracing.name(app, b.deployment());
        return app;
    }

    @Override
    public ObservedResources observe(Deployment d, RegionStacks built, ObservedResources o) {
        return built.find(AppStack.class).isPresent() ? o.withLoadBalancer(AppStack.albParameters(d)) : o;
    }
}
