package dev.regionstack.app.layers;

import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.stacks.ImagesStack;
import dev.regionstack.app.stacks.SecurityStack;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import software.amazon.awscdk.Stack;

import java.util.Optional;

/**
 * The replica of the environment's image repository in each non-primary region. A layer of its own, before
 * {@link ImagesLayer}: the primary's stack (which starts the replication) waits for every replica's, and a wait
 * must be on a stack planned earlier.
 */
public final class ImageReplicaLayer implements RegionalLayer {
    ImageReplicaLayer() {}

    @Override public Layer layer() { return Layer.IMAGE_REPLICA; }

    @Override public Optional<Component> component() { return Optional.of(Component.IMAGES); }

    /** A repository holds the images the region's services run. */
    @Override public boolean holdsData() { return true; }

    @Override public boolean present(Deployment d) { return !d.primary() && d.settings().has(Component.IMAGES); }

    @Override
    public void waits(RegionalPlanning p) {
        p.waits().on(p.region(), Layer.SECURITY, "the replica is encrypted with this region's key");
    }

    @Override
    public Stack build(RegionalBuild b) {
        return new ImagesStack(b.scope(), b.id(), b.props(), b.fleet(), b.deployment(), b.built().get(SecurityStack.class).key());
    }
}
