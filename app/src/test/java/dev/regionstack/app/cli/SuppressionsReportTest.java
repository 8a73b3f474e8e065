package dev.regionstack.app.cli;

import dev.regionstack.app.TestFleets;
import dev.regionstack.app.guardrails.AcceptedFindings;
import dev.regionstack.app.guardrails.Suppressions;
import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.fleet.model.Fleet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@code plan --suppressions} prints for the example fleet. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuppressionsReportTest {
    private List<Suppressions.AttachedSuppression> attached;
    private String report;

    @BeforeAll
    void listTheExampleFleet() {
        Fleet fleet = TestFleets.example();
        attached = SuppressionsReport.of(fleet, RolloutPlanner.plan(fleet));
        report = SuppressionsReport.render(attached, AcceptedFindings.load());
    }

    @Test
    void eachSuppressionSitsOnOneResourceOfOneStack() {
        assertThat(attached).allSatisfy(a -> {
            assertThat(a.path()).startsWith(a.stack() + "/");
            assertThat(a.resource().getCfnResourceType()).isEqualTo(a.resourceType());
        });
        assertThat(attached).filteredOn(a -> a.suppression().rule().equals("AwsSolutions-S1")
                        && a.path().equals("acme-dev-eu-west-2-app/Service/AccessLogs/Resource"))
                .hasSize(1);
    }

    @Test
    void theHeaderCountsSuppressionsPerPack() {
        long aws = attached.stream().filter(a -> a.suppression().rule().startsWith("AwsSolutions-")).count();
        long nist = attached.stream().filter(a -> a.suppression().rule().startsWith("NIST.800.53.R5-")).count();
        assertThat(report).startsWith("cdk-nag suppressions: " + attached.size() + " (AwsSolutions " + aws + ", ");
        assertThat(report).contains("NIST.800.53.R5 " + nist + ")");
    }

    @Test
    void listsRuleReasonStackAndResource() {
        assertThat(report).contains("""
                  AwsSolutions-KDF1  (5)
                    reason: The delivery stream reads from a Kinesis stream encrypted with the region's key and writes to a KMS-encrypted bucket; Firehose does not allow server-side encryption with a Kinesis source.
                      acme-dev-eu-west-2-messaging  EventStream/DeliveryStream
                """);
    }

    @Test
    void listsTheAcceptedControlTowerFindings() {
        assertThat(report).contains("\nControl Tower accepted findings: " + AcceptedFindings.load().size()
                + " (app/src/main/resources/guardrails/accepted-control-tower-findings.txt)\n"
                + "  cloudwatch_log_group_retention_period_check  AWS::Logs::LogGroup\n");
    }
}
