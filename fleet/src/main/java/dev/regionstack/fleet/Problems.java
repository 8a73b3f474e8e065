package dev.regionstack.fleet;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects the problems of one file; the same problem found twice (e.g. once per region) is kept once. */
final class Problems {
    private final String file;
    private final Set<Problem> problems = new LinkedHashSet<>();
    private final Set<Problem> warnings = new LinkedHashSet<>();

    Problems(String file) {
        this.file = file;
    }

    void add(Position position, String path, String message) {
        problems.add(new Problem(file, position.line(), position.column(), path, message));
    }

    /** Something the file may do but probably should not: reported, never refused. */
    void warn(Position position, String path, String message) {
        warnings.add(new Problem(file, position.line(), position.column(), path, message));
    }

    List<Problem> warningsInFileOrder() {
        return warnings.stream()
                .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column))
                .toList();
    }

    boolean isEmpty() { return problems.isEmpty(); }

    /** In file order, so that the output reads top to bottom. */
    List<Problem> inFileOrder() {
        return problems.stream()
                .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column))
                .toList();
    }
}
