package dev.regionstack.app.cli;

import dev.regionstack.app.rollout.Selection;
import dev.regionstack.fleet.model.Fleet;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code --env NAME} and {@code --only ENV/REGION ...}. */
public final class SelectionOptions {
    @Option(names = "--env", paramLabel = "NAME", description = "Only this environment.")
    String environment;

    @Option(names = "--only", paramLabel = "ENV/REGION", split = ",",
            description = "Only these deployments (repeatable or comma-separated).")
    List<String> only = new ArrayList<>();

    /** The selection, checked against the fleet; an unknown environment or deployment is an invalid argument. */
    public Selection resolve(Fleet fleet) {
        Selection selection = new Selection(Optional.ofNullable(environment), only);
        List<String> problems = selection.problems(fleet);
        if (!problems.isEmpty()) throw new InvalidInputException(problems.stream().map(p -> "error: " + p).toList());
        return selection;
    }
}
