package dev.regionstack.fleet;

import dev.regionstack.fleet.model.Fleet;

import java.util.List;

/** The outcome of reading a fleet file: a resolved fleet, or every problem found in one run. */
public sealed interface LoadResult {
    /** @param warnings what the file may do but probably should not (e.g. a small instance class for a global database) */
    record Loaded(Fleet fleet, List<Problem> warnings) implements LoadResult {
        public Loaded {
            warnings = List.copyOf(warnings);
        }

        public Loaded(Fleet fleet) { this(fleet, List.of()); }
    }

    record Invalid(List<Problem> problems) implements LoadResult {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }
}
