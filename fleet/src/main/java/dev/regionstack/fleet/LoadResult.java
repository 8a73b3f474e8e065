package dev.regionstack.fleet;

import dev.regionstack.fleet.model.Fleet;

import java.util.List;

/** The outcome of reading a fleet file: a resolved fleet, or every problem found in one run. */
public sealed interface LoadResult {
    record Loaded(Fleet fleet) implements LoadResult {}

    record Invalid(List<Problem> problems) implements LoadResult {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }
}
