package dev.regionstack.app.cli;

import dev.regionstack.fleet.FleetLoader;
import dev.regionstack.fleet.LoadResult;
import dev.regionstack.fleet.Problem;
import dev.regionstack.fleet.model.Fleet;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code -f fleet.yaml}, shared by every command. */
public final class FleetFileOption {
    @Option(names = {"-f", "--file"}, paramLabel = "FILE", defaultValue = "fleet.yaml",
            description = "The fleet file (default: ${DEFAULT-VALUE}).")
    Path file;

    /** The resolved fleet, or an {@link InvalidInputException} with every problem of the file. */
    public Fleet load() {
        LoadResult result = FleetLoader.load(file);
        if (result instanceof LoadResult.Invalid invalid) {
            throw new InvalidInputException(invalid.problems().stream().map(Problem::format).toList());
        }
        return ((LoadResult.Loaded) result).fleet();
    }

    public Path path() { return file; }
}
