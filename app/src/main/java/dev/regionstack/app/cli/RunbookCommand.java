package dev.regionstack.app.cli;

import dev.regionstack.app.resilience.Runbook;
import dev.regionstack.app.rollout.Selection;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "runbook", description = "Write a Markdown runbook per environment: recovery objectives, failover steps"
        + " with the equivalent AWS CLI commands, fail back, what each failure mode loses, the drill (no synth, no AWS).")
final class RunbookCommand implements Callable<Integer> {
    @Mixin FleetFileOption fleetFile;
    @Spec CommandSpec spec;

    @Option(names = "--env", paramLabel = "NAME", description = "Only this environment.")
    String environment;

    @Option(names = {"-o", "--output-dir"}, paramLabel = "DIR", defaultValue = "runbooks",
            description = "Where <env>.md is written (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Override
    public Integer call() throws IOException {
        Fleet fleet = fleetFile.load();
        List<String> problems = new Selection(Optional.ofNullable(environment), List.of()).problems(fleet);
        if (!problems.isEmpty()) throw new InvalidInputException(problems.stream().map(p -> "error: " + p).toList());
        List<Environment> chosen = fleet.environments().stream()
                .filter(e -> environment == null || e.name().equals(environment)).toList();
        Files.createDirectories(dir);
        for (Environment e : chosen) {
            Path file = dir.resolve(e.name() + ".md");
            Files.writeString(file, Runbook.render(fleet, e));
            spec.commandLine().getOut().println("wrote " + file);
        }
        return 0;
    }
}
