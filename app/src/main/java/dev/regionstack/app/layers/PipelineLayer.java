package dev.regionstack.app.layers;

import dev.regionstack.app.pipeline.PipelineStack;
import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.rollout.LayerSelection;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.rollout.StackNames;
import dev.regionstack.app.rollout.StackSpec;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;
import software.amazon.awscdk.Stack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The opt-in CDK Pipelines pipeline that deploys the whole fleet: once per fleet, in the first environment's primary
 * region, only when that environment has the {@code pipeline} component ({@link LayerSelection#pipeline}). It waits
 * only for its artifact stacks: it deploys its own copies of the fleet's stacks, in order.
 */
public final class PipelineLayer implements FleetLayer {
    PipelineLayer() {}

    @Override public Layer layer() { return Layer.PIPELINE; }

    @Override public Optional<Component> component() { return Optional.of(Component.PIPELINE); }

    @Override public boolean present(Fleet fleet) { return LayerSelection.pipeline(fleet); }

    @Override
    public List<StackSpec> plan(Fleet fleet, List<StackSpec> environmentStacks) {
        Deployment primary = fleet.environments().get(0).primary();
        List<StackSpec.Wait> waits = PipelineArtifactsLayer.regions(fleet, environmentStacks).stream()
                .map(region -> new StackSpec.Wait(PipelineArtifactsLayer.name(fleet, region),
                        "its artifact bucket and key for the actions in " + region + " live there"))
                .toList();
        return List.of(new StackSpec(StackNames.of(fleet.project(), primary.environment(), primary.region(), Layer.PIPELINE),
                primary.environment(), primary.region(), primary.account(), Layer.PIPELINE, primary.key(), waits));
    }

    /**
     * It deploys a second copy of every environment's stacks (each environment's plan without the fleet-wide
     * stacks), built by the same assembler into one App per environment, so names, templates and dependencies equal
     * the app's.
     */
    @Override
    public Stack build(FleetBuild b) {
        Map<String, RolloutPlan> plans = new LinkedHashMap<>();
        for (Environment e : b.fleet().environments()) {
            plans.put(e.name(), RolloutPlanner.plan(b.fleet(),
                    s -> s.environment().equals(e.name()) && !(LayerSpecs.of(s.layer()) instanceof FleetLayer)));
        }
        return new PipelineStack(b.scope(), b.spec().name(), b.props(), b.fleet(), b.replicationBuckets(), plans, b.stages());
    }
}
