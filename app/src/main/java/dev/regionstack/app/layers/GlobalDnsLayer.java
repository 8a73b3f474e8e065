package dev.regionstack.app.layers;

import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.rollout.LayerSelection;
import dev.regionstack.app.stacks.GlobalDnsStack;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;
import software.amazon.awscdk.Stack;

import java.util.Optional;

/** The environment's records and health checks in its hosted zone (the validator requires a zone for {@code dns}). */
public final class GlobalDnsLayer implements GlobalLayer {
    GlobalDnsLayer() {}

    @Override public Layer layer() { return Layer.GLOBAL_DNS; }

    @Override public Optional<Component> component() { return Optional.of(Component.DNS); }

    @Override public boolean present(Fleet fleet, Environment e) { return LayerSelection.hasDns(fleet, e); }

    @Override
    public void waits(GlobalPlanning p) {
        for (Deployment d : p.environment().deployments()) {
            p.waits().on(d.region(), Layer.APP, "reads the " + d.region() + " load balancer from SSM Parameter Store there");
            if (LayerSelection.dnsRoutesToApi(p.environment())) {
                p.waits().on(d.region(), Layer.API, "reads the " + d.region() + " API's custom domain from SSM Parameter Store there");
            }
        }
    }

    @Override
    public Stack build(GlobalBuild b) {
        Environment e = b.environment();
        return new GlobalDnsStack(b.scope(), b.id(), b.props(), b.fleet().project(), e, e.dns().orElseThrow());
    }
}
