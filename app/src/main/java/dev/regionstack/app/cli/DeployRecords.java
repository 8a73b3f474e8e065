package dev.regionstack.app.cli;

import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.rollout.StackSpec;
import dev.regionstack.guard.DeployRecord;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The deploy records beside a fleet file ({@code .regionstack/deployed/<env>/}: commit them, like a lock file). */
final class DeployRecords {
    private DeployRecords() {}

    static DeployRecord of(Path fleetFile, String environment) {
        Path parent = fleetFile.toAbsolutePath().getParent();
        return DeployRecord.of(parent == null ? Path.of("").toAbsolutePath() : parent, environment);
    }

    /** The recorded assemblies of the environments the plan deploys to, for the deploy simulation. */
    static List<Path> deployed(Path fleetFile, RolloutPlan plan) {
        return plan.stacks().stream().map(StackSpec::environment).distinct()
                .map(env -> of(fleetFile, env).load()).flatMap(Optional::stream).toList();
    }
}
