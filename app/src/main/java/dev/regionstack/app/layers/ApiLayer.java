package dev.regionstack.app.layers;

import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.rollout.LayerSelection;
import dev.regionstack.app.stacks.ApiStack;
import dev.regionstack.app.stacks.MessagingStack;
import dev.regionstack.app.stacks.ObservedResources;
import dev.regionstack.app.stacks.SearchStack;
import dev.regionstack.app.stacks.SearchSubscriptions;
import dev.regionstack.app.stacks.SecurityStack;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import software.amazon.awscdk.Stack;

import java.util.Optional;

/** The region's credits API: API Gateway, Cognito, the Java functions, their web ACL. */
public final class ApiLayer implements RegionalLayer {
    ApiLayer() {}

    @Override public Layer layer() { return Layer.API; }

    @Override public Optional<Component> component() { return Optional.of(Component.API); }

    @Override public boolean present(Deployment d) { return d.settings().has(Component.API); }

    @Override
    public void waits(RegionalPlanning p) {
        String r = p.region();
        p.waits().on(r, Layer.SECURITY, "logs are encrypted with this region's key");
        if (p.deployment().primary()) {
            p.waits().on(r, Layer.DATA, "the functions are granted the table");
        } else {
            p.waitForTableReplica("the functions are granted");
        }
        p.waits().on(r, Layer.MESSAGING, "the functions send to the notification queue");
        SearchLayer.waitForShipper(p, "the functions' and the stage's logs stream to the log shipper");
    }

    /** Without the app, the environment's records route to the API's regional custom domains. */
    @Override
    public Stack build(RegionalBuild b) {
        RegionStacks r = b.built();
        ApiStack api = new ApiStack(b.scope(), b.id(), b.props(), b.deployment(), r.get(SecurityStack.class).key(),
                r.find(MessagingStack.class).map(MessagingStack::notificationQueue), b.functionsJar().get().toString(),
                LayerSelection.dnsRoutesToApi(b.environment()) ? b.dns() : Optional.empty());
        r.find(SearchStack.class).ifPresent(search -> SearchSubscriptions.api(api, search));
        return api;
    }

    @Override
    public ObservedResources observe(Deployment d, RegionStacks built, ObservedResources o) {
        return built.find(ApiStack.class).isPresent() ? o.withFunctionNames(ApiStack.functionNames(d)) : o;
    }
}
