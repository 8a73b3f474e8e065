package dev.regionstack.app.cli;

import dev.regionstack.app.TestFleets;
import dev.regionstack.app.pipeline.PipelineFleets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@code plan} says about a fleet whose first environment has the pipeline. */
class PipelinePlanCommandTest {
    @TempDir Path dir;

    @Test
    void planListsThePipelineAfterItsArtifactStacksInTheFirstWaves() throws IOException {
        Path file = TestFleets.write(dir, "fleet.yaml", PipelineFleets.WITH_PIPELINE);
        CliRun run = CliRun.of("plan", "-f", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("wave 1 (staging): demo-staging-eu-west-1-pipeline-artifacts "
                        + "demo-staging-us-east-1-pipeline-artifacts demo-staging-us-west-2-pipeline-artifacts "
                        + "demo-staging-eu-west-2-security\n")
                .contains("wave 2 (staging): demo-staging-eu-west-2-pipeline ")
                .contains("after demo-staging-us-east-1-pipeline-artifacts: its artifact bucket and key for the actions in us-east-1 live there");
    }
}
