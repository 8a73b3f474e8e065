package dev.regionstack.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.List;
import java.util.Map;

/** Structural comparison of template values, as CloudFormation sees them. */
final class JsonValues {
    private JsonValues() {
    }

    /**
     * Whether two template values are the same: objects by keys and values (key order ignored), arrays element by
     * element (order matters), scalars by their text, since CloudFormation reads {@code 2} and {@code "2"} (or
     * {@code true} and {@code "true"}) alike. A missing value and a JSON null are the same.
     */
    static boolean same(JsonNode a, JsonNode b) {
        boolean aAbsent = a == null || a.isMissingNode() || a.isNull();
        boolean bAbsent = b == null || b.isMissingNode() || b.isNull();
        if (aAbsent || bAbsent) return aAbsent == bAbsent;
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) return false;
            for (Map.Entry<String, JsonNode> field : a.properties()) {
                if (!b.has(field.getKey()) || !same(field.getValue(), b.get(field.getKey()))) return false;
            }
            return true;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) return false;
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) return false;
            }
            return true;
        }
        if (a.isValueNode() && b.isValueNode()) return scalar(a).equals(scalar(b));
        return false;
    }

    private static String scalar(JsonNode value) {
        if (value.isNumber()) return value.decimalValue().stripTrailingZeros().toPlainString();
        return value.asText();
    }

    /** The values at a property path, {@code *} standing for every element of an array or object, as one array. */
    static JsonNode at(JsonNode root, List<String> path) {
        ArrayNode found = JsonNodeFactory.instance.arrayNode();
        collect(root, path, 0, found);
        return found;
    }

    private static void collect(JsonNode node, List<String> path, int depth, ArrayNode found) {
        if (node == null || node.isMissingNode() || node.isNull()) return;
        if (depth == path.size()) {
            found.add(node);
            return;
        }
        String segment = path.get(depth);
        if (segment.equals("*")) {
            node.elements().forEachRemaining(child -> collect(child, path, depth + 1, found));
        } else {
            collect(node.get(segment), path, depth + 1, found);
        }
    }
}
