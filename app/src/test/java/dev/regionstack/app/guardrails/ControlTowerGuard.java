package dev.regionstack.app.guardrails;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the cfn-guard binary shipped by {@code @cdklabs/cdk-validator-cfnguard} (installed by the build into
 * tools/cfn-guard/node_modules) with its Control Tower rules over every template of a cloud assembly, in one call
 * (several {@code --data}), the way the package's own validator does, and lists the failures per resource.
 */
final class ControlTowerGuard {
    static final Path PACKAGE = Path.of("..", "tools", "cfn-guard", "node_modules", "@cdklabs", "cdk-validator-cfnguard");
    private static final Pattern RESOURCE = Pattern.compile("/Resources/([A-Za-z0-9]+)");
    private static final Pattern CONTROL = Pattern.compile("\\[(CT\\.[A-Z0-9.]+)]");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One failing rule on one resource. */
    record Failure(String rule, String control, String template, String logicalId, String resourceType) {
        @Override public String toString() {
            return rule + " (" + control + ") " + template + " " + logicalId + " [" + resourceType + "]";
        }
    }

    private ControlTowerGuard() {}

    static Path binary() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("mac") ? "macos" : "ubuntu";
        String arch = System.getProperty("os.arch").matches("aarch64|arm64") ? "aarch64" : "x86_64";
        return PACKAGE.resolve(Path.of("bin", os, arch, "cfn-guard"));
    }

    static Path rules() { return PACKAGE.resolve(Path.of("rules", "control-tower", "cfn-guard")); }

    static List<Failure> validate(Path assembly) throws IOException, InterruptedException {
        if (!Files.isExecutable(binary()) || !Files.isDirectory(rules())) {
            throw new AssertionError("cfn-guard or its Control Tower rules are missing under " + PACKAGE.toAbsolutePath().normalize()
                    + "; the Maven build installs them (app module, generate-test-resources: node tools/cfn-guard/ensure-installed.js)");
        }
        List<Path> templates;
        try (Stream<Path> files = Files.list(assembly)) {
            templates = files.filter(f -> f.getFileName().toString().endsWith(".template.json")).sorted().toList();
        }
        List<String> command = new ArrayList<>(List.of(binary().toString(), "validate", "--rules", rules().toString()));
        for (Path t : templates) command.addAll(List.of("--data", t.toString()));
        command.addAll(List.of("--output-format", "json", "--show-summary", "none", "--structured"));
        Path out = Files.createTempFile("cfn-guard", ".json");
        Path err = Files.createTempFile("cfn-guard", ".err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("cfn-guard did not finish in 10 minutes");
        }
        // Exit code 19 means "some rule failed"; anything else but 0 is a crash.
        if (p.exitValue() != 0 && p.exitValue() != 19) {
            throw new AssertionError("cfn-guard exited " + p.exitValue() + ": " + Files.readString(err));
        }
        List<Failure> failures = new ArrayList<>();
        for (JsonNode file : JSON.readTree(out.toFile())) {
            Path template = Path.of(file.path("name").asText());
            JsonNode resources = JSON.readTree(template.toFile()).path("Resources");
            for (JsonNode failed : file.path("not_compliant")) {
                String rule = failed.path("Rule").path("name").asText("?");
                String text = failed.toString();
                Matcher control = CONTROL.matcher(text);
                Set<String> ids = new TreeSet<>();
                Matcher id = RESOURCE.matcher(text);
                while (id.find()) ids.add(id.group(1));
                for (String logicalId : ids) {
                    failures.add(new Failure(rule, control.find() ? control.group(1) : "?", template.getFileName().toString(),
                            logicalId, resources.path(logicalId).path("Type").asText("?")));
                }
            }
        }
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return failures;
    }
}
