package dev.regionstack.verify;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * IAM condition blocks, for the operators the platform's policies use: String(Not)Equals, String(Not)Like,
 * Arn(Not)Equals, Arn(Not)Like, Bool, each with ForAnyValue:/ForAllValues: and ...IfExists. A key the request does
 * not carry fails a positive operator and passes a negated one, as IAM does; an operator it does not know fails.
 */
final class Conditions {
    private Conditions() {}

    static boolean hold(JsonNode conditions, Map<String, List<String>> context, Function<JsonNode, List<String>> values) {
        if (conditions == null || conditions.isMissingNode() || conditions.isNull()) return true;
        for (Map.Entry<String, JsonNode> operator : conditions.properties()) {
            for (Map.Entry<String, JsonNode> key : operator.getValue().properties()) {
                List<String> expected = values.apply(key.getValue());
                List<String> actual = context.get(key.getKey().toLowerCase(Locale.ROOT));
                if (!holds(operator.getKey(), expected, actual)) return false;
            }
        }
        return true;
    }

    private static boolean holds(String operator, List<String> expected, List<String> actual) {
        String op = operator;
        boolean anyValue = op.startsWith("ForAnyValue:");
        boolean allValues = op.startsWith("ForAllValues:");
        if (anyValue || allValues) op = op.substring(op.indexOf(':') + 1);
        boolean ifExists = op.endsWith("IfExists");
        if (ifExists) op = op.substring(0, op.length() - "IfExists".length());
        boolean negated = op.contains("Not");
        String base = op.replace("Not", "");
        if (actual == null || actual.isEmpty()) return ifExists || negated || allValues;
        java.util.function.BiPredicate<String, String> match = switch (base) {
            case "StringEquals", "ArnEquals" -> String::equals;
            case "StringEqualsIgnoreCase" -> String::equalsIgnoreCase;
            case "StringLike", "ArnLike" -> (pattern, value) -> Wildcards.matches(pattern, value, false);
            case "Bool" -> (pattern, value) -> pattern.equalsIgnoreCase(value);
            default -> null;
        };
        if (match == null) return false;
        List<Boolean> each = new ArrayList<>();
        for (String value : actual) each.add(expected.stream().anyMatch(e -> match.test(e, value)));
        boolean result = allValues ? each.stream().allMatch(b -> b) : each.stream().anyMatch(b -> b);
        return negated != result;
    }
}
