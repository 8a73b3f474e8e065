package dev.regionstack.verify;

import java.util.List;

/**
 * The result of a deploy simulation.
 *
 * @param problems one per failure found, in check order
 * @param checks   the number of things examined (imports, parameters, names, paths, permissions, tags ...)
 * @param stacks   the stacks simulated
 * @param outside  references not checked because they lead out of a partial assembly (a selection of the fleet)
 * @param nanos    how long the simulation took
 */
public record VerifyReport(List<Problem> problems, int checks, int stacks, int outside, long nanos) {
    public VerifyReport {
        problems = List.copyOf(problems);
    }

    public boolean clean() { return problems.isEmpty(); }

    /** One line per problem. */
    public List<String> lines() { return problems.stream().map(Problem::line).toList(); }

    /** {@code verify: 47 stacks, 3,120 checks, 0 problems (0.21 s)}. */
    public String summary() {
        String left = outside == 0 ? "" : String.format(", %d reference%s outside the selection not checked", outside, outside == 1 ? "" : "s");
        return String.format("verify: %d stacks, %,d checks, %d problem%s%s (%.2f s)", stacks, checks, problems.size(),
                problems.size() == 1 ? "" : "s", left, nanos / 1e9);
    }
}
