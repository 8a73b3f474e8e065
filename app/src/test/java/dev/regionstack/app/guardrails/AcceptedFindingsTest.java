package dev.regionstack.app.guardrails;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AcceptedFindingsTest {
    @Test
    void aLogicalIdGlobNarrowsTheResources() {
        var accepted = AcceptedFindings.parse("sqs_dlq_check | AWS::SQS::Queue:*DeadLetterQueue* | A dead-letter queue is the end of the line.\n");
        assertThat(accepted).hasSize(1);
        assertThat(accepted.get(0).covers("sqs_dlq_check", "AWS::SQS::Queue", "QueueDeadLetterQueue27D1B28A")).isTrue();
        assertThat(accepted.get(0).covers("sqs_dlq_check", "AWS::SQS::Queue", "Queue956AD878")).isFalse();
    }

    @Test
    void aBareTypeCoversEveryResourceOfIt() {
        var a = AcceptedFindings.parse("# comment\n\nrule_x | AWS::Logs::LogGroup | Retention follows the sizing by design.\n").get(0);
        assertThat(a.resource()).isEqualTo("AWS::Logs::LogGroup");
        assertThat(a.covers("rule_x", "AWS::Logs::LogGroup", "Anything123")).isTrue();
        assertThat(a.covers("rule_y", "AWS::Logs::LogGroup", "Anything123")).isFalse();
    }

    @Test
    void aLineWithoutThreeFieldsIsRejected() {
        assertThatThrownBy(() -> AcceptedFindings.parse("rule_x AWS::Logs::LogGroup\n"))
                .hasMessage("line 1: expected 'rule | resource | reason', got: rule_x AWS::Logs::LogGroup");
    }

    @Test
    void aReasonShorterThanASentenceIsRejected() {
        assertThatThrownBy(() -> AcceptedFindings.parse("\nrule_x | AWS::Logs::LogGroup | fine\n"))
                .hasMessageStartingWith("line 2: suppression of rule_x: the reason must be at least one sentence");
    }

    @Test
    void theShippedListLoads() {
        assertThat(AcceptedFindings.load()).extracting(AcceptedFindings.Accepted::rule)
                .contains("cloudwatch_log_group_retention_period_check", "sqs_dlq_check");
    }
}
