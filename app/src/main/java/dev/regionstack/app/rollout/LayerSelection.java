package dev.regionstack.app.rollout;

import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;

/** Facts of the model that decide which layers a deployment or an environment gets (the layer specs ask them). */
public final class LayerSelection {
    private LayerSelection() {}

    /**
     * Whether the deployment gets a {@code data} stack: only where it holds resources. The primary region always holds
     * the global table and its data bucket; another region holds only its Aurora secondary cluster (its table replica
     * is created by the primary's data stack, its bucket by its own security stack), so without Aurora it gets none:
     * CloudFormation refuses a template without resources.
     */
    public static boolean hasDataStack(Deployment d) {
        return d.settings().has(Component.DATA) && (d.primary() || d.settings().data().aurora().isPresent());
    }

    /**
     * Whether the fleet gets its pipeline stack. Only the first environment's components count: the one pipeline
     * deploys every environment from the first environment's account, so {@code pipeline} named by a later
     * environment alone is ignored (the same rule {@code regionstack bootstrap} uses for {@code --trust}).
     */
    public static boolean pipeline(Fleet fleet) {
        return fleet.environments().get(0).settings().has(Component.PIPELINE);
    }

    /**
     * The environment gets Region switch plans: two regions or more, and something a plan moves (the service's
     * capacity, or the Aurora writer).
     */
    public static boolean hasResilience(Environment e) {
        var s = e.primary().settings();
        boolean aurora = s.has(Component.DATA) && s.data().aurora().isPresent();
        return e.deployments().size() > 1 && (aurora || e.deployments().stream().anyMatch(d -> d.settings().has(Component.APP)));
    }

    /** The environment publishes records: it has the {@code dns} component and a hosted zone (its own or the fleet's). */
    public static boolean hasDns(Fleet fleet, Environment e) {
        return e.settings().has(Component.DNS) && e.dns().isPresent();
    }

    /**
     * The environment's records route to the API's regional custom domains: it has {@code dns} and {@code api} but no
     * {@code app}. With the app, the records route to the load balancers and the API keeps its invoke URLs.
     */
    public static boolean dnsRoutesToApi(Environment e) {
        return e.dns().isPresent() && e.settings().has(Component.DNS) && !e.settings().has(Component.APP)
                && e.settings().has(Component.API);
    }
}
