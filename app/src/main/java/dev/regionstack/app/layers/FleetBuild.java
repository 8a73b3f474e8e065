package dev.regionstack.app.layers;

import dev.regionstack.app.pipeline.EnvironmentStages;
import dev.regionstack.app.rollout.StackSpec;
import dev.regionstack.fleet.model.Fleet;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

import java.util.Map;

/**
 * The context a fleet-wide stack is built in.
 *
 * @param replicationBuckets region to the pipeline's artifact bucket there, filled by the artifact stacks (planned
 *                           before the pipeline) and read by the pipeline
 * @param stages             builds one environment's stacks for the pipeline, with this same assembler
 */
public record FleetBuild(Construct scope, StackSpec spec, StackProps props, Fleet fleet,
                         Map<String, IBucket> replicationBuckets, EnvironmentStages stages) {}
