package dev.regionstack.fleet;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads one value as the schema types it. Each method reports what is wrong (the value received and how to fix it)
 * and returns empty, so that the caller goes on with the rest of the file.
 */
final class Values {
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");

    private final Problems problems;

    Values(Problems problems) {
        this.problems = problems;
    }

    Problems problems() { return problems; }

    void problem(Position position, String path, String message) {
        problems.add(position, path, message);
    }

    void warning(Position position, String path, String message) {
        problems.warn(position, path, message);
    }

    Optional<Node.MapNode> map(Node node, String path, String example) {
        if (node instanceof Node.MapNode map) return Optional.of(map);
        problem(node.position(), path, "expected a map (" + example + "), got " + node.describe());
        return Optional.empty();
    }

    /** A map; an empty value ({@code key:} with nothing after it) reads as an empty map. */
    Optional<Node.MapNode> mapOrEmpty(Node node, String path, String example) {
        if (node instanceof Node.ScalarNode s && s.isNull()) return Optional.of(new Node.MapNode(node.position(), List.of()));
        return map(node, path, example);
    }

    Optional<Node.ListNode> list(Node node, String path, String example) {
        if (node instanceof Node.ListNode list) return Optional.of(list);
        if (node instanceof Node.ScalarNode s && !s.isNull()) {
            problem(node.position(), path, "expected a list, got " + node.describe() + "; write it as a list: " + example);
        } else {
            problem(node.position(), path, "expected a list (" + example + "), got " + node.describe());
        }
        return Optional.empty();
    }

    /**
     * A string. Unquoted numbers and booleans are refused rather than converted; the message says to quote the value
     * only when {@code valid} accepts it, so that the hint never leads to another error.
     */
    Optional<String> string(Node node, String path, Predicate<String> valid) {
        if (!(node instanceof Node.ScalarNode scalar)) {
            problem(node.position(), path, "expected a string, got " + node.describe());
            return Optional.empty();
        }
        if (scalar.isNull()) {
            problem(node.position(), path, "expected a string, got nothing (an empty value)");
            return Optional.empty();
        }
        if (scalar.looksNumeric() || scalar.asBoolean().isPresent()) {
            boolean hint = valid.test(scalar.text()) && Echo.whole(scalar.text());
            problem(node.position(), path, "expected a string, got " + scalar.describe()
                    + (hint ? "; quote it: \"" + scalar.text() + "\"" : ""));
            return Optional.empty();
        }
        return Optional.of(scalar.text());
    }

    /** A string that must match {@code pattern}; {@code rule} says what a valid one looks like. */
    Optional<String> matching(Node node, String path, Pattern pattern, String rule) {
        if (unquotedNonString(node) && !pattern.matcher(((Node.ScalarNode) node).text()).matches()) {
            // quoting would not help: say what a valid value looks like
            problem(node.position(), path, Echo.quoted(((Node.ScalarNode) node).text()) + " is not valid: " + rule);
            return Optional.empty();
        }
        return string(node, path, s -> true).filter(s -> {
            if (pattern.matcher(s).matches()) return true;
            problem(node.position(), path, s.isEmpty() ? "the value is empty; " + rule : Echo.quoted(s) + " is not valid: " + rule);
            return false;
        });
    }

    Optional<Boolean> bool(Node node, String path) {
        if (node instanceof Node.ScalarNode scalar) {
            Optional<Boolean> value = scalar.asBoolean();
            if (value.isPresent()) return value;
            if (!scalar.plain() && (scalar.text().equals("true") || scalar.text().equals("false"))) {
                problem(node.position(), path, "expected true or false, got " + scalar.describe() + "; remove the quotes");
                return Optional.empty();
            }
        }
        problem(node.position(), path, "expected true or false, got " + node.describe() + "; booleans are written true or false");
        return Optional.empty();
    }

    /** A whole number from {@code min} to {@code max}; {@code why} explains the range. */
    Optional<Integer> integer(Node node, String path, long min, long max, String why) {
        String range = "a whole number from " + min + " to " + max + (why.isEmpty() ? "" : " (" + why + ")");
        if (!(node instanceof Node.ScalarNode scalar) || scalar.isNull()) {
            problem(node.position(), path, "expected " + range + ", got " + node.describe());
            return Optional.empty();
        }
        if (!scalar.plain()) {
            String hint = INTEGER.matcher(scalar.text()).matches() && inRange(scalar.text(), min, max) ? "; remove the quotes" : "";
            problem(node.position(), path, "expected " + range + ", got " + scalar.describe() + hint);
            return Optional.empty();
        }
        if (!INTEGER.matcher(scalar.text()).matches()) {
            problem(node.position(), path, "expected " + range + ", got " + scalar.describe());
            return Optional.empty();
        }
        if (!inRange(scalar.text(), min, max)) {
            problem(node.position(), path, Echo.of(scalar.text()) + " is out of range: expected " + range);
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(scalar.text()));
    }

    /** {@code digits} (matching {@link #INTEGER}) is from {@code min} to {@code max}; any number of digits. */
    private static boolean inRange(String digits, long min, long max) {
        long value;
        try {
            value = Long.parseLong(digits);
        } catch (NumberFormatException tooLong) {
            value = digits.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return value >= min && value <= max;
    }

    /** A plain number or boolean where the schema expects a string. */
    private static boolean unquotedNonString(Node node) {
        return node instanceof Node.ScalarNode s && (s.looksNumeric() || s.asBoolean().isPresent());
    }

    /** One of an enum's file names (lower case), e.g. {@code small}. */
    <E extends Enum<E>> Optional<E> choice(Node node, String path, Class<E> type) {
        List<String> allowed = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
        if (unquotedNonString(node) && !allowed.contains(((Node.ScalarNode) node).text())) {
            String text = ((Node.ScalarNode) node).text();
            problem(node.position(), path, "expected one of " + String.join(" | ", allowed) + ", got " + node.describe()
                    + Suggestions.closest(text, allowed).map(c -> "; did you mean `" + c + "`?").orElse(""));
            return Optional.empty();
        }
        return string(node, path, allowed::contains).flatMap(s -> {
            int index = allowed.indexOf(s);
            if (index >= 0) return Optional.of(type.getEnumConstants()[index]);
            problem(node.position(), path, Echo.quoted(s) + " is not one of " + String.join(" | ", allowed)
                    + Suggestions.closest(s, allowed).map(c -> "; did you mean `" + c + "`?").orElse(""));
            return Optional.empty();
        });
    }
}
