package dev.regionstack.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A cloud assembly written by hand for a test: a manifest and one template per stack, as the CDK writes them. */
final class TestAssembly {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ObjectNode manifest = JSON.createObjectNode().put("version", "48.0.0");
    private final ObjectNode artifacts = manifest.putObject("artifacts");
    private final Map<String, String> templates = new java.util.LinkedHashMap<>();

    /** A stack in 111111111111/eu-west-1 with these resources (JSON of the Resources section). */
    TestAssembly stack(String name, String template, String... dependencies) {
        return stack(name, "111111111111", "eu-west-1", template, Map.of(), dependencies);
    }

    TestAssembly stack(String name, String account, String region, String template, Map<String, String> tags, String... dependencies) {
        ObjectNode artifact = artifacts.putObject(name);
        artifact.put("type", "aws:cloudformation:stack").put("environment", "aws://" + account + "/" + region);
        ObjectNode properties = artifact.putObject("properties").put("templateFile", name + ".template.json");
        ObjectNode tagNode = properties.putObject("tags");
        tags.forEach(tagNode::put);
        ArrayNode deps = artifact.putArray("dependencies");
        List.of(dependencies).forEach(deps::add);
        templates.put(name, template);
        return this;
    }

    Path write(Path dir) {
        try {
            Files.createDirectories(dir);
            JSON.writeValue(dir.resolve("manifest.json").toFile(), manifest);
            for (var t : templates.entrySet()) Files.writeString(dir.resolve(t.getKey() + ".template.json"), t.getValue());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problem lines of verifying this assembly, for one check. */
    List<String> problems(Path dir, String check) {
        return Verifier.verify(write(dir)).problems().stream().filter(p -> p.check().equals(check)).map(Problem::line).toList();
    }
}
