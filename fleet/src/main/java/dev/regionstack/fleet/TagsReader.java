package dev.regionstack.fleet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code tags}: AWS tag rules (key 1-128 characters, value 0-256, letters, digits, spaces and {@code _.:/=+-@};
 * no {@code aws:} prefix), none of regionstack's own keys, and at most {@link #MAX_USER_TAGS} (AWS allows 50 per
 * resource; regionstack adds 4).
 */
final class TagsReader {
    static final int MAX_USER_TAGS = 46;
    static final List<String> RESERVED = List.of("Project", "Environment", "Region", "ManagedBy");
    private static final Pattern KEY = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]{1,128}");
    private static final Pattern VALUE = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]{0,256}");

    private TagsReader() {}

    static Map<String, String> read(Node node, Position owner, String path, Values values) {
        Map<String, String> tags = new LinkedHashMap<>();
        Optional<Node.MapNode> map = values.mapOrEmpty(node, path, "CostCenter: fintech-ops");
        if (map.isEmpty()) return tags;
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Node.Entry e : map.get().entries()) {
            String key = e.key();
            String keyPath = KeyPath.child(path, key);
            if (seen.containsKey(key)) {
                values.problem(e.keyPosition(), keyPath, "duplicate key " + Echo.quoted(key) + " (first set at line " + seen.get(key) + "); keep one of them");
                continue;
            }
            seen.put(key, e.keyPosition().line());
            if (!key.isEmpty() && key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
                values.problem(e.keyPosition(), keyPath, "tag keys starting with `aws:` are reserved by AWS; choose another key");
            } else if (RESERVED.stream().anyMatch(r -> r.equalsIgnoreCase(key))) {
                values.problem(e.keyPosition(), keyPath, Echo.quoted(key) + " is one of regionstack's own tags (" + String.join(", ", RESERVED)
                        + "), set on every resource; choose another key");
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
        if (seen.size() > MAX_USER_TAGS) {
            values.problem(owner, path, seen.size() + " tags is too many: at most " + MAX_USER_TAGS + " (AWS allows 50 per "
                    + "resource and regionstack adds " + String.join(", ", RESERVED) + ")");
        }
        return tags;
    }
}
