package dev.regionstack.app.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.regionstack.app.guardrails.RulePacks;
import dev.regionstack.app.guardrails.Suppressions;
import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.rollout.StackSpec;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.verify.Verifier;
import software.amazon.awscdk.App;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Builds a CDK app for a rollout plan and synthesizes it into a cloud assembly, offline and deterministically. */
public final class FleetSynthesizer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FleetSynthesizer() {}

    /**
     * The app every entry point uses. Availability zones are seeded into the context from the model: with an
     * account on the stack, the VPC construct would otherwise ask AWS for them (a lookup) even when given.
     *
     * @param outdir where to write the assembly; null lets CDK pick (CDK_OUTDIR when the CDK CLI runs us)
     */
    public static App newApp(Fleet fleet, Path outdir) {
        App app = new App(appProps(fleet, outdir));
        RulePacks.apply(app);
        return app;
    }

    /** The props of {@link #newApp}, for an App subclass (the pipeline's per-environment apps). */
    public static software.amazon.awscdk.AppProps appProps(Fleet fleet, Path outdir) {
        JsiiStart.await();   // every app starts here: no jsii call while jsii starts on another thread
        Map<String, Object> context = new LinkedHashMap<>();
        for (Deployment d : fleet.deployments()) {
            context.put("availability-zones:account=" + d.account() + ":region=" + d.region(), d.zones());
        }
        // Same-region references stay CloudFormation exports, which keep a producer from being deleted while in
        // use; cross-region values never use references at all (SSM parameters, see ParameterNames).
        context.put("@aws-cdk/core:defaultCrossStackReferences", "strong");
        // Construct creation stacks in metadata name jsii's temporary directory (different bytes on every run), and
        // capturing them costs time on every construct.
        context.put("aws:cdk:disable-stack-trace", true);
        context.put("aws:cdk:disable-creation-stack-traces", true);
        // No tree.json (nothing in a deploy reads it) and no performance report: both cost synth time at fleet size.
        var app = software.amazon.awscdk.AppProps.builder().context(context).analyticsReporting(false)
                .treeMetadata(false).performanceReporting(false).stackTraces(false);
        if (outdir != null) app.outdir(outdir.toString());
        return app.build();
    }

    public static SynthResult synth(Fleet fleet, RolloutPlan plan, Path outdir, Consumer<String> progress) {
        return synth(fleet, plan, outdir, progress, List.of());
    }

    /**
     * Synthesizes the plan's stacks, then simulates their deploy ({@link Verifier}) against what is deployed now.
     *
     * @param deployed the deploy records of the environments the plan deploys to
     */
    public static SynthResult synth(Fleet fleet, RolloutPlan plan, Path outdir, Consumer<String> progress, List<Path> deployed) {
        synthesize(fleet, plan, outdir, spec -> true, app -> { }, progress);
        return result(fleet, plan, outdir.toAbsolutePath(), deployed);
    }

    /**
     * Synthesizes the stacks of the plan that {@code build} keeps (the synth cache's partial synth: the stacks they
     * wait for are added empty, see {@link FleetAssembler#add(RolloutPlan, java.util.function.Predicate, FleetAssembler.StackListener)}).
     *
     * @param beforeSynth called with the app once its stacks are built, before it synthesizes
     */
    public static void synthesize(Fleet fleet, RolloutPlan plan, Path outdir, Predicate<StackSpec> build,
                                  Consumer<App> beforeSynth, Consumer<String> progress) {
        Phases phases = new Phases("synth");
        int total = (int) plan.stacks().stream().filter(build).count();
        App app = newApp(fleet, outdir);
        TemplateValidation.register(app);
        phases.end("start (app, jsii)");
        int[] n = {0};
        new FleetAssembler(app, fleet, FunctionsJar::locate).add(plan, build, (spec, stack) ->
                progress.accept(String.format("  [%d/%d] built %s", ++n[0], total, spec.name())));
        beforeSynth.accept(app);
        phases.end("constructs");
        Suppressions.attach(app);
        phases.end("suppressions");
        double validated = TemplateValidation.waitedSeconds();
        app.synth();
        phases.end(String.format("cdk synth (aspects: rule packs, tags; templates; validation, waited for %.2f s)",
                TemplateValidation.waitedSeconds() - validated));
        phases.print();
    }

    /**
     * The synth's result from the assembly in {@code dir}: its manifest (plain JSON, no jsii round trips), templates
     * and the annotations per stack, and the deploy simulation.
     */
    public static SynthResult result(Fleet fleet, RolloutPlan plan, Path dir, List<Path> deployed) {
        JsonNode artifacts;
        try {
            artifacts = JSON.readTree(dir.resolve("manifest.json").toFile()).path("artifacts");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<StackReport> reports = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (var spec : plan.stacks()) {
            JsonNode artifact = artifacts.path(spec.name());
            Path template = dir.resolve(artifact.path("properties").path("templateFile").asText(spec.name() + ".template.json"));
            reports.add(new StackReport(spec.name(), countResources(template), size(template)));
            for (JsonNode metadata : metadata(dir, artifact)) {
                metadata.properties().forEach(entry -> entry.getValue().forEach(m -> {
                    String line = entry.getKey() + ": " + m.path("data").asText();
                    switch (m.path("type").asText()) {
                        case "aws:cdk:error" -> errors.add(line);
                        case "aws:cdk:warning" -> warnings.add(line);
                        default -> { }
                    }
                }));
            }
        }
        // a selection (--env, --only) refers to stacks of the rest of the fleet, which its assembly does not hold
        boolean partial = plan.stacks().size() < RolloutPlanner.plan(fleet).stacks().size();
        return new SynthResult(dir, reports, errors, warnings, Verifier.verify(dir, deployed, partial));
    }

    /** A stack's annotations: in the manifest, and (aws-cdk-lib 2.26x) in its additional metadata file. */
    private static List<JsonNode> metadata(Path dir, JsonNode artifact) {
        List<JsonNode> all = new ArrayList<>();
        if (artifact.has("metadata")) all.add(artifact.path("metadata"));
        String file = artifact.path("additionalMetadataFile").asText("");
        if (!file.isEmpty()) {
            try {
                all.add(JSON.readTree(dir.resolve(file).toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    private static int countResources(Path template) {
        try {
            JsonNode resources = JSON.readTree(template.toFile()).path("Resources");
            return resources.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path template) {
        try {
            return Files.size(template);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
