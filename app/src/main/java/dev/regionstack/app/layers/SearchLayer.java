package dev.regionstack.app.layers;

import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.stacks.NetworkStack;
import dev.regionstack.app.stacks.SearchStack;
import dev.regionstack.app.stacks.SecurityStack;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import software.amazon.awscdk.Stack;

import java.util.Optional;

/**
 * The region's OpenSearch domain and log shipper, with {@code observability.logs: opensearch} (which the fleet
 * loader accepts only with the {@code observability} and {@code network} components). Before the app and the API,
 * whose log groups subscribe to the shipper.
 */
public final class SearchLayer implements RegionalLayer {
    SearchLayer() {}

    @Override public Layer layer() { return Layer.SEARCH; }

    @Override public Optional<Component> component() { return Optional.of(Component.OBSERVABILITY); }

    /** An index is data: termination protection with the sizing's deletion protection. */
    @Override public boolean holdsData() { return true; }

    @Override
    public boolean present(Deployment d) {
        return d.settings().has(Component.OBSERVABILITY) && d.settings().has(Component.NETWORK)
                && d.settings().knobs().observability().openSearchLogs();
    }

    @Override
    public void waits(RegionalPlanning p) {
        String r = p.region();
        p.waits().on(r, Layer.NETWORK, "the domain sits in this region's isolated subnets and the shipper in its private ones");
        p.waits().on(r, Layer.SECURITY, "the domain and its logs are encrypted with this region's key");
    }

    @Override
    public Stack build(RegionalBuild b) {
        RegionStacks r = b.built();
        return new SearchStack(b.scope(), b.id(), b.props(), b.deployment(), r.get(NetworkStack.class).vpc(),
                r.get(SecurityStack.class).key(), b.functionsJar().get().toString());
    }

    /** A layer whose log groups subscribe to the shipper waits for this region's search stack, when it has one. */
    static void waitForShipper(RegionalPlanning p, String why) {
        if (LayerSpecs.of(Layer.SEARCH) instanceof SearchLayer search && search.present(p.deployment())) {
            p.waits().on(p.region(), Layer.SEARCH, why);
        }
    }
}
