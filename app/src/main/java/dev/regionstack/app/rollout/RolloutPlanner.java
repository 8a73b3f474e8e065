package dev.regionstack.app.rollout;

import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes every stack of a fleet with what it waits for, from the model alone (so {@code plan} needs no synth).
 * The assembler adds the same edges as CDK stack dependencies, so {@code cdk deploy} honours them too.
 */
public final class RolloutPlanner {
    /**
     * Why a stack of a non-primary region waits for the primary's data stack: the table replica in its region is
     * created there (a non-primary region's own data stack, when it has one, holds only its Aurora cluster).
     */
    private static final String TABLE_REPLICA = "%s the table replica in %s, which that stack creates";

    private RolloutPlanner() {}

    /** All stacks of the fleet, environments in file order, each stack after every stack it waits for. */
    public static List<StackSpec> stacks(Fleet fleet) {
        List<StackSpec> all = new ArrayList<>();
        Map<String, String> singletonOwner = new HashMap<>(); // account/region -> owning environment
        for (Environment e : fleet.environments()) {
            for (Deployment d : e.deployments()) {
                if (d.ownsAccountRegionSingletons()) singletonOwner.putIfAbsent(d.account() + "/" + d.region(), e.name());
            }
        }
        for (Environment e : fleet.environments()) {
            all.addAll(environmentStacks(fleet, e, singletonOwner));
        }
        if (LayerSelection.pipeline(fleet)) all.addAll(0, pipeline(fleet, all));
        return List.copyOf(all);
    }

    /**
     * The pipeline stack, first in the first environment, after its artifact stacks: one in the pipeline's account
     * in every other region the fleet deploys to, because each CodePipeline action region needs an artifact bucket
     * (named like the first environment's regional stacks, e.g. {@code acme-dev-us-east-1-pipeline-artifacts}).
     * It waits for nothing else: it deploys its own copies of the fleet's stacks, in order.
     */
    private static List<StackSpec> pipeline(Fleet fleet, List<StackSpec> fleetStacks) {
        Deployment primary = fleet.environments().get(0).primary();
        String name = StackNames.of(fleet.project(), primary.environment(), primary.region(), Layer.PIPELINE);
        List<StackSpec> specs = new ArrayList<>();
        List<StackSpec.Wait> waits = new ArrayList<>();
        fleetStacks.stream().map(StackSpec::region).distinct().filter(r -> !r.equals(primary.region())).forEach(region -> {
            String artifacts = StackNames.of(fleet.project(), primary.environment(), region, Layer.PIPELINE_ARTIFACTS);
            specs.add(new StackSpec(artifacts, primary.environment(), region, primary.account(), Layer.PIPELINE_ARTIFACTS,
                    primary.key(), List.of()));
            waits.add(new StackSpec.Wait(artifacts, "its artifact bucket and key for the actions in " + region + " live there"));
        });
        specs.add(new StackSpec(name, primary.environment(), primary.region(), primary.account(), Layer.PIPELINE,
                primary.key(), waits));
        return specs;
    }

    private static List<StackSpec> environmentStacks(Fleet fleet, Environment e, Map<String, String> singletonOwner) {
        String project = fleet.project();
        Deployment primary = e.primary();
        // layers present per region, to skip edges to layers a deployment does not have
        Map<String, List<Layer>> present = new LinkedHashMap<>();
        for (Deployment d : e.deployments()) present.put(d.region(), LayerSelection.regional(d));

        Map<String, StackSpec> byName = new LinkedHashMap<>();
        List<StackSpec> ordered = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            if (layer.global()) continue;
            // primary first within a layer: secondaries of a layer may wait for the primary's
            List<Deployment> order = new ArrayList<>(e.deployments());
            order.remove(primary);
            order.add(0, primary);
            for (Deployment d : order) {
                if (!present.get(d.region()).contains(layer)) continue;
                Waits w = new Waits(project, e.name(), present);
                regionalWaits(layer, d, primary, e, w, singletonOwner);
                StackSpec spec = new StackSpec(StackNames.of(project, e.name(), d.region(), layer), e.name(), d.region(),
                        d.account(), layer, d.key(), w.list);
                byName.put(spec.name(), spec);
                ordered.add(spec);
            }
        }
        List<Layer> globals = LayerSelection.global(fleet, e);
        for (Layer layer : globals) {
            Waits w = new Waits(project, e.name(), present);
            for (Deployment d : e.deployments()) {
                if (layer == Layer.GLOBAL_RESILIENCE) {
                    w.add(d.region(), Layer.APP, "reads the " + d.region() + " ECS service from SSM Parameter Store there");
                    if (d.settings().data().aurora().isPresent()) w.add(d.region(), Layer.DATA, "switches the writer to the Aurora cluster there");
                    w.add(d.region(), Layer.OBSERVABILITY, "watches the " + d.region() + " alarms");
                } else {
                    w.add(d.region(), Layer.APP, "reads the " + d.region() + " load balancer from SSM Parameter Store there");
                }
                if (layer == Layer.GLOBAL_DNS && LayerSelection.dnsRoutesToApi(e)) {
                    w.add(d.region(), Layer.API, "reads the " + d.region() + " API's custom domain from SSM Parameter Store there");
                }
            }
            if (layer == Layer.GLOBAL_EDGE && globals.contains(Layer.GLOBAL_DNS)) {
                w.list.add(new StackSpec.Wait(StackNames.of(project, e.name(), null, Layer.GLOBAL_DNS),
                        "CloudFront's origins are the regional names that the DNS stack creates"));
            }
            ordered.add(new StackSpec(StackNames.of(project, e.name(), null, layer), e.name(), layer.homeRegion(),
                    e.account(), layer, e.name() + "/global", w.list));
        }
        return ordered;
    }

    private static void regionalWaits(Layer layer, Deployment d, Deployment primary, Environment e, Waits w,
                                      Map<String, String> singletonOwner) {
        String r = d.region();
        boolean isPrimary = d.primary();
        boolean hasData = d.settings().has(Component.DATA);
        boolean aurora = hasData && d.settings().data().aurora().isPresent();
        switch (layer) {
            case NETWORK -> w.add(r, Layer.SECURITY, "flow logs are encrypted with this region's key (its ARN is read from SSM)");
            case SECURITY -> {
                if (!isPrimary) w.add(primary.region(), Layer.SECURITY, "its multi-Region key replicates the primary key");
                String owner = singletonOwner.get(d.account() + "/" + r);
                if (owner != null && !owner.equals(e.name())) {
                    w.list.add(new StackSpec.Wait(StackNames.of(d.project(), owner, r, Layer.SECURITY),
                            "account singletons (GuardDuty, Security Hub, Config) of this account and region live in " + owner));
                }
            }
            case DATA -> {
                // a data stack exists in a non-primary region only for its Aurora secondary (LayerSelection#hasDataStack)
                if (aurora) w.add(r, Layer.NETWORK, "the database sits in this region's isolated subnets");
                w.add(r, Layer.SECURITY, "data is encrypted with this region's key");
                if (isPrimary) {
                    for (String other : d.otherRegions()) {
                        w.add(other, Layer.SECURITY, "the table replica and bucket replica in " + other + " use that region's key");
                    }
                } else {
                    w.add(primary.region(), Layer.DATA, "the Aurora secondary joins the global cluster created there");
                }
            }
            case PEERING -> {
                List<String> regions = d.environmentRegions();
                for (String region : regions.subList(regions.indexOf(r), regions.size())) {
                    w.add(region, Layer.NETWORK, region.equals(r)
                            ? "peers this region's VPC"
                            : "reads the " + region + " VPC id from SSM Parameter Store there");
                }
            }
            case PEERING_ROUTES -> {
                List<String> regions = d.environmentRegions();
                w.add(r, Layer.NETWORK, "routes go into this region's route tables");
                for (String region : regions.subList(0, regions.indexOf(r))) {
                    w.add(region, Layer.PEERING, "reads the id of the connection " + region + " requested from SSM there");
                }
            }
            case MESSAGING -> {
                String encrypted = "queues, topic and stream are encrypted with this region's key";
                if (isPrimary || !hasData) {
                    w.add(r, Layer.SECURITY, encrypted);
                } else {
                    w.add(r, Layer.SECURITY, encrypted + ", and Firehose delivers to this region's bucket, which that stack holds");
                }
                if (isPrimary) w.add(r, Layer.DATA, "Firehose delivers to this region's bucket");
            }
            case APP -> {
                w.add(r, Layer.NETWORK, "the service runs in this region's VPC");
                w.add(r, Layer.SECURITY, "logs are encrypted with this region's key");
                if (isPrimary) {
                    w.add(r, Layer.DATA, aurora
                            ? "the task role is granted the table, and the tasks connect to the Aurora writer with its credentials"
                            : "the task role is granted the table");
                } else {
                    if (aurora) w.add(r, Layer.DATA, "the tasks connect to this region's Aurora secondary cluster");
                    w.add(primary.region(), Layer.DATA, TABLE_REPLICA.formatted("the task role is granted", r));
                }
            }
            case API -> {
                w.add(r, Layer.SECURITY, "logs are encrypted with this region's key");
                if (isPrimary) {
                    w.add(r, Layer.DATA, "the functions are granted the table");
                } else {
                    w.add(primary.region(), Layer.DATA, TABLE_REPLICA.formatted("the functions are granted", r));
                }
                w.add(r, Layer.MESSAGING, "the functions send to the notification queue");
            }
            case OBSERVABILITY -> {
                for (Layer watched : List.of(Layer.DATA, Layer.MESSAGING, Layer.APP, Layer.API)) {
                    w.add(r, watched, "alarms watch its resources");
                }
                if (!isPrimary && hasData) w.add(primary.region(), Layer.DATA, TABLE_REPLICA.formatted("alarms watch", r));
            }
            default -> throw new IllegalStateException("not a regional layer: " + layer);
        }
    }

    /** Collects waits on stacks of the same environment, skipping layers a region does not have. */
    private static final class Waits {
        private final String project;
        private final String environment;
        private final Map<String, List<Layer>> present;
        private final List<StackSpec.Wait> list = new ArrayList<>();

        Waits(String project, String environment, Map<String, List<Layer>> present) {
            this.project = project;
            this.environment = environment;
            this.present = present;
        }

        void add(String region, Layer layer, String reason) {
            if (present.getOrDefault(region, List.of()).contains(layer)) {
                list.add(new StackSpec.Wait(StackNames.of(project, environment, region, layer), reason));
            }
        }
    }
}
