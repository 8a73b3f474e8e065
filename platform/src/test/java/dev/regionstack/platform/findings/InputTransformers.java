package dev.regionstack.platform.findings;

import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the input transformers of a template's EventBridge rules, as EventBridge will apply them. */
final class InputTransformers {
    private static final Pattern PLACEHOLDER = Pattern.compile("<([^<>]*)>");

    private InputTransformers() {}

    /** The first target's input transformer of the one rule whose description starts with {@code description}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> of(Template template, String description) {
        Map<String, Map<String, Object>> rules = (Map<String, Map<String, Object>>) (Map<?, ?>) template.findResources("AWS::Events::Rule");
        List<Map<String, Object>> matching = rules.values().stream()
                .map(r -> (Map<String, Object>) r.get("Properties"))
                .filter(p -> String.valueOf(p.get("Description")).startsWith(description))
                .toList();
        assertThat(matching).as("rules described " + description).hasSize(1);
        List<Map<String, Object>> targets = (List<Map<String, Object>>) matching.get(0).get("Targets");
        assertThat(targets).hasSize(1);
        return (Map<String, Object>) targets.get(0).get("InputTransformer");
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> paths(Map<String, Object> transformer) {
        return (Map<String, String>) transformer.get("InputPathsMap");
    }

    static String template(Map<String, Object> transformer) {
        return (String) transformer.get("InputTemplate");
    }

    /** What EventBridge sends for {@code values} (JSON path to value): each placeholder replaced, as it does. */
    static String render(Map<String, Object> transformer, Map<String, String> values) {
        Map<String, String> paths = paths(transformer);
        Matcher m = PLACEHOLDER.matcher(template(transformer));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String path = paths.get(m.group(1));
            assertThat(path).as("placeholder <" + m.group(1) + "> is in the InputPathsMap (EventBridge refuses one that is not)").isNotNull();
            assertThat(values).as("a value for " + path).containsKey(path);
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(path)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
