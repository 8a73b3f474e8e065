package dev.regionstack.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.fleet.model.Fleet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "plan", description = "Show the deployments, their stacks, and the waves they deploy in (no synth, no AWS).")
final class PlanCommand implements Callable<Integer> {
    enum Output { text, json }

    @Mixin FleetFileOption fleetFile;
    @Mixin SelectionOptions selection;
    @Spec CommandSpec spec;

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Output output;

    @Override
    public Integer call() throws JsonProcessingException {
        Fleet fleet = fleetFile.load();
        RolloutPlan plan = RolloutPlan.of(fleet, selection.resolve(fleet).predicate());
        var out = spec.commandLine().getOut();
        if (output == Output.json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(PlanView.of(fleet, plan)));
        } else {
            out.print(PlanText.render(fleet, plan));
        }
        return 0;
    }
}
