package dev.regionstack.app.cli;

import dev.regionstack.names.PhysicalNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code failover} against a loopback stand-in for ARC Region switch (the SDK's endpoint override); no AWS. */
class FailoverCommandTest {
    static final String EXAMPLE = Path.of("..", "fleet.yaml").toString();
    static final String PLAN = PhysicalNames.regionSwitchPlan("acme", "prod", "us-east-2");
    static final String ARN = "arn:aws:arc-region-switch::333333333333:plan/" + PLAN + ":a1b2c3";

    @BeforeAll
    static void credentials() {   // static keys for the SDK's default chain: the stand-in does not check signatures
        System.setProperty("aws.accessKeyId", "AKIDEXAMPLE");
        System.setProperty("aws.secretAccessKey", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    }

    @AfterAll
    static void forget() {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    private static ArcStandIn standIn(Map<String, Object>... executions) {
        ArcStandIn arc = new ArcStandIn()
                .answer("ListPlansInRegion", Map.of("plans", List.of(
                        Map.of("arn", "arn:aws:arc-region-switch::333333333333:plan/other:zzzzzz", "name", "other",
                                "owner", "333333333333", "regions", List.of("us-east-1", "us-west-2"), "recoveryApproach", "activePassive"),
                        Map.of("arn", ARN, "name", PLAN, "owner", "333333333333", "regions", List.of("us-east-1", "us-east-2"),
                                "recoveryApproach", "activePassive"))))
                .answer("StartPlanExecution", Map.of("executionId", "exec-1", "plan", ARN, "planVersion", "1"));
        return arc.answer("GetPlanExecution", executions[0], java.util.Arrays.copyOfRange(executions, 1, executions.length));
    }

    private static Map<String, Object> execution(String state, Map<String, String> steps) {
        return Map.of("planArn", ARN, "executionId", "exec-1", "executionState", state, "executionAction", "activate",
                "stepStates", steps.entrySet().stream().map(s -> Map.of("name", s.getKey(), "status", s.getValue())).toList());
    }

    private static CliRun run(ArcStandIn arc, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("failover", "-f", EXAMPLE, "--env", "prod", "--to", "us-east-2",
                "--approve", "--endpoint-url", arc.endpoint().toString(), "--poll-seconds", "0"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void aPlannedSwitchoverStartsTheRegionsPlanGracefullyAndFollowsItToTheEnd() {
        try (ArcStandIn arc = standIn(
                execution("inProgress", new java.util.LinkedHashMap<>(Map.of("approve", "completed"))),
                execution("inProgress", Map.of("approve", "completed", "scale-service", "running")),
                execution("completed", Map.of("approve", "completed", "scale-service", "completed", "move-writer", "completed")))) {
            CliRun run = run(arc);
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(arc.requests()).extracting(ArcStandIn.Request::operation)
                    .containsExactly("ListPlansInRegion", "StartPlanExecution", "GetPlanExecution", "GetPlanExecution", "GetPlanExecution");
            var start = arc.requests().get(1).body();
            assertThat(start.path("planArn").asText()).isEqualTo(ARN);
            assertThat(start.path("targetRegion").asText()).isEqualTo("us-east-2");
            assertThat(start.path("action").asText()).isEqualTo("activate");
            assertThat(start.path("mode").asText()).isEqualTo("graceful");
            assertThat(run.out()).contains("failover prod: us-east-1 -> us-east-2 (planned), plan " + PLAN,
                    "  2. [plan] Aurora switchover: ", "started execution exec-1 of " + ARN + " (graceful)",
                    "  scale-service: running\n", "  move-writer: completed\n", "failover prod to us-east-2: completed\n",
                    "now by hand, Route53 health checks: the health check of us-east-1 is inverted");
        }
    }

    @Test
    void aFailedStepEndsWithExitOneAndNamesTheStep() {
        try (ArcStandIn arc = standIn(execution("pausedByFailedStep", Map.of("approve", "completed", "scale-service", "completed",
                "move-writer", "failed")))) {
            CliRun run = run(arc, "--unplanned");
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(arc.requests().get(1).body().path("mode").asText()).isEqualTo("ungraceful");
            assertThat(run.out()).contains("(unplanned: us-east-1 is lost)", "  2. [plan] Aurora failover: ", "  4. [by hand, after the plan] Route53 health checks: ");
            assertThat(run.err()).isEqualTo("error: execution exec-1 ended pausedByFailedStep at step move-writer; see it in"
                    + " the ARC console, then resume or cancel it there\n");
        }
    }

    @Test
    void aDryRunPrintsTheStepsAndCallsNothing() {
        try (ArcStandIn arc = standIn(execution("completed", Map.of()))) {
            CliRun run = run(arc, "--dry-run");
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("  1. [plan] Approval: ", "  2. [plan] Aurora switchover: ", "  3. [plan] ECS capacity: ",
                    "  Aurora global database acme-prod-aurora: RPO 0; ", "dry run: nothing started\n");
            assertThat(arc.requests()).isEmpty();
        }
    }

    @Test
    void aPlanThatIsNotDeployedIsOneLine() {
        try (ArcStandIn arc = new ArcStandIn().answer("ListPlansInRegion", Map.of("plans", List.of()))) {
            CliRun run = run(arc);
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).isEqualTo("error: no Region switch plan " + PLAN + " in us-east-2: deploy"
                    + " acme-prod-global-resilience first\n");
        }
    }

    @Test
    void regionsOutsideTheEnvironmentOrNotThroughThePrimaryAreInvalidArguments() {
        assertThat(CliRun.of("failover", "-f", EXAMPLE, "--env", "prod", "--to", "eu-west-1").err())
                .isEqualTo("error: --to eu-west-1: not a region of prod (us-east-1, us-east-2, us-west-2)\n");
        CliRun between = CliRun.of("failover", "-f", EXAMPLE, "--env", "prod", "--from", "us-east-2", "--to", "us-west-2");
        assertThat(between.exitCode()).isEqualTo(2);
        assertThat(between.err()).isEqualTo("error: --from us-east-2 --to us-west-2: each plan pairs the primary us-east-1"
                + " with one other region; move through us-east-1\n");
    }
}
