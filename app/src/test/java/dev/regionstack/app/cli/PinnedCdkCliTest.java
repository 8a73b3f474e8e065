package dev.regionstack.app.cli;

import dev.regionstack.deploy.CdkCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AWS CDK CLI pinned under tools/cdk-cli (installed by the build) runs regionstack as its CDK app, the way
 * cdk.json does: `cdk ls` and `cdk synth` on a fleet, offline. Fails, never skips, when the CLI is missing.
 */
class PinnedCdkCliTest {
    @TempDir static Path work;
    static Path fleet;

    @BeforeAll
    static void writeFleet() throws IOException {
        fleet = Files.writeString(work.resolve("fleet.yaml"), """
                project: clitest
                defaults:
                  components: [network, security, data, app]
                  data: {aurora: false}
                environments:
                  dev:
                    account: "111111111111"
                    regions:
                      eu-west-2: {cidr: 10.0.0.0/16, primary: true}
                      eu-west-1: {cidr: 10.1.0.0/16}
                """);
        writeCdkJson();
    }

    /** A cdk.json like the repository's, running regionstack from the test classpath instead of the packaged jar. */
    private static void writeCdkJson() throws IOException {
        String javaExe = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String app = javaExe + " -cp " + System.getProperty("java.class.path") + " dev.regionstack.app.Main cdk-app -f " + fleet;
        Files.writeString(work.resolve("cdk.json"), new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsString(java.util.Map.of("app", app)));
    }

    private static Result cdk(String... args) throws Exception {
        CdkCli cli = CdkCli.locate(Path.of("..").toAbsolutePath().normalize());
        List<String> command = new ArrayList<>(cli.command(List.of(args)));
        command.add("--no-notices");
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
        pb.environment().put("CDK_DISABLE_VERSION_CHECK", "1");
        pb.environment().put("CDK_DISABLE_CLI_TELEMETRY", "true");
        pb.environment().put("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(p.exitValue(), output);
    }

    record Result(int exitCode, String output) {}

    @Test
    void cdkListsEveryStackOfTheFleet() throws Exception {
        Result ls = cdk("ls");
        assertThat(ls.exitCode()).as(ls.output()).isZero();
        assertThat(ls.output().lines()).contains(
                "clitest-dev-eu-west-2-security", "clitest-dev-eu-west-2-network", "clitest-dev-eu-west-2-data",
                "clitest-dev-eu-west-2-app", "clitest-dev-eu-west-1-peering-routes", "clitest-dev-eu-west-1-app");
        // aurora: false: a non-primary region's data stack would hold nothing, so there is none
        assertThat(ls.output().lines()).doesNotContain("clitest-dev-eu-west-1-data");
    }

    @Test
    void cdkSynthesizesTheFleet() throws Exception {
        Result synth = cdk("synth", "--quiet", "--output", work.resolve("cdk.out").toString());
        assertThat(synth.exitCode()).as(synth.output()).isZero();
        assertThat(work.resolve("cdk.out").resolve("clitest-dev-eu-west-2-data.template.json")).isRegularFile();
        assertThat(work.resolve("cdk.out").resolve("clitest-dev-eu-west-1-app.template.json")).isRegularFile();
        assertThat(work.resolve("cdk.out").resolve("clitest-dev-eu-west-1-data.template.json")).doesNotExist();
        assertThat(work.resolve("cdk.out").resolve("manifest.json")).isRegularFile();
    }
}
