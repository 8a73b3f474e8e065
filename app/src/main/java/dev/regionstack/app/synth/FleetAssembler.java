package dev.regionstack.app.synth;

import dev.regionstack.app.guardrails.Suppressions;
import dev.regionstack.app.layers.FleetBuild;
import dev.regionstack.app.layers.GlobalBuild;
import dev.regionstack.app.layers.LayerAssembly;
import dev.regionstack.app.layers.LayerSpecs;
import dev.regionstack.app.layers.RegionStacks;
import dev.regionstack.app.layers.RegionalBuild;
import dev.regionstack.app.layers.RegionalLayer;
import dev.regionstack.app.pipeline.EnvironmentApp;
import dev.regionstack.app.pipeline.EnvironmentStages;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.rollout.StackSpec;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.fleet.model.OwnTags;
import dev.regionstack.verify.Taggable;
import software.amazon.awscdk.App;
import software.amazon.awscdk.CfnWaitConditionHandle;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Stage;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Turns a rollout plan into CDK stacks, each built by its layer's spec (app/layers): each stack receives only its own
 * deployment's slice of the fleet and, inside its region, the stacks of the layers it builds on. Cross-region order
 * is expressed as stack dependencies (ordering only, never references).
 */
public final class FleetAssembler implements LayerAssembly {
    private final Construct scope;
    private final Fleet fleet;
    private final Supplier<Path> functionsJar;
    private final Map<String, Stack> stacks = new LinkedHashMap<>();
    private final Map<String, Deployment> deployments = new HashMap<>();
    private final Map<String, RegionStacks> regions = new HashMap<>();
    private final Map<String, IBucket> replicationBuckets = new LinkedHashMap<>();
    private final StackTags tags = new StackTags(Taggable.builtIn());

    public FleetAssembler(Construct scope, Fleet fleet, Supplier<Path> functionsJar) {
        this.scope = scope;
        this.fleet = fleet;
        this.functionsJar = functionsJar;
        fleet.deployments().forEach(d -> deployments.put(d.key(), d));
    }

    /** Adds every stack of the plan, in plan order, and the dependencies between them. */
    public Map<String, Stack> add(RolloutPlan plan, StackListener listener) {
        return add(plan, spec -> true, listener);
    }

    /**
     * Adds the stacks of the plan that {@code build} keeps, in plan order, and the dependencies between them. A stack
     * they wait for that {@code build} leaves out is added empty, under its own name and environment, so that the
     * dependencies CDK writes in the manifest are the same as when every stack is built (the synth cache replaces
     * that stack's output with the one it kept).
     */
    public Map<String, Stack> add(RolloutPlan plan, Predicate<StackSpec> build, StackListener listener) {
        Set<String> waitedFor = new HashSet<>();
        for (StackSpec spec : plan.stacks()) {
            if (build.test(spec)) spec.waitsFor().forEach(w -> waitedFor.add(w.stack()));
        }
        for (StackSpec spec : plan.stacks()) {
            if (!build.test(spec)) {
                if (waitedFor.contains(spec.name())) stacks.put(spec.name(), placeholder(spec));
                continue;
            }
            Stack stack = LayerSpecs.of(spec.layer()).build(this, spec);
            tag(stack, spec);
            stacks.put(spec.name(), stack);
            listener.added(spec, stack);
        }
        for (StackSpec spec : plan.stacks()) {
            if (!build.test(spec)) continue;
            for (StackSpec.Wait wait : spec.waitsFor()) {
                Stack before = stacks.get(wait.stack());
                if (before != null) stacks.get(spec.name()).addStackDependency(before, wait.reason());
            }
        }
        tags.complete();   // every resource is built now, the ones CDK adds by itself included
        return stacks;
    }

    @Override
    public RegionalBuild regional(StackSpec spec, RegionalLayer layer) {
        Deployment d = deployments.get(spec.deployment());
        RegionStacks built = regions.computeIfAbsent(d.key(), k -> new RegionStacks());
        StackProps props = props(spec, d.settings().sizing().deletionProtection() && layer.holdsData());
        return new RegionalBuild(scope, spec.name(), props, fleet, d, built, functionsJar);
    }

    @Override
    public GlobalBuild global(StackSpec spec) {
        return new GlobalBuild(scope, spec.name(), props(spec, false), fleet, fleet.environment(spec.environment()).orElseThrow());
    }

    @Override
    public FleetBuild fleet(StackSpec spec) {
        return new FleetBuild(scope, spec, props(spec, false), fleet, replicationBuckets, environmentStages());
    }

    /**
     * How the pipeline builds an environment's copy of the stacks: with this same assembler, into one App per
     * environment (written under this app's assembly directory, where the pipeline's synth output holds them).
     */
    private EnvironmentStages environmentStages() {
        Stage root = scope instanceof Stage s ? s : Stage.of(scope);
        Path outdir = Path.of(root.getOutdir());
        return (environment, plan) -> {
            App app = new EnvironmentApp(environment, FleetSynthesizer.appProps(fleet, outdir.resolve("pipeline-" + environment)));
            TemplateValidation.register(app);
            new FleetAssembler(app, fleet, functionsJar).add(plan, (s, built) -> { });
            // the same suppression metadata as the main app's stacks, so the deployed templates are the same bytes
            Suppressions.attach(app);
            return app;
        };
    }

    /** A stack that only stands in for its name and environment (one resource: CloudFormation refuses none). */
    private Stack placeholder(StackSpec spec) {
        Stack stack = new Stack(scope, spec.name(), props(spec, false));
        new CfnWaitConditionHandle(stack, "StandsIn");
        return stack;
    }

    private static StackProps props(StackSpec spec, boolean terminationProtection) {
        return StackProps.builder()
                .env(software.amazon.awscdk.Environment.builder().account(spec.account()).region(spec.region()).build())
                .stackName(spec.name())
                .description("regionstack " + spec.layer().stackSuffix() + " layer of " + spec.deployment())
                .analyticsReporting(false)
                .terminationProtection(terminationProtection)
                .build();
    }

    /**
     * regionstack's own tags, under the file's (top level, then the environment's own), which win key by key; a global
     * table's replicas name their own region unless the file sets {@code Region} (GlobalTable).
     */
    private void tag(Stack stack, StackSpec spec) {
        Environment e = fleet.environment(spec.environment()).orElseThrow();
        tags.add(stack, OwnTags.of(fleet.project(), spec.environment(), spec.region(), e.primary().tags()));
    }

    /** Told about each stack as it is added (progress output). */
    @FunctionalInterface
    public interface StackListener {
        void added(StackSpec spec, Stack stack);
    }
}
