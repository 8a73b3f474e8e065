package dev.regionstack.app.diagram;

import dev.regionstack.app.diagram.GraphNode.Kind;
import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.rollout.LayerSelection;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.rollout.StackNames;
import dev.regionstack.app.stacks.GlobalEdgeStack;
import dev.regionstack.fleet.model.Approval;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Draws a fleet from its model and rollout plan alone (no synth): per environment its regions (primary marked) with
 * their layers, the stores wired across regions (table replicas, bucket replication, Aurora secondaries), VPC
 * peering, and the global entry points (DNS with its routing policy, CloudFront's origin group, Global Accelerator,
 * Region switch); optionally each stack's rollout wave.
 */
public final class FleetGraphs {
    private FleetGraphs() {}

    /**
     * @param environment only this environment (empty: all)
     * @param waves       add each stack's wave to its box
     */
    public static FleetGraph of(Fleet fleet, Optional<String> environment, boolean waves) {
        RolloutPlan plan = RolloutPlanner.plan(fleet);
        Map<String, Integer> wave = new HashMap<>();
        if (waves) plan.waves().forEach(w -> w.stacks().forEach(s -> wave.put(s, w.number())));
        List<GraphGroup> groups = new ArrayList<>();
        List<GraphNode> loose = new ArrayList<>();
        List<GraphEdge> edges = new ArrayList<>();
        List<Environment> drawn = fleet.environments().stream()
                .filter(e -> environment.isEmpty() || e.name().equals(environment.get())).toList();
        for (Environment e : drawn) groups.add(environment(fleet, e, plan, wave, edges));
        if (LayerSelection.pipeline(fleet) && environment.isEmpty()) pipeline(fleet, plan, wave, loose, edges);
        String title = fleet.project() + ": " + drawn.size() + (drawn.size() == 1 ? " environment, " : " environments, ")
                + drawn.stream().mapToInt(e -> e.deployments().size()).sum() + " regions, "
                + plan.stacks().stream().filter(s -> drawn.stream().anyMatch(e -> e.name().equals(s.environment()))).count() + " stacks";
        return new FleetGraph(title, groups, loose, edges);
    }

    private static GraphGroup environment(Fleet fleet, Environment e, RolloutPlan plan, Map<String, Integer> wave,
                                          List<GraphEdge> edges) {
        List<GraphGroup> regions = new ArrayList<>();
        for (Deployment d : e.deployments()) regions.add(region(fleet, d, wave));
        wiring(e, edges);
        List<Layer> globals = RolloutPlanner.global(fleet, e);
        if (!globals.isEmpty()) regions.add(global(fleet, e, globals, wave, edges));
        String label = e.name() + " · account " + e.account() + " · " + e.primary().settings().sizing().fileName()
                + (e.approval() == Approval.MANUAL ? " · manual approval" : "")
                + (wave.isEmpty() ? "" : " · " + plan.wavesOf(e.name()) + " waves");
        return new GraphGroup(e.name(), label, List.of(), regions);
    }

    private static GraphGroup region(Fleet fleet, Deployment d, Map<String, Integer> wave) {
        List<GraphNode> nodes = new ArrayList<>();
        for (Layer layer : RolloutPlanner.regional(d)) {
            String stack = StackNames.of(fleet.project(), d.environment(), d.region(), layer);
            nodes.add(new GraphNode(id(d, layer.stackSuffix()), layer.stackSuffix() + waveOf(wave, stack), Kind.STACK));
        }
        if (d.settings().has(Component.DATA)) {
            nodes.add(new GraphNode(id(d, "table"), d.primary() ? "DynamoDB global table" : "table replica", Kind.STORE));
            nodes.add(new GraphNode(id(d, "bucket"), d.primary() ? "S3 data bucket" : "S3 replica bucket", Kind.STORE));
            if (d.settings().data().aurora().isPresent()) {
                nodes.add(new GraphNode(id(d, "aurora"), d.primary() ? "Aurora writer" : "Aurora secondary", Kind.STORE));
            }
        }
        String label = d.region() + (d.primary() ? " (primary)" : "") + " · " + d.cidr();
        return new GraphGroup(d.key(), label, nodes, List.of());
    }

    /** Table replicas, bucket replication and Aurora secondaries from the primary; peering between every pair. */
    private static void wiring(Environment e, List<GraphEdge> edges) {
        Deployment primary = e.primary();
        for (Deployment d : e.deployments()) {
            if (d.primary() || !d.settings().has(Component.DATA) || !primary.settings().has(Component.DATA)) continue;
            edges.add(new GraphEdge(id(primary, "table"), id(d, "table"), "replica", true));
            edges.add(new GraphEdge(id(primary, "bucket"), id(d, "bucket"), "replication", true));
            if (primary.settings().data().aurora().isPresent() && d.settings().data().aurora().isPresent()) {
                edges.add(new GraphEdge(id(primary, "aurora"), id(d, "aurora"), "global database", true));
            }
        }
        List<Deployment> networked = e.deployments().stream().filter(d -> d.settings().has(Component.NETWORK)).toList();
        for (int i = 0; i < networked.size(); i++) {
            for (int j = i + 1; j < networked.size(); j++) {
                edges.add(new GraphEdge(id(networked.get(i), "network"), id(networked.get(j), "network"), "VPC peering", false));
            }
        }
    }

    private static GraphGroup global(Fleet fleet, Environment e, List<Layer> globals, Map<String, Integer> wave,
                                     List<GraphEdge> edges) {
        List<GraphNode> nodes = new ArrayList<>();
        for (Layer layer : globals) {
            String id = e.name() + "/global/" + layer.stackSuffix();
            String stack = StackNames.of(fleet.project(), e.name(), null, layer);
            nodes.add(new GraphNode(id, entryLabel(e, layer) + waveOf(wave, stack), Kind.ENTRY));
            edges.addAll(entryEdges(e, layer, id));
        }
        return new GraphGroup(e.name() + "/global", "global", nodes, List.of());
    }

    /** Where a global stack sends traffic or control. Exhaustive over Layer: a new layer must decide here. */
    private static List<GraphEdge> entryEdges(Environment e, Layer layer, String id) {
        List<GraphEdge> edges = new ArrayList<>();
        return switch (layer) {
            case GLOBAL_DNS -> {
                String target = LayerSelection.dnsRoutesToApi(e) ? "api" : "app";
                String routing = e.dns().orElseThrow().routing().name().toLowerCase(Locale.ROOT);
                for (Deployment d : e.deployments()) {
                    if (d.settings().has(target.equals("api") ? Component.API : Component.APP)) {
                        edges.add(new GraphEdge(id, id(d, target), routing + (d.primary() ? " (primary)" : ""), true));
                    }
                }
                yield edges;
            }
            case GLOBAL_EDGE -> {
                List<String> origins = GlobalEdgeStack.originRegions(e);
                for (int i = 0; i < origins.size(); i++) {
                    edges.add(new GraphEdge(id, e.name() + "/" + origins.get(i) + "/app", "origin " + (i + 1), true));
                }
                yield edges;
            }
            case GLOBAL_ACCELERATOR -> e.deployments().stream().filter(d -> d.settings().has(Component.APP))
                    .map(d -> new GraphEdge(id, id(d, "app"), "endpoint", true)).toList();
            case GLOBAL_RESILIENCE -> e.deployments().stream().filter(d -> !d.primary())
                    .map(d -> new GraphEdge(id, id(d, d.settings().has(Component.APP) ? "app" : "data"), "activates", true)).toList();
            case SECURITY, NETWORK, DATA, PEERING, PEERING_ROUTES, MESSAGING, IMAGE_REPLICA, IMAGES, APP, API, OBSERVABILITY, PIPELINE,
                 PIPELINE_ARTIFACTS -> throw new IllegalArgumentException("not a global layer: " + layer);
            case SEARCH -> throw new IllegalArgumentException("not a global layer: " + layer);
            case METRICS, DASHBOARDS -> throw new IllegalArgumentException("not a global layer: " + layer);
            case PROCESSOR -> throw new IllegalArgumentException("not a global layer: " + layer);
        };
    }

    private static String entryLabel(Environment e, Layer layer) {
        return switch (layer) {
            case GLOBAL_DNS -> "Route53 " + e.dns().orElseThrow().routing().name().toLowerCase(Locale.ROOT) + " · "
                    + e.dns().orElseThrow().routedName();
            case GLOBAL_EDGE -> "CloudFront · origin group";
            case GLOBAL_ACCELERATOR -> "Global Accelerator";
            case GLOBAL_RESILIENCE -> "ARC Region switch";
            case SECURITY, NETWORK, DATA, PEERING, PEERING_ROUTES, MESSAGING, IMAGE_REPLICA, IMAGES, APP, API, OBSERVABILITY, PIPELINE,
                 PIPELINE_ARTIFACTS -> layer.stackSuffix();
            case SEARCH -> layer.stackSuffix();
            case METRICS, DASHBOARDS -> layer.stackSuffix();
            case PROCESSOR -> layer.stackSuffix();
        };
    }

    /** The pipeline deploys every environment; an arrow to each environment's primary region's first stack. */
    private static void pipeline(Fleet fleet, RolloutPlan plan, Map<String, Integer> wave, List<GraphNode> nodes,
                                 List<GraphEdge> edges) {
        Deployment home = fleet.environments().get(0).primary();
        String stack = StackNames.of(fleet.project(), home.environment(), home.region(), Layer.PIPELINE);
        nodes.add(new GraphNode("pipeline", "CDK Pipelines · " + home.key() + waveOf(wave, stack), Kind.ENTRY));
        for (Environment e : fleet.environments()) {
            RolloutPlanner.regional(e.primary()).stream().findFirst().ifPresent(first ->
                    edges.add(new GraphEdge("pipeline", id(e.primary(), first.stackSuffix()), "deploys " + e.name(), true)));
        }
    }

    private static String waveOf(Map<String, Integer> wave, String stack) {
        Integer w = wave.get(stack);
        return w == null ? "" : " · wave " + w;
    }

    static String id(Deployment d, String part) { return d.key() + "/" + part; }
}
