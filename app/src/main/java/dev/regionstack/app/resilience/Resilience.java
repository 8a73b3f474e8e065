package dev.regionstack.app.resilience;

import dev.regionstack.app.stacks.DataStack;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.fleet.model.Routing;
import dev.regionstack.names.PhysicalNames;

/** The settings the resilience views read, in one place. */
final class Resilience {
    private Resilience() {}

    static int rtoMinutes(Environment e) { return e.settings().knobs().rtoMinutes(); }

    static Routing routing(Fleet fleet, Environment e) {
        return e.dns().map(dns -> dns.routing()).orElse(Routing.FAILOVER);
    }

    /** {@code <recordName>.<zone>}: the name the routed records answer (needs a {@code dns} block). */
    static String routedName(Fleet fleet, Environment e) { return domain(e).routed(); }

    /** A region's own name under the routed one, which its health check requests. */
    static String regionalName(Fleet fleet, Environment e, String region) {
        return PhysicalNames.regionalDomain(domain(e), region);
    }

    private static PhysicalNames.Domain domain(Environment e) {
        var dns = e.dns().orElseThrow();
        return new PhysicalNames.Domain(dns.recordName(), dns.zoneName());
    }

    static int auroraInstances(Deployment d) { return DataStack.auroraInstances(d); }
}
