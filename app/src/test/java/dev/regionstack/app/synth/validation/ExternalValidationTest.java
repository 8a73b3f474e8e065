package dev.regionstack.app.synth.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.sample.SampleFleets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Validations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validation outside jsii's process gives CDK's own result: the same assembly, report included, as CDK's default
 * instance in jsii's process; and when its server cannot run, CDK's plugin in jsii's process takes over.
 */
class ExternalValidationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;

    @Test
    void aFleetsAssemblyIsByteForByteTheOneCdksDefaultValidationWrites() throws Exception {
        Path fleet = Files.writeString(dir.resolve("fleet.yaml"), SampleFleets.generate(3, 1, 2, Component.DEFAULTS));
        Path inJsii = synthInNewJvm(fleet, dir.resolve("in-jsii"), false);
        Path outside = synthInNewJvm(fleet, dir.resolve("outside"), true);

        Map<String, String> cdks = contents(inJsii);
        Map<String, String> ours = contents(outside);
        assertThat(ours.keySet()).isEqualTo(cdks.keySet());
        cdks.forEach((name, text) -> assertThat(ours.get(name)).as(name).isEqualTo(text));
        // not an empty report: the fleet's acknowledged findings are in it, with their acknowledgements
        JsonNode report = JSON.readTree(cdks.get("validation-report.json")).path("pluginReports").path(0);
        assertThat(report.path("pluginName").asText()).isEqualTo("CloudFormation Validate");
        assertThat(report.path("suppressedViolations").size()).isGreaterThan(2);
        assertThat(report.path("suppressedViolations").path(0).path("acknowledgedId").asText()).startsWith("CloudFormation-Validate::");
    }

    @Test
    void withoutItsServerThePluginValidatesInJsiisProcessAndSaysSo() throws Exception {
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        ExternalValidation broken = ExternalValidation.startInBackground(
                Map.of("JSII_NODE", dir.resolve("no-such-node").toString(), "XDG_CACHE_HOME", dir.resolve("cache").toString()),
                new PrintStream(said, true, StandardCharsets.UTF_8));
        ExternalValidation working = ExternalValidation.startInBackground(System.getenv(), System.err);

        List<String> withoutServer = findings(appWithAnUnknownProperty(dir.resolve("broken"), broken));
        List<String> withServer = findings(appWithAnUnknownProperty(dir.resolve("working"), working));

        assertThat(withServer).contains("F3002 Topic warning");   // CDK reports its own rules as warnings
        assertThat(withoutServer).isEqualTo(withServer);
        assertThat(said.toString(StandardCharsets.UTF_8)).startsWith("warning: CloudFormation validation runs in jsii's process (slower): ")
                .contains("no-such-node");
    }

    /** A synthesized app whose one resource has a property its type does not have, validated by {@code plugin}. */
    private static Path appWithAnUnknownProperty(Path outdir, ExternalValidation plugin) {
        App app = new App(AppProps.builder().outdir(outdir.toString()).analyticsReporting(false).build());
        Validations.of(app).addPlugins(plugin);
        Stack stack = new Stack(app, "Checked");
        CfnResource.Builder.create(stack, "Topic").type("AWS::SNS::Topic").properties(Map.of("NotAProperty", "x")).build();
        app.synth();
        return outdir.resolve("validation-report.json");
    }

    private static List<String> findings(Path report) throws IOException {
        List<String> findings = new ArrayList<>();
        for (JsonNode plugin : JSON.readTree(report.toFile()).path("pluginReports")) {
            for (JsonNode v : plugin.path("violations")) {
                for (JsonNode c : v.path("violatingConstructs")) {
                    findings.add(v.path("ruleName").asText() + " " + c.path("cloudFormationResource").path("logicalId").asText()
                            + " " + v.path("severity").asText());
                }
            }
        }
        return findings;
    }

    /** A synth in a new JVM, validating outside jsii's process as the launcher sets it up, or with CDK's default. */
    private static Path synthInNewJvm(Path fleet, Path out, boolean outside) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "dev.regionstack.app.Main", "synth", "--no-cache", "-f", fleet.toString(), "-o", out.toString());
        builder.environment().remove("CDK_VALIDATION");
        builder.environment().remove("REGIONSTACK_CDK_VALIDATION");
        if (outside) {
            builder.environment().put("CDK_VALIDATION", "false");
            builder.environment().put("REGIONSTACK_CDK_VALIDATION", "true");
        }
        Path log = out.resolveSibling(out.getFileName() + ".log");
        Process p = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
        assertThat(Files.readString(log)).doesNotContain("warning: CloudFormation validation runs in jsii's process");
        return out;
    }

    /** Every file of the assembly, the assembly's own directory written as {@code <out>} (the two synths' differ). */
    private static Map<String, String> contents(Path out) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(p).toString(), Files.readString(p, StandardCharsets.ISO_8859_1).replace(out.toString(), "<out>"));
            }
        }
        return files;
    }
}
