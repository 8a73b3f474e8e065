package dev.regionstack.fleet;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A YAML value as written, before the schema gives it a type: every key and value keeps its position,
 * and a scalar keeps its raw text and whether it was plain (unquoted), so that the schema, not YAML 1.1
 * guessing, decides what {@code NO} or {@code 111111111111} means.
 */
sealed interface Node {
    Position position();

    /** How the value reads in a message: {@code a list}, {@code the number 80}, {@code `yes`}. */
    String describe();

    /** One {@code key: value} pair of a map. */
    record Entry(String key, Position keyPosition, Node value) {}

    record MapNode(Position position, List<Entry> entries) implements Node {
        public MapNode {
            entries = List.copyOf(entries);
        }

        @Override public String describe() { return "a map"; }
    }

    record ListNode(Position position, List<Node> items) implements Node {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override public String describe() { return "a list"; }
    }

    /**
     * @param text  the scalar's text after YAML unescaping
     * @param plain true when written without quotes (only plain scalars can be numbers, booleans or null)
     */
    record ScalarNode(Position position, String text, boolean plain) implements Node {
        private static final Pattern NUMBER = Pattern.compile(
                "[-+]?([0-9][0-9_]*|0x[0-9a-fA-F_]+|0o[0-7]+|0b[01_]+)"
                        + "|[-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+"
                        + "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

        boolean isNull() {
            return plain && (text.isEmpty() || text.equals("~") || text.equals("null") || text.equals("Null") || text.equals("NULL"));
        }

        /** A plain scalar that YAML would read as a number. */
        boolean looksNumeric() { return plain && NUMBER.matcher(text).matches(); }

        /** A plain {@code true}/{@code false}, the only booleans of the fleet file. */
        Optional<Boolean> asBoolean() {
            if (!plain) return Optional.empty();
            return switch (text) {
                case "true" -> Optional.of(true);
                case "false" -> Optional.of(false);
                default -> Optional.empty();
            };
        }

        @Override public String describe() {
            if (isNull()) return "nothing (an empty value)";
            if (looksNumeric()) return "the number " + Echo.of(text);
            if (asBoolean().isPresent()) return "the boolean " + text;
            return plain ? Echo.quoted(text) : "the string \"" + Echo.of(text) + "\"";
        }
    }
}
