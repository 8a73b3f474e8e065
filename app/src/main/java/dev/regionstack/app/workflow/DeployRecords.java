package dev.regionstack.app.workflow;

import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.rollout.StackSpec;
import dev.regionstack.guard.DeployRecord;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.guard.Assembly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The deploy records beside a fleet file ({@code .regionstack/deployed/<env>/}: commit them, like a lock file). */
public final class DeployRecords {
    private DeployRecords() {}

    public static DeployRecord of(Path fleetFile, String environment) {
        Path parent = fleetFile.toAbsolutePath().getParent();
        return DeployRecord.of(parent == null ? Path.of("").toAbsolutePath() : parent, environment);
    }

    /** The environments with a deploy record beside the fleet file that the fleet no longer has, by name. */
    public static List<String> orphans(Path fleetFile, Fleet fleet) {
        Path parent = fleetFile.toAbsolutePath().getParent();
        Path deployed = (parent == null ? Path.of("").toAbsolutePath() : parent).resolve(".regionstack").resolve("deployed");
        if (!Files.isDirectory(deployed)) return List.of();
        try (Stream<Path> dirs = Files.list(deployed)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve(Assembly.MANIFEST)))
                    .map(d -> d.getFileName().toString())
                    .filter(env -> fleet.environment(env).isEmpty())
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + deployed, e);
        }
    }

    /** The recorded assemblies of the environments the plan deploys to, for the deploy simulation. */
    public static List<Path> deployed(Path fleetFile, RolloutPlan plan) {
        return plan.stacks().stream().map(StackSpec::environment).distinct()
                .map(env -> of(fleetFile, env).load()).flatMap(Optional::stream).toList();
    }
}
