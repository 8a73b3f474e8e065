package dev.regionstack.fleet;

import dev.regionstack.fleet.model.OwnTags;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * {@code tags}, at the top level or in an environment: only AWS's rules refuse a tag (key 1-128 characters, value
 * 0-256, letters, digits, spaces and {@code _.:/=+-@}; no {@code aws:} prefix; keys that differ only in case, which
 * IAM refuses on one role; at most {@value #MAX_TAGS} on a resource, counting regionstack's own). regionstack's own
 * keys ({@link OwnTags}) are allowed: the file's value replaces regionstack's.
 */
final class TagsReader {
    /** AWS's limit of user tags per resource; {@code aws:} tags do not count. */
    static final int MAX_TAGS = 50;
    private static final Pattern KEY = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]{1,128}");
    private static final Pattern VALUE = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]{0,256}");

    private TagsReader() {}

    static Map<String, String> read(Node node, String path, Values values) {
        Map<String, String> tags = new LinkedHashMap<>();
        Optional<Node.MapNode> map = values.mapOrEmpty(node, path, "CostCenter: fintech-ops");
        if (map.isEmpty()) return tags;
        Map<String, Integer> seen = new LinkedHashMap<>();
        Map<String, String> byLowerCase = new LinkedHashMap<>();
        OwnTags.KEYS.forEach(k -> byLowerCase.put(k.toLowerCase(Locale.ROOT), k));
        for (Node.Entry e : map.get().entries()) {
            String key = e.key();
            String keyPath = KeyPath.child(path, key);
            if (seen.containsKey(key)) {
                values.problem(e.keyPosition(), keyPath, "duplicate key " + Echo.quoted(key) + " (first set at line " + seen.get(key) + "); keep one of them");
                continue;
            }
            seen.put(key, e.keyPosition().line());
            String other = byLowerCase.putIfAbsent(key.toLowerCase(Locale.ROOT), key);
            if (!key.isEmpty() && key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
                values.problem(e.keyPosition(), keyPath, "tag keys starting with `aws:` are reserved by AWS; choose another key");
            } else if (other != null && !other.equals(key)) {
                values.problem(e.keyPosition(), keyPath, Echo.quoted(key) + " differs from " + Echo.quoted(other) + " only in case"
                        + (OwnTags.KEYS.contains(other) ? " (one of regionstack's own tags)" : "")
                        + ", and IAM refuses tag keys that differ only in case on one resource; write `" + other
                        + "` to set that tag, or choose another key");
            } else if (!KEY.matcher(key).matches()) {
                values.problem(e.keyPosition(), keyPath, Echo.quoted(key) + " is not a valid tag key: 1 to 128 letters, digits, "
                        + "spaces and _ . : / = + - @");
            } else {
                Node v = e.value();
                if (v instanceof Node.ScalarNode s && s.isNull()) {
                    values.problem(v.position(), keyPath, "the tag has no value; write \"\" for an empty value");
                    continue;
                }
                values.string(v, keyPath, s -> VALUE.matcher(s).matches()).ifPresent(value -> {
                    if (VALUE.matcher(value).matches()) {
                        tags.put(key, value);
                    } else {
                        values.problem(v.position(), keyPath, "\"" + Echo.of(value) + "\" is not a valid tag value: 0 to 256 letters, "
                                + "digits, spaces and _ . : / = + - @");
                    }
                });
            }
        }
        return tags;
    }

    /**
     * AWS's {@value #MAX_TAGS} tags per resource over what a resource will carry: regionstack's own keys and
     * {@code tags}' (the file may replace the values of regionstack's, not add keys beside them).
     *
     * @param what how the message names the tags, e.g. {@code the top-level tags and these}
     */
    static void checkCount(Map<String, String> tags, Position owner, String path, String what, Values values) {
        Set<String> keys = new TreeSet<>(OwnTags.KEYS);
        keys.addAll(tags.keySet());
        if (keys.size() <= MAX_TAGS) return;
        int over = keys.size() - MAX_TAGS;
        values.problem(owner, path, what + " make " + keys.size() + " tags on every resource with regionstack's own "
                + String.join(", ", OwnTags.KEYS) + ", and AWS allows " + MAX_TAGS + " per resource; remove " + over
                + " tag" + (over == 1 ? "" : "s") + " (setting one of regionstack's own keys replaces its value and counts once)");
    }

    /** Keys of {@code tags} that differ from a key of {@code parent} only in case (IAM refuses both on one resource). */
    static void checkCaseAgainst(Map<String, String> tags, Map<String, String> parent, String path, Position owner, Values values) {
        for (String key : tags.keySet()) {
            for (String p : parent.keySet()) {
                if (!p.equals(key) && p.equalsIgnoreCase(key)) {
                    values.problem(owner, KeyPath.child(path, key), Echo.quoted(key) + " differs from the top-level tag " + Echo.quoted(p)
                            + " only in case, and IAM refuses tag keys that differ only in case on one resource; write " + Echo.quoted(p)
                            + " to replace its value here, or choose another key");
                }
            }
        }
    }
}
