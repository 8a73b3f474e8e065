package dev.regionstack.app.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The cross-stack references (Fn::ImportValue) of a synthesized cloud assembly, read from its templates. */
final class AssemblyReferences {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, JsonNode> templates = new LinkedHashMap<>();

    AssemblyReferences(Path assembly, List<String> stacks) {
        for (String stack : stacks) {
            try {
                templates.put(stack, JSON.readTree(assembly.resolve(stack + ".template.json").toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Every {@code Fn::ImportValue} as {@code importer -> exporter:exportName}. */
    List<String> imports() {
        List<String> all = new ArrayList<>();
        templates.forEach((stack, template) -> visit(template, "Fn::ImportValue",
                v -> all.add(stack + " -> " + v.asText())));
        return all;
    }

    /**
     * Every import that does not name an export its stack makes of a value of its own resources: an export that
     * does not exist (a stack that is not there, or one CloudFormation never creates) or one whose value comes from
     * the exporter's parameters (a value it only passes on). Empty when every reference is sound.
     */
    List<String> importsOfValuesTheExporterDoesNotOwn() {
        List<String> problems = new ArrayList<>();
        for (String reference : imports()) {
            String importer = reference.substring(0, reference.indexOf(" -> "));
            String export = reference.substring(reference.indexOf(" -> ") + 4);
            String exporter = export.substring(0, export.indexOf(':'));
            JsonNode template = templates.get(exporter);
            JsonNode output = template == null ? null : outputExporting(template, export);
            if (output == null) {
                problems.add(importer + " imports " + export + ", which no synthesized stack exports");
                continue;
            }
            List<String> refs = new ArrayList<>();
            visit(output.path("Value"), "Ref", v -> refs.add(v.asText()));
            visit(output.path("Value"), "Fn::GetAtt", v -> refs.add(v.path(0).asText()));
            refs.removeIf(r -> r.startsWith("AWS::"));
            if (refs.isEmpty() || !refs.stream().allMatch(r -> template.path("Resources").has(r))) {
                problems.add(importer + " imports " + export + ", a value of " + refs + " that are not resources of " + exporter);
            }
        }
        return problems;
    }

    private static JsonNode outputExporting(JsonNode template, String exportName) {
        for (JsonNode output : template.path("Outputs")) {
            if (exportName.equals(output.path("Export").path("Name").asText())) return output;
        }
        return null;
    }

    private static void visit(JsonNode node, String key, Consumer<JsonNode> found) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals(key)) found.accept(e.getValue());
                visit(e.getValue(), key, found);
            });
        } else if (node.isArray()) {
            node.forEach(n -> visit(n, key, found));
        }
    }
}
