package dev.regionstack.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DiagramCommandTest {
    private static final String EXAMPLE = Path.of("..", "fleet.yaml").toString();

    @Test
    void dotAndMermaidGoToStandardOutput() {
        CliRun dot = CliRun.of("diagram", "-f", EXAMPLE, "--format", "dot");
        assertThat(dot.exitCode()).isZero();
        assertThat(dot.out()).startsWith("digraph fleet {");
        CliRun mermaid = CliRun.of("diagram", "-f", EXAMPLE, "--format", "mermaid", "--env", "dev");
        assertThat(mermaid.exitCode()).isZero();
        assertThat(mermaid.out()).contains("flowchart LR").contains("eu-west-2 (primary)").doesNotContain("us-east-1");
    }

    @Test
    void theFormatFollowsTheExtension(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/fleet.mmd");
        CliRun run = CliRun.of("diagram", "-f", EXAMPLE, "-o", file.toString(), "--waves");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("wrote " + file + " (mermaid: ");
        assertThat(Files.readString(file)).contains("flowchart LR").contains("· wave 1");
    }

    @Test
    void theSameFleetGivesTheSameBytes(@TempDir Path dir) throws Exception {
        CliRun.of("diagram", "-f", EXAMPLE, "-o", dir.resolve("a.dot").toString());
        CliRun.of("diagram", "-f", EXAMPLE, "-o", dir.resolve("b.dot").toString());
        assertThat(Files.readString(dir.resolve("a.dot"))).isEqualTo(Files.readString(dir.resolve("b.dot")));
    }

    @Test
    void anUnknownEnvironmentOrFormatIsExitTwoWithOneLine() {
        CliRun env = CliRun.of("diagram", "-f", EXAMPLE, "--env", "nope", "--format", "dot");
        assertThat(env.exitCode()).isEqualTo(2);
        assertThat(env.err()).startsWith("error: --env nope: no such environment");
        assertThat(env.err().strip().lines()).hasSize(1);
        CliRun format = CliRun.of("diagram", "-f", EXAMPLE, "--format", "png");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("--format").contains("png");
    }
}
