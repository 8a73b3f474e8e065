package dev.regionstack.app.synth;

import dev.regionstack.app.pipeline.EnvironmentApp;
import dev.regionstack.app.pipeline.PipelineArtifactsStack;
import dev.regionstack.app.pipeline.PipelineStack;
import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.rollout.StackSpec;
import dev.regionstack.app.stacks.ApiStack;
import dev.regionstack.app.stacks.AppStack;
import dev.regionstack.app.stacks.DataStack;
import dev.regionstack.app.stacks.GlobalAcceleratorStack;
import dev.regionstack.app.stacks.GlobalDnsStack;
import dev.regionstack.app.stacks.GlobalEdgeStack;
import dev.regionstack.app.stacks.GlobalResilienceStack;
import dev.regionstack.app.resilience.ResilienceAssessment;
import dev.regionstack.app.stacks.MessagingStack;
import dev.regionstack.app.stacks.NetworkStack;
import dev.regionstack.app.stacks.ObservabilityStack;
import dev.regionstack.app.stacks.ObservedResources;
import dev.regionstack.app.stacks.PeeringRoutesStack;
import dev.regionstack.app.stacks.PeeringStack;
import dev.regionstack.app.stacks.SecurityStack;
import dev.regionstack.app.guardrails.Suppressions;
import dev.regionstack.app.rollout.LayerSelection;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Dns;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.fleet.model.OwnTags;
import dev.regionstack.verify.Taggable;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Stage;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns a rollout plan into CDK stacks: each stack receives only its own deployment's slice of the fleet and,
 * inside its region, the constructs of the layers it builds on. Cross-region order is expressed as stack
 * dependencies (ordering only, never references).
 */
public final class FleetAssembler {
    private final Construct scope;
    private final Fleet fleet;
    private final Supplier<Path> functionsJar;
    private final Map<String, Stack> stacks = new LinkedHashMap<>();
    private final Map<String, RegionStacks> regions = new HashMap<>();
    private final Map<String, IBucket> replicationBuckets = new LinkedHashMap<>();
    private final StackTags tags = new StackTags(Taggable.builtIn());

    public FleetAssembler(Construct scope, Fleet fleet, Supplier<Path> functionsJar) {
        this.scope = scope;
        this.fleet = fleet;
        this.functionsJar = functionsJar;
    }

    /** Adds every stack of the plan, in plan order, and the dependencies between them. */
    public Map<String, Stack> add(RolloutPlan plan, StackListener listener) {
        Map<String, Deployment> deployments = new HashMap<>();
        fleet.deployments().forEach(d -> deployments.put(d.key(), d));
        for (StackSpec spec : plan.stacks()) {
            Stack stack = spec.layer() == Layer.PIPELINE_ARTIFACTS ? pipelineArtifacts(spec)
                    : spec.layer() == Layer.PIPELINE ? pipeline(spec)
                    : spec.layer().global()
                    ? global(spec, fleet.environment(spec.environment()).orElseThrow())
                    : regional(spec, deployments.get(spec.deployment()));
            tag(stack, spec);
            stacks.put(spec.name(), stack);
            listener.added(spec, stack);
        }
        for (StackSpec spec : plan.stacks()) {
            for (StackSpec.Wait wait : spec.waitsFor()) {
                Stack before = stacks.get(wait.stack());
                if (before != null) stacks.get(spec.name()).addStackDependency(before, wait.reason());
            }
        }
        tags.complete();   // every resource is built now, the ones CDK adds by itself included
        return stacks;
    }

    private Stack regional(StackSpec spec, Deployment d) {
        RegionStacks r = regions.computeIfAbsent(d.key(), k -> new RegionStacks());
        StackProps props = props(spec, d.settings().sizing().deletionProtection() && holdsData(spec.layer()));
        String id = spec.name();
        return switch (spec.layer()) {
            case NETWORK -> r.network = new NetworkStack(scope, id, props, d);
            case SECURITY -> r.security = new SecurityStack(scope, id, props, d, SecurityStack.trailDataBuckets(fleet, d));
            case DATA -> r.data = new DataStack(scope, id, props, d, r.network.vpc(), r.security.key());
            case PEERING -> new PeeringStack(scope, id, props, d);
            case PEERING_ROUTES -> new PeeringRoutesStack(scope, id, props, d);
            // the layers above data name the table and bucket themselves (DataReferences); a region's data stack,
            // present only where it holds something, hands them just its Aurora cluster
            case MESSAGING -> r.messaging = new MessagingStack(scope, id, props, d, r.security.key());
            case APP -> r.app = new AppStack(scope, id, props, d, environmentDns(d), r.network.vpc(), r.security.key(),
                    Optional.ofNullable(r.data).flatMap(DataStack::aurora));
            // without the app the environment's records route to the API's regional custom domains
            case API -> r.api = new ApiStack(scope, id, props, d, r.security.key(),
                    Optional.ofNullable(r.messaging).map(MessagingStack::notificationQueue),
                    functionsJar.get().toString(), LayerSelection.dnsRoutesToApi(environmentOf(d)) ? environmentDns(d) : Optional.empty());
            case OBSERVABILITY -> new ObservabilityStack(scope, id, props, d, observed(d, r));
            default -> throw new IllegalStateException("not a regional layer: " + spec.layer());
        };
    }

    private Stack global(StackSpec spec, Environment e) {
        StackProps props = props(spec, false);
        return switch (spec.layer()) {
            // with dns, the edge serves the regional names the dns layer creates; without that layer, the ALBs' own names
            case GLOBAL_EDGE -> new GlobalEdgeStack(scope, spec.name(), props, fleet.project(), e, environmentDns(e));
            case GLOBAL_ACCELERATOR -> new GlobalAcceleratorStack(scope, spec.name(), props, fleet.project(), e, environmentDns(e));
            case GLOBAL_DNS -> new GlobalDnsStack(scope, spec.name(), props, fleet.project(), e, e.dns().orElseThrow());
            case GLOBAL_RESILIENCE -> new GlobalResilienceStack(scope, spec.name(), props, fleet, e,
                    ResilienceAssessment.approach(fleet, e).equals("activePassive"), ResilienceAssessment.rtoMinutes(e));
            default -> throw new IllegalStateException("not a global layer: " + spec.layer());
        };
    }

    /**
     * The opt-in pipeline. It deploys a second copy of every environment's stacks, built by this same assembler
     * into one App per environment (written under this app's assembly directory, where the pipeline's synth output
     * holds them), so names, templates and dependencies equal the app's.
     */
    private Stack pipeline(StackSpec spec) {
        Stage root = scope instanceof Stage s ? s : Stage.of(scope);
        Path outdir = Path.of(root.getOutdir());
        return new PipelineStack(scope, spec.name(), props(spec, false), fleet, replicationBuckets, (environment, plan) -> {
            App app = new EnvironmentApp(environment, FleetSynthesizer.appProps(fleet, outdir.resolve("pipeline-" + environment)));
            TemplateValidation.register(app);
            new FleetAssembler(app, fleet, functionsJar).add(plan, (s, built) -> { });
            // the same suppression metadata as the main app's stacks, so the deployed templates are the same bytes
            Suppressions.attach(app);
            return app;
        });
    }

    /** The pipeline's artifact bucket in another region; the pipeline (later in plan order) uses it. */
    private Stack pipelineArtifacts(StackSpec spec) {
        boolean retain = fleet.environments().get(0).primary().settings().sizing().retainData();
        PipelineArtifactsStack stack = new PipelineArtifactsStack(scope, spec.name(), props(spec, false), retain);
        replicationBuckets.put(spec.region(), stack.bucket());
        return stack;
    }

    /** The environment's DNS (its own zone) when it publishes records. */
    private Optional<Dns> environmentDns(Environment e) {
        return LayerSelection.hasDns(fleet, e) ? e.dns() : Optional.empty();
    }

    private Optional<Dns> environmentDns(Deployment d) {
        return d.settings().has(Component.DNS) ? environmentDns(environmentOf(d)) : Optional.empty();
    }

    private Environment environmentOf(Deployment d) {
        return fleet.environment(d.environment()).orElseThrow();
    }

    /**
     * What the region's alarms watch, as plain names (never tokens of other stacks, which would become
     * imports): each producer stack says how it names its resources.
     */
    private static ObservedResources observed(Deployment d, RegionStacks r) {
        ObservedResources o = ObservedResources.NONE;
        if (r.messaging != null) o = o.withAlertTopicName(MessagingStack.alertTopicName(d));
        if (r.app != null) o = o.withLoadBalancer(AppStack.albParameters(d));
        if (r.api != null) o = o.withFunctionNames(ApiStack.functionNames(d));
        // the table has a replica in every region of the environment, also where there is no data stack
        if (d.settings().has(Component.DATA)) o = o.withTableName(DataStack.tableName(d));
        if (r.data != null && r.data.aurora().isPresent()) o = o.withAurora(DataStack.auroraClusterIdentifier(d), !d.primary());
        return o;
    }

    private static boolean holdsData(Layer layer) {
        return layer == Layer.DATA || layer == Layer.SECURITY;
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

    /** The stacks of one deployment built so far, so later layers can build on earlier ones in the same region. */
    private static final class RegionStacks {
        NetworkStack network;
        SecurityStack security;
        DataStack data;
        MessagingStack messaging;
        AppStack app;
        ApiStack api;
    }

    /** Told about each stack as it is added (progress output). */
    @FunctionalInterface
    public interface StackListener {
        void added(StackSpec spec, Stack stack);
    }
}
