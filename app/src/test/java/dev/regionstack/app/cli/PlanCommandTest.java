package dev.regionstack.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlanCommandTest {
    @Test
    void textPlanListsDeploymentsWavesAndReasons() {
        CliRun run = CliRun.of("plan", "-f", "../fleet.yaml");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("prod/us-east-1 (primary)  10.20.0.0/16")
                .contains("wave 1 (dev): ")
                .contains("-- manual approval before prod --")
                .contains("after acme-prod-us-east-1-data: the Aurora secondary joins the global cluster");
    }

    @Test
    void jsonPlanIsMachineReadable() throws Exception {
        CliRun run = CliRun.of("plan", "-f", "../fleet.yaml", "--output", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode plan = new ObjectMapper().readTree(run.out());
        assertThat(plan.path("project").asText()).isEqualTo("acme");
        assertThat(plan.path("deployments")).hasSize(5);
        assertThat(plan.path("criticalPath").asInt()).isEqualTo(plan.path("waves").size());
        JsonNode data = null;
        for (JsonNode s : plan.path("stacks")) if (s.path("name").asText().equals("acme-prod-us-east-2-data")) data = s;
        assertThat(data).isNotNull();
        assertThat(data.path("waitsFor").findValuesAsText("stack")).contains("acme-prod-us-east-1-data");
    }

    @Test
    void unknownOnlyExitsTwo() {
        CliRun run = CliRun.of("plan", "-f", "../fleet.yaml", "--only", "prod/mars-1");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: --only prod/mars-1: no such deployment");
    }

    @Test
    void badOutputFormatExitsTwo() {
        CliRun run = CliRun.of("plan", "-f", "../fleet.yaml", "--output", "yaml");
        assertThat(run.exitCode()).isEqualTo(2);
    }
}
