package dev.regionstack.app.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ValidateCommandTest {
    @TempDir Path dir;

    @BeforeAll
    static void warmUp() {
        CliRun.of("validate", "-f", "../fleet.yaml");   // the timed cases measure the refusal, not class loading
    }

    @Test
    void exampleFleetIsValid() {
        CliRun run = CliRun.of("validate", "-f", "../fleet.yaml");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("valid: 2 environments, 5 deployments");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aFileThatReplacesRegionstacksOwnTagsGetsOneNote() throws Exception {
        Path file = Files.writeString(dir.resolve("fleet.yaml"), dev.regionstack.app.guardrails.GuardrailFleets.THREE_ZONES);
        CliRun run = CliRun.of("validate", "-f", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err().lines()).containsExactly("note: " + file + ": the file's tags replace regionstack's own Environment "
                + "(tags.Environment), Region (environments.staging.tags.Region) and ManagedBy (environments.dev.tags.ManagedBy) "
                + "on the resources they cover");
    }

    @Test
    void invalidFleetPrintsEveryProblemAndExitsTwo() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.yaml"), """
                project: Acme
                environments:
                  dev:
                    account: 111111111111
                    regions:
                      eu-west-2: {cidr: 10.0.0.0/16, primary: true}
                """);
        CliRun run = CliRun.of("validate", "-f", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSizeGreaterThanOrEqualTo(2)
                .allMatch(l -> l.startsWith("error: " + file + ":"));
        assertThat(run.err()).contains(":1:10: project: ").contains(":4:14: environments.dev.account: ");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aWarningIsOneLineOnStderrAndTheFileStaysValid() throws Exception {
        Path file = Files.writeString(dir.resolve("small-class.yaml"), """
                project: acme
                environments:
                  dev:
                    account: "111111111111"
                    data: {aurora: {instanceClass: db.t4g.large}}
                    regions:
                      eu-west-2: {cidr: 10.0.0.0/16, primary: true}
                      eu-west-1: {cidr: 10.1.0.0/16}
                """);
        CliRun run = CliRun.of("validate", "-f", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("valid: 1 environments, 2 deployments");
        assertThat(run.err().lines()).containsExactly("warning: " + file + ":5:36: environments.dev.data.aurora.instanceClass: "
                + "`db.t4g.large` is not a memory-optimised instance class; AWS recommends db.r* or db.x2g* classes for Aurora "
                + "global databases (replication to the other regions needs the memory), e.g. db.r6g.large");
    }

    @Test
    void missingFileExitsTwoWithoutStackTrace() {
        CliRun run = CliRun.of("validate", "-f", dir.resolve("nope.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: ").doesNotContain("\tat ");
    }

    @Test
    void unknownOptionExitsTwo() {
        CliRun run = CliRun.of("validate", "--frobnicate");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--frobnicate'");
    }

    /** Exit 2 with exactly one short {@code error:} line, no trace, within a second. */
    private static String refusedInOneLine(String file) {
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> CliRun.of("validate", "-f", file));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().satisfies(line -> assertThat(line).startsWith("error: " + file + ":")
                .hasSizeLessThan(400).doesNotContain("Exception"));
        return run.err().strip();
    }

    @Test
    void aDeviceIsRefusedUnread() {
        assumeThat(Files.exists(Path.of("/dev/zero"))).isTrue();
        assertThat(refusedInOneLine("/dev/zero")).isEqualTo(
                "error: /dev/zero:1:1: (file): is a character device, not a regular file; pass the YAML file itself");
    }

    @Test
    void aFifoIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("fleet.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeThat(mkfifo.waitFor(5, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).as("needs mkfifo").isTrue();
        assertThat(refusedInOneLine(fifo.toString())).endsWith(": (file): is a FIFO (named pipe), not a regular file; pass the YAML file itself");
    }

    @Test
    void aDirectoryIsRefused() {
        assertThat(refusedInOneLine(dir.toString())).endsWith(": (file): is a directory, not a fleet file; pass the YAML file itself");
    }

    @Test
    void aFileOverTheLimitIsRefused() throws Exception {
        Path big = Files.writeString(dir.resolve("big.yaml"), "project: acme\n" + "#".repeat(1024 * 1024));
        assertThat(refusedInOneLine(big.toString())).contains(": (file): the file is " + Files.size(big)
                + " bytes; fleet files are limited to 1048576 bytes (1 MiB)");
    }

    @Test
    void aHundredThousandCharacterProjectNameIsCut() throws Exception {
        Path file = Files.writeString(dir.resolve("long.yaml"), """
                project: %s
                environments:
                  dev:
                    account: "111111111111"
                    regions:
                      eu-west-2: {cidr: 10.0.0.0/16, primary: true}
                """.formatted("a".repeat(100_000)));
        assertThat(refusedInOneLine(file.toString())).contains(":1:10: project: `" + "a".repeat(60) + "…` (100000 characters) is not valid: ");
    }

    @Test
    void aCidrHintIsItselfValid() throws Exception {
        Path file = Files.writeString(dir.resolve("cidr.yaml"), """
                project: acme
                environments:
                  dev:
                    account: "111111111111"
                    regions:
                      eu-west-2: {cidr: 172.16.0.0/8, primary: true}
                """);
        assertThat(refusedInOneLine(file.toString())).endsWith("got /8; did you mean 172.16.0.0/16?").doesNotContain("172.0.0.0/8");
    }
}
