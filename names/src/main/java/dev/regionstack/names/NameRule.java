package dev.regionstack.names;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What AWS accepts as one kind of physical name.
 *
 * @param type       the CloudFormation type
 * @param property   the property that holds the name
 * @param service    how messages name the limit's owner, e.g. {@code S3}
 * @param min        shortest allowed
 * @param max        longest allowed
 * @param characters the characters allowed (a regular expression for the whole name)
 * @param reserved   what else the service refuses, each as a predicate's description and pattern
 */
public record NameRule(String type, String property, String service, int min, int max, Pattern characters, List<Reserved> reserved) {
    public NameRule {
        reserved = List.copyOf(reserved);
    }

    /** A pattern the service refuses, with what to say about it. */
    public record Reserved(Pattern pattern, String why) {
        public static Reserved prefix(String prefix) {
            return new Reserved(Pattern.compile(Pattern.quote(prefix) + ".*", Pattern.DOTALL), "starts with the reserved prefix " + prefix);
        }

        public static Reserved suffix(String suffix) {
            return new Reserved(Pattern.compile(".*" + Pattern.quote(suffix), Pattern.DOTALL), "ends with the reserved suffix " + suffix);
        }
    }

    public static NameRule of(String type, String property, String service, int min, int max, String characters, Reserved... reserved) {
        return new NameRule(type, property, service, min, max, Pattern.compile(characters, Pattern.DOTALL), List.of(reserved));
    }

    /** What is wrong with {@code name}, if anything. */
    public Optional<String> problem(String name) {
        if (name.length() > max) return Optional.of("it is " + name.length() + " characters, " + (name.length() - max) + " over " + service + "'s " + max);
        if (name.length() < min) return Optional.of("it is " + name.length() + " characters, under " + service + "'s minimum of " + min);
        for (Reserved r : reserved) {
            if (r.pattern().matcher(name).matches()) return Optional.of("it " + r.why() + ", which " + service + " refuses");
        }
        if (!characters.matcher(name).matches()) return Optional.of("it is not a valid " + service + " name (allowed: " + characters.pattern() + ")");
        return Optional.empty();
    }
}
