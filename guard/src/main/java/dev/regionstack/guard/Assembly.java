package dev.regionstack.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CloudFormation stacks of a cloud assembly directory (what {@code cdk synth} writes): the artifacts of type
 * {@code aws:cloudformation:stack} in {@code manifest.json}, nested assemblies ({@code cdk:cloud-assembly}, what CDK
 * stages produce) included, keyed by stack name.
 */
public final class Assembly {
    public static final String MANIFEST = "manifest.json";
    static final String STACK_ARTIFACT = "aws:cloudformation:stack";
    private static final String NESTED_ASSEMBLY = "cdk:cloud-assembly";
    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One stack of the assembly.
     *
     * @param name     the CloudFormation stack name ({@code properties.stackName}, else the artifact id)
     * @param artifact the artifact's manifest entry, as written
     * @param template the template file
     */
    public record Stack(String name, String artifactId, ObjectNode artifact, Path template) {
        public JsonNode readTemplate() {
            return read(template);
        }

        /** The stack's tags as the manifest records them ({@code properties.tags}); empty when it has none. */
        public Map<String, String> tags() {
            Map<String, String> tags = new TreeMap<>();
            artifact.path("properties").path("tags").properties().forEach(e -> tags.put(e.getKey(), e.getValue().asText()));
            return tags;
        }

        /** The account of the artifact's {@code environment} ({@code aws://<account>/<region>}), or empty. */
        public String account() {
            return environmentPart(0);
        }

        /** The region of the artifact's {@code environment} ({@code aws://<account>/<region>}), or empty. */
        public String region() {
            return environmentPart(1);
        }

        /** The artifact ids this stack depends on ({@code dependencies}: other stacks and asset manifests). */
        public List<String> dependencies() {
            List<String> ids = new ArrayList<>();
            artifact.path("dependencies").forEach(d -> ids.add(d.asText()));
            return ids;
        }

        private String environmentPart(int index) {
            String environment = artifact.path("environment").asText("");
            if (!environment.startsWith("aws://")) return "";
            String[] parts = environment.substring("aws://".length()).split("/", -1);
            return parts.length == 2 && !parts[index].startsWith("unknown-") ? parts[index] : "";
        }
    }

    private Assembly() {
    }

    /** The stacks of the assembly in {@code dir}, by stack name. */
    public static Map<String, Stack> stacks(Path dir) {
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            throw new IllegalArgumentException("not a cloud assembly: " + manifest + " does not exist");
        }
        Map<String, Stack> stacks = new TreeMap<>();
        collect(dir, stacks);
        return stacks;
    }

    private static void collect(Path dir, Map<String, Stack> stacks) {
        JsonNode artifacts = read(dir.resolve(MANIFEST)).path("artifacts");
        artifacts.properties().forEach(entry -> {
            JsonNode artifact = entry.getValue();
            JsonNode properties = artifact.path("properties");
            switch (artifact.path("type").asText()) {
                case STACK_ARTIFACT -> {
                    String name = properties.path("stackName").asText(entry.getKey());
                    String templateFile = properties.path("templateFile").asText(entry.getKey() + ".template.json");
                    Stack stack = new Stack(name, entry.getKey(), (ObjectNode) artifact, dir.resolve(templateFile));
                    Stack clash = stacks.put(name, stack);
                    if (clash != null) {
                        throw new IllegalArgumentException("two stacks are named " + name + " in the assembly "
                                + dir + ": artifacts " + clash.artifactId() + " and " + entry.getKey());
                    }
                }
                case NESTED_ASSEMBLY -> collect(dir.resolve(properties.path("directoryName").asText()), stacks);
                default -> { }
            }
        });
    }

    public static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
