package dev.regionstack.app.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.regionstack.app.guardrails.GuardrailFleets;
import dev.regionstack.verify.Problem;
import dev.regionstack.verify.Verifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deploy simulation knows what the data processor and the stream transformation need: on the enterprise fleet's
 * assembly, a removed grant of either is reported, in one line per missing request.
 */
class ProcessingPathsMutationsTest {
    @TempDir Path dir;

    /** The new problems of the copy whose {@code stack} lost every statement of an IAM policy {@code policyPrefix*} that {@code statement} selects. */
    private List<String> withoutStatements(String stack, String policyPrefix, Predicate<String> statement) {
        return withoutStatements(stack, policyPrefix, "PolicyDocument", statement);
    }

    private List<String> withoutStatements(String stack, String resourcePrefix, String document, Predicate<String> statement) {
        return AssemblyCopy.newProblems(GuardrailFleets.get("enterprise").result().outdir(), dir.resolve("mutated"), stack,
                resources -> resources.properties().forEach(e -> {
                    if (!e.getKey().startsWith(resourcePrefix)) return;
                    ArrayNode statements = (ArrayNode) e.getValue().path("Properties").path(document).path("Statement");
                    for (int i = statements.size() - 1; i >= 0; i--) {
                        if (statement.test(statements.get(i).toString())) statements.remove(i);
                    }
                }));
    }

    @Test
    void theProcessorWithoutItsTableGrantIsReported() {
        List<String> problems = withoutStatements("shopfront-prod-us-west-2-processor", "ProcessorFunctionRoleDefaultPolicy",
                s -> s.contains("dynamodb:UpdateItem"));
        assertThat(problems).singleElement().asString()
                .startsWith("error: shopfront-prod-us-west-2-processor/ProcessorFunction")
                .contains("the function shopfront-prod-object-processor updates items of the table shopfront-prod-main, but the role")
                .contains("may not dynamodb:UpdateItem on arn:aws:dynamodb:us-west-2:626262626262:table/shopfront-prod-main");
    }

    @Test
    void firehoseWithoutTheRightToInvokeItsTransformationIsReported() {
        List<String> problems = withoutStatements("shopfront-staging-eu-central-1-messaging", "EventStreamDeliveryPolicy",
                s -> s.contains("InvokeTransform"));
        assertThat(problems).hasSize(2).allSatisfy(line -> assertThat(line)
                .startsWith("error: shopfront-staging-eu-central-1-messaging/EventStreamDeliveryStream")
                .contains("Firehose invokes its transformation"));
        assertThat(String.join("\n", problems)).contains("may not lambda:InvokeFunction").contains("may not lambda:GetFunctionConfiguration");
    }

    @Test
    void aQueueKeyThatS3MayNotUseIsReported() {
        List<String> problems = withoutStatements("shopfront-staging-eu-west-2-processor", "ProcessorQueueKey", "KeyPolicy",
                s -> s.contains("s3.amazonaws.com"));
        assertThat(problems).hasSize(2).allSatisfy(line -> assertThat(line)
                .startsWith("error: shopfront-staging-eu-west-2-processor/ProcessorDataBucketNotifications")
                .contains("S3 notifies shopfront-staging-eu-west-2-processor/ProcessorQueue")
                .contains("of shopfront-staging-eu-west-2-616161616161-data, but the policy of its key"));
        assertThat(String.join("\n", problems)).contains("s3.amazonaws.com kms:GenerateDataKey").contains("s3.amazonaws.com kms:Decrypt");
    }

    @Test
    void aQueueThatS3MayNotSendToIsReported() {
        List<String> problems = withoutStatements("shopfront-prod-eu-west-1-processor", "ProcessorQueuePolicy", "PolicyDocument",
                s -> s.contains("s3.amazonaws.com"));
        assertThat(problems).singleElement().asString()
                .startsWith("error: shopfront-prod-eu-west-1-processor/ProcessorDataBucketNotifications")
                .contains("but no policy of the queue lets s3.amazonaws.com sqs:SendMessage for that bucket");
    }
}
