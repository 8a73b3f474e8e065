package dev.regionstack.app.layers;

import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.rollout.StackNames;
import dev.regionstack.app.stacks.ImageReplication;
import dev.regionstack.app.stacks.ImagesStack;
import dev.regionstack.app.stacks.SecurityStack;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Environment;
import software.amazon.awscdk.Stack;

import java.util.Optional;

/** The environment's image repository in its primary region, pushed to there and replicated to the other regions. */
public final class ImagesLayer implements RegionalLayer {
    ImagesLayer() {}

    @Override public Layer layer() { return Layer.IMAGES; }

    @Override public Optional<Component> component() { return Optional.of(Component.IMAGES); }

    /** A repository holds the images the services run. */
    @Override public boolean holdsData() { return true; }

    @Override public boolean present(Deployment d) { return d.primary() && d.settings().has(Component.IMAGES); }

    @Override
    public void waits(RegionalPlanning p) {
        Deployment d = p.deployment();
        p.waits().on(d.region(), Layer.SECURITY, "the repository is encrypted with this region's key");
        for (String other : d.otherRegions()) {
            p.waits().on(other, Layer.IMAGE_REPLICA, "replication writes into the repository in " + other + ", which must exist first");
        }
        ImageReplication.owner(p.fleet(), d).filter(owner -> !owner.name().equals(d.environment())).map(Environment::name)
                .ifPresent(owner -> p.waits().onStack(StackNames.of(d.project(), owner, d.region(), Layer.IMAGES),
                        "this registry's replication configuration, with this environment's rule, lives in " + owner));
    }

    @Override
    public Stack build(RegionalBuild b) {
        return new ImagesStack(b.scope(), b.id(), b.props(), b.fleet(), b.deployment(), b.built().get(SecurityStack.class).key());
    }
}
