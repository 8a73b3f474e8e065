package dev.regionstack.fleet;

import dev.regionstack.fleet.model.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code components}: known names, no duplicates, each one's needs in the same list, and {@code dns} only with a
 * {@code dns} block (the top-level one, or the environment's own). A list is checked on its own: lists replace, never merge, so a list is the whole
 * choice wherever it is written.
 */
final class ComponentsReader {
    private static final List<String> NAMES = Arrays.stream(Component.values()).map(Component::fileName).toList();

    private ComponentsReader() {}

    static Optional<List<Component>> read(Node node, String path, boolean hasDnsBlock, Values values) {
        Optional<Node.ListNode> list = values.list(node, path, "[network, security, data, app]");
        if (list.isEmpty()) return Optional.empty();
        if (list.get().items().isEmpty()) {
            values.problem(node.position(), path, "the list is empty; name at least one component, e.g. [network]");
            return Optional.empty();
        }
        Map<Component, Integer> chosen = new LinkedHashMap<>();
        Map<Component, Node> nodes = new LinkedHashMap<>();
        boolean valid = true;
        for (int i = 0; i < list.get().items().size(); i++) {
            Node item = list.get().items().get(i);
            String itemPath = KeyPath.item(path, i);
            Optional<String> name = values.string(item, itemPath, NAMES::contains);
            if (name.isEmpty()) {
                valid = false;
            } else if (!NAMES.contains(name.get())) {
                values.problem(item.position(), itemPath, "unknown component " + Echo.quoted(name.get()) + Suggestions.hint(name.get(), NAMES));
                valid = false;
            } else {
                Component c = Component.valueOf(name.get().toUpperCase(java.util.Locale.ROOT));
                if (chosen.containsKey(c)) {
                    values.problem(item.position(), itemPath, "`" + name.get() + "` is listed twice (also at "
                            + KeyPath.item(path, chosen.get(c)) + "); remove one");
                    valid = false;
                } else {
                    chosen.put(c, i);
                    nodes.put(c, item);
                }
            }
        }
        for (Map.Entry<Component, Integer> e : chosen.entrySet()) {
            Component c = e.getKey();
            String itemPath = KeyPath.item(path, e.getValue());
            List<String> missing = new ArrayList<>();
            for (Component need : c.needs()) {
                if (!chosen.containsKey(need)) missing.add(need.fileName());
            }
            if (!c.needsOneOf().isEmpty() && c.needsOneOf().stream().noneMatch(chosen::containsKey)) {
                List<String> names = c.needsOneOf().stream().map(Component::fileName).toList();
                values.problem(nodes.get(c).position(), itemPath, "`" + c.fileName() + "` needs `" + String.join("` or `", names)
                        + "` (its records route to the load balancers, or without them to the API); add one to the list or remove `"
                        + c.fileName() + "`");
                valid = false;
            }
            if (!missing.isEmpty()) {
                values.problem(nodes.get(c).position(), itemPath, "`" + c.fileName() + "` needs `" + String.join("`, `", missing)
                        + "`; add " + (missing.size() == 1 ? "it" : "them") + " to the list or remove `" + c.fileName() + "`");
                valid = false;
            }
            if (c == Component.DNS && !hasDnsBlock) {
                values.problem(nodes.get(c).position(), itemPath, "`dns` needs a `dns` block (zoneName and zoneId of an "
                        + "existing hosted zone) at the top level or in " + (path.startsWith("defaults") ? "every environment"
                        : "the environment") + "; add one, or remove `dns` from the list");
                valid = false;
            }
        }
        return valid ? Optional.of(List.copyOf(chosen.keySet())) : Optional.empty();
    }
}
