package dev.regionstack.app.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.regionstack.app.guardrails.RulePacks;
import dev.regionstack.app.guardrails.Suppressions;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Fleet;
import software.amazon.awscdk.App;
import software.amazon.awscdk.cxapi.CloudAssembly;
import software.amazon.awscdk.cxapi.CloudFormationStackArtifact;
import software.amazon.awscdk.cxapi.SynthesisMessageLevel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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
        Map<String, Object> context = new LinkedHashMap<>();
        for (Deployment d : fleet.deployments()) {
            context.put("availability-zones:account=" + d.account() + ":region=" + d.region(), d.zones());
        }
        // Same-region references stay CloudFormation exports, which keep a producer from being deleted while in
        // use; cross-region values never use references at all (SSM parameters, see ParameterNames).
        context.put("@aws-cdk/core:defaultCrossStackReferences", "strong");
        App.Builder app = App.Builder.create().context(context).analyticsReporting(false);
        if (outdir != null) app.outdir(outdir.toString());
        App built = app.build();
        RulePacks.apply(built);
        return built;
    }

    public static SynthResult synth(Fleet fleet, RolloutPlan plan, Path outdir, Consumer<String> progress) {
        App app = newApp(fleet, outdir);
        int total = plan.stacks().size();
        int[] n = {0};
        new FleetAssembler(app, fleet, FunctionsJar::locate).add(plan, (spec, stack) ->
                progress.accept(String.format("  [%d/%d] built %s", ++n[0], total, spec.name())));
        Suppressions.attach(app);
        CloudAssembly assembly = app.synth();
        return report(assembly, plan, outdir);
    }

    private static SynthResult report(CloudAssembly assembly, RolloutPlan plan, Path outdir) {
        Map<String, CloudFormationStackArtifact> byName = new LinkedHashMap<>();
        for (CloudFormationStackArtifact a : assembly.getStacks()) byName.put(a.getStackName(), a);
        List<StackReport> reports = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (var spec : plan.stacks()) {
            CloudFormationStackArtifact a = byName.get(spec.name());
            Path template = Path.of(a.getTemplateFullPath());
            reports.add(new StackReport(spec.name(), countResources(template), size(template)));
            for (var m : a.getMessages()) {
                String line = m.getId() + ": " + m.getEntry().getData();
                if (m.getLevel() == SynthesisMessageLevel.ERROR) errors.add(line);
                else if (m.getLevel() == SynthesisMessageLevel.WARNING) warnings.add(line);
            }
        }
        return new SynthResult(Path.of(assembly.getDirectory()), reports, errors, warnings);
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
