package dev.regionstack.app.layers;

import dev.regionstack.app.pipeline.PipelineArtifactsStack;
import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.rollout.LayerSelection;
import dev.regionstack.app.rollout.StackNames;
import dev.regionstack.app.rollout.StackSpec;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Fleet;
import software.amazon.awscdk.Stack;

import java.util.List;
import java.util.Optional;

/**
 * The pipeline's artifact bucket and key in every other region the fleet deploys to (each CodePipeline action region
 * needs one), in the pipeline's account, named like the first environment's regional stacks (e.g.
 * {@code acme-dev-us-east-1-pipeline-artifacts}).
 */
public final class PipelineArtifactsLayer implements FleetLayer {
    PipelineArtifactsLayer() {}

    @Override public Layer layer() { return Layer.PIPELINE_ARTIFACTS; }

    @Override public Optional<Component> component() { return Optional.of(Component.PIPELINE); }

    @Override public boolean present(Fleet fleet) { return LayerSelection.pipeline(fleet); }

    @Override
    public List<StackSpec> plan(Fleet fleet, List<StackSpec> environmentStacks) {
        Deployment primary = fleet.environments().get(0).primary();
        return regions(fleet, environmentStacks).stream()
                .map(region -> new StackSpec(name(fleet, region), primary.environment(), region, primary.account(),
                        Layer.PIPELINE_ARTIFACTS, primary.key(), List.of()))
                .toList();
    }

    /** The regions other than the pipeline's that the fleet's stacks deploy to, in plan order. */
    static List<String> regions(Fleet fleet, List<StackSpec> environmentStacks) {
        String home = fleet.environments().get(0).primary().region();
        return environmentStacks.stream().map(StackSpec::region).distinct().filter(r -> !r.equals(home)).toList();
    }

    static String name(Fleet fleet, String region) {
        return StackNames.of(fleet.project(), fleet.environments().get(0).name(), region, Layer.PIPELINE_ARTIFACTS);
    }

    /** The artifact bucket is handed to the pipeline (later in plan order) through the build's replication buckets. */
    @Override
    public Stack build(FleetBuild b) {
        boolean retain = b.fleet().environments().get(0).primary().settings().sizing().retainData();
        PipelineArtifactsStack stack = new PipelineArtifactsStack(b.scope(), b.spec().name(), b.props(), retain);
        b.replicationBuckets().put(b.spec().region(), stack.bucket());
        return stack;
    }
}
