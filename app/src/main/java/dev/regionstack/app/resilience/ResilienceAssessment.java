package dev.regionstack.app.resilience;

import dev.regionstack.app.rollout.LayerSelection;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Consistency;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.fleet.model.Routing;
import dev.regionstack.fleet.model.Sizing;
import dev.regionstack.names.PhysicalNames;
import dev.regionstack.platform.dns.RoutedRecords;

import java.util.ArrayList;
import java.util.List;

/**
 * The recovery point and time each environment's configuration gives by construction, store by store, from the
 * model alone (no synth, no AWS), and what keeps it from its recovery time objective. The figures are AWS's own
 * (cited where they are used) or follow from what the platform configures (health-check interval and threshold,
 * Replication Time Control, the instances of each Aurora secondary).
 */
public final class ResilienceAssessment {
    /** Route53 gives an alias record to a load balancer the load balancer's fixed TTL: 60 seconds (Route53 FAQ). */
    static final int ALIAS_TTL_SECONDS = 60;
    /** Until the routed name stops answering with a failed region: the health checks fail, then cached answers expire. */
    static final int DNS_FAILOVER_SECONDS =
            RoutedRecords.HEALTH_CHECK_INTERVAL_SECONDS * RoutedRecords.HEALTH_CHECK_FAILURE_THRESHOLD + ALIAS_TTL_SECONDS;

    private ResilienceAssessment() {}

    /** The recovery time objective of an environment, in minutes. */
    public static int rtoMinutes(Environment e) { return Resilience.rtoMinutes(e); }

    public static List<EnvironmentResilience> of(Fleet fleet) {
        return fleet.environments().stream().map(e -> of(fleet, e)).toList();
    }

    public static EnvironmentResilience of(Fleet fleet, Environment e) {
        int rto = Resilience.rtoMinutes(e);
        List<RecoveryObjective> objectives = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        Deployment primary = e.primary();
        boolean single = e.deployments().size() == 1;
        if (single) {
            flags.add("one region (" + primary.region() + "): losing it loses the environment, and no other region can take over");
        }
        if (primary.settings().has(Component.DATA)) table(fleet, e, objectives, single);
        if (primary.settings().has(Component.DATA) && primary.settings().data().aurora().isPresent()) aurora(fleet, e, objectives, flags, single);
        if (primary.settings().has(Component.DATA) && !single) bucket(e, objectives);
        if (!single) entry(fleet, e, objectives, flags, rto);
        if (!single && primary.settings().has(Component.APP)) capacity(e, flags);
        if (primary.settings().has(Component.API) && primary.settings().has(Component.DATA)) credits(e, objectives);
        List<String> regions = new ArrayList<>(e.regions());
        regions.remove(primary.region());
        regions.add(0, primary.region());
        return new EnvironmentResilience(e.name(), regions, approach(fleet, e), rto, objectives, flags);
    }

    /**
     * Active/passive where one region must be made the writer first (Aurora's single writer) or where DNS sends
     * everyone to one region ({@code failover} routing); active/active otherwise: every region already serves.
     */
    public static String approach(Fleet fleet, Environment e) {
        boolean aurora = e.primary().settings().has(Component.DATA) && e.primary().settings().data().aurora().isPresent();
        boolean failover = LayerSelection.hasDns(fleet, e) && Resilience.routing(fleet, e) == Routing.FAILOVER;
        return aurora || failover ? "activePassive" : "activeActive";
    }

    private static void table(Fleet fleet, Environment e, List<RecoveryObjective> out, boolean single) {
        String store = "DynamoDB global table " + PhysicalNames.table(fleet.project(), e.name());
        if (single) {
            out.add(new RecoveryObjective(store, "region loss", "since the last restorable point in another region: none",
                    "until the region returns", "one region: no replica elsewhere (point-in-time recovery restores within the region)"));
        } else if (e.primary().settings().data().consistency() == Consistency.STRONG) {
            out.add(new RecoveryObjective(store, "region loss", "0", "0: the other regions keep serving reads and writes",
                    "multi-Region strong consistency: a write succeeds only once it is stored in a second region of the set"));
        } else {
            out.add(new RecoveryObjective(store, "region loss",
                    "writes the lost region had not replicated yet (replication typically takes under a second)",
                    "0: every replica takes reads and writes",
                    "multi-Region eventual consistency: asynchronous replication, last writer wins; unreplicated writes "
                            + "arrive when the region returns, unless overwritten meanwhile"));
        }
    }

    private static void aurora(Fleet fleet, Environment e, List<RecoveryObjective> out, List<String> flags, boolean single) {
        String store = "Aurora global database " + PhysicalNames.auroraGlobalCluster(fleet.project(), e.name());
        if (single) {
            out.add(new RecoveryObjective(store, "region loss", "everything since the data left the region: nothing is copied out",
                    "until the region returns", "one region: backups and snapshots stay in the region"));
            return;
        }
        out.add(new RecoveryObjective(store, "planned switchover", "0",
                "minutes: the switchover waits for the target to catch up, then moves the writer",
                "Aurora global database switchover synchronizes the secondary before it changes roles"));
        out.add(new RecoveryObjective(store, "region loss",
                "the replication lag when the region failed, typically under 1 s",
                "typically under 1 min for the promotion, then the service reconnects: DB_HOST in each region already names its own cluster",
                "Aurora global database failover (--allow-data-loss) promotes a secondary; storage replication typically lags under a second"));
        for (Deployment d : e.deployments()) {
            if (!d.primary() && Resilience.auroraInstances(d) == 0) {
                flags.add("Aurora in " + d.region() + " has no instance: it cannot take writes until one is created");
            }
        }
    }

    private static void bucket(Environment e, List<RecoveryObjective> out) {
        Deployment primary = e.primary();
        String store = "S3 data bucket replication from " + primary.region();
        boolean rtc = primary.settings().sizing() == Sizing.LARGE;
        out.add(new RecoveryObjective(store, "region loss",
                rtc ? "objects written in the last 15 min may be missing (Replication Time Control: 99.99 % within 15 minutes)"
                        : "no bound: without Replication Time Control most objects replicate within 15 minutes, some take hours",
                "0 for the replicated objects: each region reads its own bucket",
                (rtc ? "large sizing turns on Replication Time Control" : "Replication Time Control is on only for large sizing")
                        + "; objects written to another region's bucket are not replicated (replication runs from the primary)"));
    }

    private static void entry(Fleet fleet, Environment e, List<RecoveryObjective> out, List<String> flags, int rtoMinutes) {
        if (LayerSelection.hasDns(fleet, e)) {
            Routing routing = Resilience.routing(fleet, e);
            out.add(new RecoveryObjective("Route53 records (" + routing.name().toLowerCase() + ")", "region loss", "-",
                    "about " + DNS_FAILOVER_SECONDS + " s: " + RoutedRecords.HEALTH_CHECK_FAILURE_THRESHOLD + " failed health checks "
                            + RoutedRecords.HEALTH_CHECK_INTERVAL_SECONDS + " s apart, then cached answers expire (" + ALIAS_TTL_SECONDS
                            + " s TTL of an alias to a load balancer)",
                    "the routed records carry each region's health check and evaluate the load balancer's target health"));
            if (DNS_FAILOVER_SECONDS > rtoMinutes * 60) {
                flags.add("DNS moves clients in about " + DNS_FAILOVER_SECONDS + " s, over the " + rtoMinutes + "-minute objective");
            }
        } else if (e.primary().settings().has(Component.EDGE)) {
            out.add(new RecoveryObjective("CloudFront origin group", "region loss", "-",
                    "per request: CloudFront retries the second origin when the first answers 500, 502, 503, 504 or does not answer",
                    "only the primary and the next region with app are origins; Global Accelerator follows each endpoint's health"));
        } else {
            flags.add("no dns and no edge: clients call each region's own load balancer, so moving them to another region is by hand");
        }
    }

    private static void capacity(Environment e, List<String> flags) {
        Deployment primary = e.primary();
        int needed = primary.settings().app().minTasks();
        for (Deployment d : e.deployments()) {
            if (d != primary && d.settings().has(Component.APP) && d.settings().app().maxTasks() < needed) {
                flags.add("the service in " + d.region() + " scales to " + d.settings().app().maxTasks() + " tasks, fewer than the "
                        + needed + " the primary runs at its least: it cannot take the primary's load");
            }
        }
    }

    private static void credits(Environment e, List<RecoveryObjective> out) {
        if (e.primary().settings().data().consistency() == Consistency.STRONG) {
            out.add(new RecoveryObjective("credits service", "region loss", "0", "0: any surviving region grants and debits",
                    "the strongly consistent table makes every region's balance checks global"));
        } else {
            out.add(new RecoveryObjective("credits service", "region loss",
                    "the home region's writes not yet replicated",
                    "organisations homed in the lost region are refused grants and debits (421 wrong_region) until it returns, or an"
                            + " operator moves their home; while the primary is lost, no new organisation can be created",
                    "eventual mode writes each organisation's account only in its home region, and creates organisations only in"
                            + " the primary region, so last-writer-wins never merges two copies"));
        }
    }
}
