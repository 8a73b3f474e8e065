package dev.regionstack.fleet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys of one map, checked against the keys allowed at its place: a duplicate is reported at its second
 * occurrence, a key that belongs at another level says where, and any other unknown key gets a "did you mean".
 */
final class MapFields {
    private final Map<String, Node.Entry> first = new LinkedHashMap<>();
    private final Position owner;
    private final String path;

    private MapFields(Position owner, String path) {
        this.owner = owner;
        this.path = path;
    }

    /**
     * @param owner     where the map's own key is (a missing key is reported there)
     * @param allowed   the keys of this place, in documentation order
     * @param elsewhere keys that belong at another level, with where they belong (completing "... belongs ...")
     */
    static MapFields check(Node.MapNode map, Position owner, String path, List<String> allowed, Map<String, String> elsewhere, Values values) {
        MapFields fields = new MapFields(owner, path);
        for (Node.Entry entry : map.entries()) {
            String keyPath = KeyPath.child(path, entry.key());
            Node.Entry earlier = fields.first.get(entry.key());
            if (earlier != null) {
                values.problem(entry.keyPosition(), keyPath, "duplicate key " + Echo.quoted(entry.key()) + " (first set at line "
                        + earlier.keyPosition().line() + "); keep one of them");
            } else if (allowed.contains(entry.key())) {
                fields.first.put(entry.key(), entry);
            } else if (elsewhere.containsKey(entry.key())) {
                values.problem(entry.keyPosition(), keyPath, Echo.quoted(entry.key()) + " cannot be set here: it " + elsewhere.get(entry.key()));
            } else if (entry.key().equals("<<")) {
                values.problem(entry.keyPosition(), keyPath, "YAML merge keys (`<<`) are not supported; "
                        + "write the keys out, or rely on `defaults`, which environments and regions inherit");
            } else {
                values.problem(entry.keyPosition(), keyPath, "unknown key " + Echo.quoted(entry.key()) + Suggestions.hint(entry.key(), allowed));
            }
        }
        return fields;
    }

    Optional<Node> value(String key) {
        return Optional.ofNullable(first.get(key)).map(Node.Entry::value);
    }

    Optional<Node.Entry> entry(String key) {
        return Optional.ofNullable(first.get(key));
    }

    boolean has(String key) { return first.containsKey(key); }

    String path(String key) { return KeyPath.child(path, key); }

    /** Reports {@code key} missing, at the map's own key. */
    void missing(String key, String what, Values values) {
        values.problem(owner, path(key), "missing required key `" + key + "`: " + what);
    }
}
