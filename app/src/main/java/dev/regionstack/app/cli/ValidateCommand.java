package dev.regionstack.app.cli;

import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.fleet.model.Fleet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

@Command(name = "validate", description = "Check the fleet file; every problem is reported in one run.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin FleetFileOption fleetFile;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        Fleet fleet = fleetFile.load();
        RolloutPlan plan = RolloutPlanner.plan(fleet);
        spec.commandLine().getOut().printf("%s: valid: %d environments, %d deployments, %d stacks%n",
                fleetFile.path(), fleet.environments().size(), fleet.deployments().size(), plan.stacks().size());
        return 0;
    }
}
