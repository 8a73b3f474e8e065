package dev.regionstack.fleet;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "did you mean" hints: the closest allowed word by edit distance, when it is close enough to be a typo. */
final class Suggestions {
    private Suggestions() {}

    static Optional<String> closest(String written, Collection<String> allowed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = written.toLowerCase(Locale.ROOT);
        for (String candidate : allowed) {
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        int tolerated = Math.max(1, Math.min(3, written.length() / 3));
        return best != null && bestDistance <= tolerated ? Optional.of(best) : Optional.empty();
    }

    /** {@code ; did you mean `x`?} or, with no close word, the list of allowed ones. */
    static String hint(String written, Collection<String> allowed) {
        return closest(written, allowed)
                .map(s -> "; did you mean `" + s + "`?")
                .orElseGet(() -> "; allowed: " + String.join(", ", allowed));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
