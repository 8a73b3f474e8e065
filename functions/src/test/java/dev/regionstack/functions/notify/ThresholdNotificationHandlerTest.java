package dev.regionstack.functions.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.regionstack.functions.core.Consistency;
import dev.regionstack.functions.testing.Fixture;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ThresholdNotificationHandlerTest {
    /** This module's email port, recording instead of calling SES. */
    static final class RecordingEmail implements EmailSender {
        final List<String> sent = new CopyOnWriteArrayList<>();
        boolean failing;

        @Override
        public void sendTemplated(String to, String template, String data) {
            if (failing) {
                throw new IllegalStateException("SES throttled");
            }
            sent.add(to + " " + template + " " + data);
        }
    }

    private static SQSEvent event(List<String> bodies) {
        List<SQSEvent.SQSMessage> records = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            SQSEvent.SQSMessage m = new SQSEvent.SQSMessage();
            m.setMessageId("m" + i);
            m.setBody(bodies.get(i));
            records.add(m);
        }
        SQSEvent event = new SQSEvent();
        event.setRecords(records);
        return event;
    }

    private static Fixture orgAtEightyPercent() {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        f.org("acme", 100, Map.of("contactEmail", "ops@acme.example"));
        f.debit("acme", "u", 80, "r1");
        return f;
    }

    @Test
    void sendsTheThresholdsTemplateWithTheUsageAsData() {
        Fixture f = orgAtEightyPercent();
        RecordingEmail email = new RecordingEmail();
        ThresholdMailer mailer = new ThresholdMailer(f.dynamo, f.table, email, "rs-dev", Clock.systemUTC(), Duration.ofSeconds(60));

        SQSBatchResponse response = new ThresholdNotificationHandler(mailer)
                .handleRequest(event(List.of(f.published.messages().get(0).toJson())), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(email.sent).containsExactly("ops@acme.example rs-dev-threshold-80 {\"orgId\":\"acme\",\"period\":\""
                + f.accounts.currentPeriod() + "\",\"threshold\":80,\"used\":80,\"allowance\":100,\"balance\":20}");
    }

    @Test
    void aMessageDeliveredTwiceSendsOneEmail() {
        Fixture f = orgAtEightyPercent();
        RecordingEmail email = new RecordingEmail();
        ThresholdMailer mailer = new ThresholdMailer(f.dynamo, f.table, email, "rs-dev", Clock.systemUTC(), Duration.ofSeconds(60));
        String body = f.published.messages().get(0).toJson();

        new ThresholdNotificationHandler(mailer).handleRequest(event(List.of(body, body)), null);

        assertThat(email.sent).hasSize(1);
    }

    @Test
    void aFailedSendIsReportedAsABatchItemFailureAndSentOnRetry() {
        Fixture f = orgAtEightyPercent();
        RecordingEmail email = new RecordingEmail();
        email.failing = true;
        ThresholdMailer mailer = new ThresholdMailer(f.dynamo, f.table, email, "rs-dev", Clock.systemUTC(), Duration.ofSeconds(60));
        ThresholdNotificationHandler handler = new ThresholdNotificationHandler(mailer);
        SQSEvent event = event(List.of(f.published.messages().get(0).toJson()));

        SQSBatchResponse first = handler.handleRequest(event, null);
        email.failing = false;
        SQSBatchResponse retry = handler.handleRequest(event, null);

        assertThat(first.getBatchItemFailures()).extracting(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                .containsExactly("m0");
        assertThat(retry.getBatchItemFailures()).isEmpty();
        assertThat(email.sent).hasSize(1);
    }

    @Test
    void aMessageThatIsNotANotificationIsDroppedNotRetried() {
        Fixture f = new Fixture(Consistency.STRONG, "eu-west-2");
        RecordingEmail email = new RecordingEmail();
        ThresholdMailer mailer = new ThresholdMailer(f.dynamo, f.table, email, "rs-dev", Clock.systemUTC(), Duration.ofSeconds(60));

        SQSBatchResponse response = new ThresholdNotificationHandler(mailer).handleRequest(event(List.of("{oops")), null);

        assertThat(response.getBatchItemFailures()).isEmpty();
        assertThat(email.sent).isEmpty();
    }
}
