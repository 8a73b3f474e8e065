package dev.regionstack.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.regionstack.app.guardrails.AcceptedFindings;
import dev.regionstack.app.resilience.ResilienceAssessment;
import dev.regionstack.app.resilience.ResilienceText;
import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.rollout.Selection;
import dev.regionstack.app.rollout.StackSpec;
import dev.regionstack.app.synth.FleetSynthesizer;
import dev.regionstack.app.synth.SynthResult;
import dev.regionstack.app.workflow.EarlierStacks;
import dev.regionstack.guard.AssemblyDiff;
import dev.regionstack.guard.GuardReport;
import dev.regionstack.fleet.model.Fleet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "plan", description = "Show the deployments, their stacks, and the waves they deploy in (no synth, no AWS).")
final class PlanCommand implements Callable<Integer> {
    enum Output { text, json }

    @Mixin FleetFileOption fleetFile;
    @Mixin SelectionOptions selection;
    @Spec CommandSpec spec;

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Output output;

    @Option(names = "--against", paramLabel = "OLD_ASSEMBLY",
            description = "Synthesize the selection and list, per stack, what is added, removed and replaced compared"
                    + " with this cloud assembly; stateful resources that would be lost are marked DATA LOSS.")
    Path against;

    @Option(names = "--suppressions",
            description = "List every cdk-nag suppression (rule, stack, resource, reason) and every accepted Control"
                    + " Tower finding of the selected stacks, with counts (builds the stacks, no synth).")
    boolean suppressions;

    @Option(names = "--resilience",
            description = "Per environment and data store, the recovery point and time the configuration gives by"
                    + " construction, with the reason, and what keeps it from resilience.rtoMinutes (no synth).")
    boolean resilience;

    @Option(names = {"-o", "--output-dir"}, paramLabel = "DIR", defaultValue = "cdk.out",
            description = "With --against: where the new assembly is written (default: ${DEFAULT-VALUE}).")
    Path outdir;

    @Override
    public Integer call() throws JsonProcessingException {
        Fleet fleet = fleetFile.load();
        Selection chosen = selection.resolve(fleet);
        RolloutPlan plan = RolloutPlanner.plan(fleet, chosen.predicate());
        var out = spec.commandLine().getOut();
        if (against != null) return compare(fleet, plan, chosen);
        if (resilience) {
            var environments = ResilienceAssessment.of(fleet).stream()
                    .filter(e -> plan.stacks().stream().anyMatch(st -> st.environment().equals(e.environment()))).toList();
            out.print(output == Output.json
                    ? new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(environments) + "\n"
                    : ResilienceText.render(environments));
            return 0;
        }
        if (suppressions) {
            out.print(SuppressionsReport.render(SuppressionsReport.of(fleet, plan), AcceptedFindings.load()));
            return 0;
        }
        if (output == Output.json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(PlanView.of(fleet, plan)));
        } else {
            out.print(PlanText.render(fleet, plan));
        }
        return 0;
    }

    /** The selection's stacks, and the earlier assembly's stacks it covers: those the fleet no longer has are removed. */
    private int compare(Fleet fleet, RolloutPlan plan, Selection chosen) throws JsonProcessingException {
        if (!Files.isRegularFile(against.resolve("manifest.json"))) {
            throw new InvalidInputException(List.of("error: --against " + against + ": not a cloud assembly (no manifest.json)"));
        }
        SynthResult synth = FleetSynthesizer.synth(fleet, plan, outdir, l -> { });
        Set<String> names = plan.stacks().stream().map(StackSpec::name).collect(Collectors.toCollection(LinkedHashSet::new));
        GuardReport report = AssemblyDiff.compare(against, synth.outdir(), names, EarlierStacks.coveredBy(chosen));
        spec.commandLine().getOut().println(output == Output.json ? report.toJson() : report.render());
        return 0;
    }
}
