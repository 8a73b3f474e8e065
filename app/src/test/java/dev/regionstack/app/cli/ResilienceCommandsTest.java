package dev.regionstack.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ResilienceCommandsTest {
    static final String EXAMPLE = Path.of("..", "fleet.yaml").toString();
    @TempDir Path dir;

    @Test
    void planResilienceStatesRpoAndRtoPerEnvironment() {
        CliRun run = CliRun.of("plan", "-f", EXAMPLE, "--resilience");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("dev: eu-west-2, eu-west-1 (primary eu-west-2), activePassive, objective RTO 5 min\n")
                .contains("prod: us-east-1, us-east-2, us-west-2 (primary us-east-1), activePassive, objective RTO 5 min\n",
                        "  DynamoDB global table acme-prod-main, region loss\n    RPO 0\n",
                        "  nothing keeps it from 5 min\n");
    }

    @Test
    void planResilienceAsJsonForOneEnvironment() throws Exception {
        CliRun run = CliRun.of("plan", "-f", EXAMPLE, "--resilience", "--env", "prod", "--output", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json).hasSize(1);
        assertThat(json.get(0).path("environment").asText()).isEqualTo("prod");
        assertThat(json.get(0).path("objectives").get(0).path("rpo").asText()).isEqualTo("0");
    }

    @Test
    void runbookWritesOneFilePerEnvironment() throws Exception {
        CliRun run = CliRun.of("runbook", "-f", EXAMPLE, "-o", dir.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("wrote " + dir.resolve("dev.md") + "\nwrote " + dir.resolve("prod.md") + "\n");
        assertThat(Files.readString(dir.resolve("prod.md"))).startsWith("# Runbook: acme prod\n");
    }

    @Test
    void runbookOfAnUnknownEnvironmentIsAnInvalidArgument() {
        CliRun run = CliRun.of("runbook", "-f", EXAMPLE, "--env", "qa", "-o", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: --env qa: no such environment; the fleet has dev, prod\n");
    }
}
