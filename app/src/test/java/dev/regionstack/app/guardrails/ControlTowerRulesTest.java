package dev.regionstack.app.guardrails;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AWS Control Tower proactive controls pass on every synthesized template of the example fleet and the test
 * fleets, except the failures accepted (with a reason) in guardrails/accepted-control-tower-findings.txt.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ControlTowerRulesTest {
    private final Map<String, List<ControlTowerGuard.Failure>> failures = new LinkedHashMap<>();
    private final List<AcceptedFindings.Accepted> accepted = AcceptedFindings.load();

    @BeforeAll
    void runGuardOverEveryFleet() throws Exception {
        var fleets = GuardrailFleets.all().toList(); // synth first (one jsii runtime), then the guard processes side by side
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Map<String, Future<List<ControlTowerGuard.Failure>>> running = new LinkedHashMap<>();
            for (var fleet : fleets) running.put(fleet.name(), pool.submit(() -> ControlTowerGuard.validate(fleet.result().outdir())));
            for (var e : running.entrySet()) failures.put(e.getKey(), e.getValue().get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyFailureIsAccepted() {
        List<String> unaccepted = new ArrayList<>();
        failures.forEach((fleet, list) -> list.stream()
                .filter(f -> accepted.stream().noneMatch(a -> a.covers(f.rule(), f.resourceType(), f.logicalId())))
                .forEach(f -> unaccepted.add(fleet + ": " + f)));
        assertThat(unaccepted).isEmpty();
    }

    @Test
    void everyAcceptedFindingIsStillNeeded() {
        List<String> unused = accepted.stream()
                .filter(a -> failures.values().stream().flatMap(List::stream)
                        .noneMatch(f -> a.covers(f.rule(), f.resourceType(), f.logicalId())))
                .map(a -> a.rule() + " | " + a.resource())
                .toList();
        assertThat(unused).isEmpty();
    }

    @Test
    void theGuardReportsFailuresItFinds() {
        // The example fleet's small environment keeps logs 7 days: the one-year retention control must fail there.
        assertThat(failures.get("example")).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("cloudwatch_log_group_retention_period_check");
            assertThat(f.control()).isEqualTo("CT.CLOUDWATCH.PR.2");
            assertThat(f.resourceType()).isEqualTo("AWS::Logs::LogGroup");
        });
    }
}
