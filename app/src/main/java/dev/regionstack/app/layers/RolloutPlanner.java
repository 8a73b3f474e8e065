package dev.regionstack.app.layers;

import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.rollout.StackNames;
import dev.regionstack.app.rollout.StackSpec;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Computes every stack of a fleet with what it waits for, from the model alone (so {@code plan} needs no synth), by
 * asking each layer's spec whether a deployment or environment has it and what it waits for. The assembler adds the
 * same edges as CDK stack dependencies, so {@code cdk deploy} honours them too.
 */
public final class RolloutPlanner {
    private RolloutPlanner() {}

    /** The plan of the stacks that {@code selected} keeps; waits on stacks left out are not waited for. */
    public static RolloutPlan plan(Fleet fleet, Predicate<StackSpec> selected) {
        return RolloutPlan.of(fleet, stacks(fleet).stream().filter(selected).toList());
    }

    public static RolloutPlan plan(Fleet fleet) { return plan(fleet, s -> true); }

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
        List<StackSpec> fleetWide = new ArrayList<>();
        for (FleetLayer layer : LayerSpecs.fleet()) {
            if (layer.present(fleet)) fleetWide.addAll(layer.plan(fleet, all));
        }
        all.addAll(0, fleetWide);
        return List.copyOf(all);
    }

    /** The regional layers a deployment has, in deploy-friendly order. */
    public static List<Layer> regional(Deployment d) {
        return LayerSpecs.regional().stream().filter(l -> l.present(d)).map(LayerSpec::layer).toList();
    }

    /** The global layers an environment has, in plan order. */
    public static List<Layer> global(Fleet fleet, Environment e) {
        return LayerSpecs.global().stream().filter(l -> l.present(fleet, e)).map(LayerSpec::layer).toList();
    }

    private static List<StackSpec> environmentStacks(Fleet fleet, Environment e, Map<String, String> singletonOwner) {
        String project = fleet.project();
        // layers present per region, to skip edges to layers a deployment does not have
        Map<String, List<Layer>> present = new LinkedHashMap<>();
        for (Deployment d : e.deployments()) present.put(d.region(), regional(d));

        // primary first within a layer: secondaries of a layer may wait for the primary's
        List<Deployment> order = new ArrayList<>(e.deployments());
        order.remove(e.primary());
        order.add(0, e.primary());
        List<StackSpec> ordered = new ArrayList<>();
        for (RegionalLayer layer : LayerSpecs.regional()) {
            for (Deployment d : order) {
                if (!present.get(d.region()).contains(layer.layer())) continue;
                Waits w = new Waits(project, e.name(), present);
                layer.waits(new RegionalPlanning(e, d, singletonOwner, w, fleet));
                ordered.add(new StackSpec(StackNames.of(project, e.name(), d.region(), layer.layer()), e.name(), d.region(),
                        d.account(), layer.layer(), d.key(), w.list()));
            }
        }
        List<Layer> globals = global(fleet, e);
        for (GlobalLayer layer : LayerSpecs.global()) {
            if (!globals.contains(layer.layer())) continue;
            Waits w = new Waits(project, e.name(), present);
            layer.waits(new GlobalPlanning(fleet, e, globals, w));
            Layer l = layer.layer();
            ordered.add(new StackSpec(StackNames.of(project, e.name(), null, l), e.name(), l.homeRegion(),
                    e.account(), l, e.name() + "/global", w.list()));
        }
        return ordered;
    }
}
