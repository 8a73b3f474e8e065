package dev.regionstack.app.layers;

import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.rollout.LayerSelection;
import dev.regionstack.app.stacks.DataStack;
import dev.regionstack.app.stacks.NetworkStack;
import dev.regionstack.app.stacks.ObservedResources;
import dev.regionstack.app.stacks.SecurityStack;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import software.amazon.awscdk.Stack;

import java.util.Optional;

/**
 * The primary's global table and data bucket, and each region's Aurora cluster. Only where it holds something
 * ({@link LayerSelection#hasDataStack}): the layers above name the table and bucket themselves (DataReferences).
 */
public final class DataLayer implements RegionalLayer {
    DataLayer() {}

    @Override public Layer layer() { return Layer.DATA; }

    @Override public Optional<Component> component() { return Optional.of(Component.DATA); }

    @Override public boolean holdsData() { return true; }

    @Override public boolean present(Deployment d) { return LayerSelection.hasDataStack(d); }

    @Override
    public void waits(RegionalPlanning p) {
        Deployment d = p.deployment();
        String r = d.region();
        // a data stack exists in a non-primary region only for its Aurora secondary
        if (d.settings().data().aurora().isPresent()) p.waits().on(r, Layer.NETWORK, "the database sits in this region's isolated subnets");
        p.waits().on(r, Layer.SECURITY, "data is encrypted with this region's key");
        if (d.primary()) {
            for (String other : d.otherRegions()) {
                p.waits().on(other, Layer.SECURITY, "the table replica and bucket replica in " + other + " use that region's key");
            }
        } else {
            p.waits().on(p.primary().region(), Layer.DATA, "the Aurora secondary joins the global cluster created there");
        }
    }

    @Override
    public Stack build(RegionalBuild b) {
        RegionStacks r = b.built();
        return new DataStack(b.scope(), b.id(), b.props(), b.deployment(), r.get(NetworkStack.class).vpc(), r.get(SecurityStack.class).key());
    }

    /** The table has a replica in every region of the environment, also where there is no data stack. */
    @Override
    public ObservedResources observe(Deployment d, RegionStacks built, ObservedResources o) {
        if (d.settings().has(Component.DATA)) o = o.withTableName(DataStack.tableName(d));
        if (built.find(DataStack.class).flatMap(DataStack::aurora).isPresent()) {
            o = o.withAurora(DataStack.auroraClusterIdentifier(d), !d.primary());
        }
        return o;
    }
}
