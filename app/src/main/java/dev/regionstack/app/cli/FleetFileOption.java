package dev.regionstack.app.cli;

import dev.regionstack.fleet.FleetLoader;
import dev.regionstack.fleet.LoadResult;
import dev.regionstack.fleet.Problem;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.fleet.model.OwnTags;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

/** {@code -f fleet.yaml}, shared by every command. */
public final class FleetFileOption {
    @Option(names = {"-f", "--file"}, paramLabel = "FILE", defaultValue = "fleet.yaml",
            description = "The fleet file (default: ${DEFAULT-VALUE}).")
    Path file;

    /** The command this option belongs to: its stderr gets the file's notes and warnings. */
    @Spec(Spec.Target.MIXEE) CommandSpec command;

    /**
     * The resolved fleet, or an {@link InvalidInputException} with every problem of the file. A valid file's notes
     * (which of regionstack's own tags it replaces) and warnings go to stderr, one line each.
     */
    public Fleet load() {
        LoadResult result = FleetLoader.load(file);
        if (result instanceof LoadResult.Invalid invalid) {
            throw new InvalidInputException(invalid.problems().stream().map(Problem::format).toList());
        }
        LoadResult.Loaded loaded = (LoadResult.Loaded) result;
        Fleet fleet = loaded.fleet();
        if (command != null) {
            OwnTags.replacedBy(fleet).ifPresent(note -> command.commandLine().getErr().println("note: " + file + ": " + note));
            loaded.warnings().forEach(w -> command.commandLine().getErr().println(w.formatWarning()));
        }
        return fleet;
    }

    public Path path() { return file; }
}
