package dev.regionstack.app.layers;

import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.rollout.StackNames;
import dev.regionstack.app.stacks.SecurityStack;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import software.amazon.awscdk.Stack;

import java.util.Optional;

/** The region's key, audit trail, threat detection and (outside the primary) its data bucket. */
public final class SecurityLayer implements RegionalLayer {
    SecurityLayer() {}

    @Override public Layer layer() { return Layer.SECURITY; }

    @Override public Optional<Component> component() { return Optional.of(Component.SECURITY); }

    /** The key, the trail's bucket and a secondary region's data bucket. */
    @Override public boolean holdsData() { return true; }

    @Override public boolean present(Deployment d) { return d.settings().has(Component.SECURITY); }

    @Override
    public void waits(RegionalPlanning p) {
        Deployment d = p.deployment();
        String r = d.region();
        if (!d.primary()) p.waits().on(p.primary().region(), Layer.SECURITY, "its multi-Region key replicates the primary key");
        String owner = p.singletonOwner().get(d.account() + "/" + r);
        if (owner != null && !owner.equals(p.environment().name())) {
            p.waits().onStack(StackNames.of(d.project(), owner, r, Layer.SECURITY),
                    "account singletons (GuardDuty, Security Hub, Config) of this account and region live in " + owner);
        }
    }

    @Override
    public Stack build(RegionalBuild b) {
        return new SecurityStack(b.scope(), b.id(), b.props(), b.deployment(), SecurityStack.trailDataBuckets(b.fleet(), b.deployment()));
    }
}
