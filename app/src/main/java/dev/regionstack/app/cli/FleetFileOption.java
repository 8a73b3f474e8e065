package dev.regionstack.app.cli;

import dev.regionstack.fleet.FleetLoader;
import dev.regionstack.fleet.LoadResult;
import dev.regionstack.fleet.Problem;
import dev.regionstack.fleet.model.Fleet;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

/** {@code -f fleet.yaml}, shared by every command. */
public final class FleetFileOption {
    @Option(names = {"-f", "--file"}, paramLabel = "FILE", defaultValue = "fleet.yaml",
            description = "The fleet file (default: ${DEFAULT-VALUE}).")
    Path file;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /**
     * The resolved fleet, or an {@link InvalidInputException} with every problem of the file. A valid file's
     * warnings go to stderr, one {@code warning:} line each.
     */
    public Fleet load() {
        LoadResult result = FleetLoader.load(file);
        if (result instanceof LoadResult.Invalid invalid) {
            throw new InvalidInputException(invalid.problems().stream().map(Problem::format).toList());
        }
        LoadResult.Loaded loaded = (LoadResult.Loaded) result;
        if (command != null) loaded.warnings().forEach(w -> command.commandLine().getErr().println(w.formatWarning()));
        return loaded.fleet();
    }

    public Path path() { return file; }
}
