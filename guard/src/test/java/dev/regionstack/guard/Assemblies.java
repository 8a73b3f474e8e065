package dev.regionstack.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes small cloud assemblies shaped like {@code cdk synth} output (manifest.json with asset-manifest, stack and tree
 * artifacts; templates with CDKMetadata, the BootstrapVersion parameter and rule) around hand-written resources.
 */
final class Assemblies {
    static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final Map<String, String> stacks = new LinkedHashMap<>();

    private Assemblies(Path root) {
        this.root = root;
    }

    static Assemblies in(Path root) {
        return new Assemblies(root);
    }

    /** Adds a stack whose {@code Resources} object is {@code resources} (JSON text). */
    Assemblies stack(String name, String resources) {
        stacks.put(name, resources);
        return this;
    }

    /** Writes the assembly into {@code <root>/<dir>} and returns that directory. */
    Path write(String dir) {
        try {
            Path out = Files.createDirectories(root.resolve(dir));
            ObjectNode manifest = JSON.createObjectNode().put("version", "48.0.0");
            ObjectNode artifacts = manifest.putObject("artifacts");
            for (Map.Entry<String, String> stack : stacks.entrySet()) {
                String name = stack.getKey();
                artifacts.set(name + ".assets", JSON.readTree("""
                        {"type": "cdk:asset-manifest",
                         "properties": {"file": "%s.assets.json", "requiresBootstrapStackVersion": 6,
                                        "bootstrapStackVersionSsmParameter": "/cdk-bootstrap/hnb659fds/version"}}
                        """.formatted(name)));
                artifacts.set(name, JSON.readTree("""
                        {"type": "aws:cloudformation:stack",
                         "environment": "aws://111111111111/eu-west-2",
                         "properties": {"templateFile": "%1$s.template.json", "terminationProtection": true,
                                        "validateOnSynth": false, "stackName": "%1$s",
                                        "assumeRoleArn": "arn:${AWS::Partition}:iam::111111111111:role/cdk-hnb659fds-deploy-role-111111111111-eu-west-2"},
                         "dependencies": ["%1$s.assets"],
                         "displayName": "%1$s"}
                        """.formatted(name)));
                Files.writeString(out.resolve(name + ".template.json"), template(stack.getValue()));
            }
            artifacts.set("Tree", JSON.readTree("""
                    {"type": "cdk:tree", "properties": {"file": "tree.json"}}"""));
            Files.writeString(out.resolve("manifest.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String template(String resources) throws IOException {
        ObjectNode template = JSON.createObjectNode().put("Description", "regionstack test stack");
        ObjectNode all = (ObjectNode) JSON.readTree(resources);
        all.set("CDKMetadata", JSON.readTree("""
                {"Type": "AWS::CDK::Metadata",
                 "Properties": {"Analytics": "v2:deflate64:H4sIAAAAAAAA/zPSMzQ%s"},
                 "Metadata": {"aws:cdk:path": "stack/CDKMetadata/Default"}}
                """.formatted(Integer.toHexString(resources.hashCode()))));
        template.set("Resources", all);
        template.set("Parameters", JSON.readTree("""
                {"BootstrapVersion": {"Type": "AWS::SSM::Parameter::Value<String>",
                                      "Default": "/cdk-bootstrap/hnb659fds/version"}}"""));
        template.set("Rules", JSON.readTree("""
                {"CheckBootstrapVersion": {"Assertions": [{"Assert": {"Fn::Not": [{"Fn::Contains": [["1", "2", "3", "4", "5"],
                 {"Ref": "BootstrapVersion"}]}]}, "AssertDescription": "CDK bootstrap stack version 6 required."}]}}"""));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(template);
    }

    static JsonNode readJsonText(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
