package dev.regionstack.app.synth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.regionstack.app.guardrails.GuardrailFleets;
import dev.regionstack.app.stacks.DataStack;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Environment;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data processor and the stream transformation as the enterprise fleet (2 environments x 3 regions, both on)
 * synthesizes them: in every region, wired to that region's bucket, table and stream.
 */
class ProcessingPlatformTest {
    private static final GuardrailFleets.Synthesized ENTERPRISE = GuardrailFleets.get("enterprise");

    private static List<Deployment> deployments() {
        return ENTERPRISE.fleet().environments().stream().flatMap(e -> e.deployments().stream()).toList();
    }

    private static String stack(Deployment d, String layer) {
        return ENTERPRISE.fleet().project() + "-" + d.environment() + "-" + d.region() + "-" + layer;
    }

    private static List<JsonNode> ofType(String stack, String type) {
        List<JsonNode> found = new ArrayList<>();
        Templates.template(ENTERPRISE, stack).path("Resources").forEach(r -> {
            if (r.path("Type").asText().equals(type)) found.add(r);
        });
        return found;
    }

    @Test
    void everyRegionsDataBucketNotifiesItsProcessorsQueueWithoutTakingOverTheConfiguration() {
        assertThat(deployments()).hasSize(6);
        for (Deployment d : deployments()) {
            List<JsonNode> notifications = ofType(stack(d, "processor"), "Custom::S3BucketNotifications");
            assertThat(notifications).as(d.key()).hasSize(1);
            JsonNode properties = notifications.get(0).path("Properties");
            assertThat(properties.path("BucketName").asText()).isEqualTo(DataStack.bucketName(d));
            assertThat(properties.path("Managed").asBoolean(true)).isFalse();
            JsonNode queue = properties.path("NotificationConfiguration").path("QueueConfigurations").get(0);
            assertThat(queue.path("Events").toString()).isEqualTo("[\"s3:ObjectCreated:*\"]");
            assertThat(queue.path("QueueArn").path("Fn::GetAtt").get(0).asText()).startsWith("ProcessorQueue");
        }
    }

    @Test
    void theBucketEachProcessorNotifiesIsCreatedByThatRegionsDataOrSecurityStack() {
        for (Deployment d : deployments()) {
            String owner = stack(d, d.primary() ? "data" : "security");
            assertThat(ofType(owner, "AWS::S3::Bucket")).as(d.key())
                    .anySatisfy(b -> assertThat(b.path("Properties").path("BucketName").asText()).isEqualTo(DataStack.bucketName(d)));
        }
    }

    @Test
    void theProcessorWritesOnlyThroughUpdateItemOnTheEnvironmentsTable() {
        for (Deployment d : deployments()) {
            JsonNode function = ofType(stack(d, "processor"), "AWS::Lambda::Function").stream()
                    .filter(f -> f.path("Properties").path("Handler").asText().contains("ObjectEventHandler")).findFirst().orElseThrow();
            assertThat(function.path("Properties").path("FunctionName").asText()).isEqualTo(
                    ENTERPRISE.fleet().project() + "-" + d.environment() + "-object-processor");
            assertThat(function.path("Properties").path("Environment").path("Variables").path("TABLE_NAME").asText())
                    .isEqualTo(DataStack.tableName(d));
            String policies = ofType(stack(d, "processor"), "AWS::IAM::Policy").toString();
            assertThat(policies).contains("dynamodb:UpdateItem").doesNotContain("dynamodb:PutItem", "s3:GetObject");
        }
    }

    @Test
    void everyRegionsFirehoseRunsTheTransformationWhenTheFileTurnsItOn() {
        for (Environment e : ENTERPRISE.fleet().environments()) {
            for (Deployment d : e.deployments()) {
                assertThat(d.settings().knobs().streamTransform()).isTrue();
                JsonNode stream = ofType(stack(d, "messaging"), "AWS::KinesisFirehose::DeliveryStream").get(0);
                JsonNode processor = stream.path("Properties").path("ExtendedS3DestinationConfiguration")
                        .path("ProcessingConfiguration").path("Processors").get(0);
                assertThat(processor.path("Type").asText()).isEqualTo("Lambda");
                assertThat(processor.path("Parameters").get(0).path("ParameterValue").path("Ref").asText()).startsWith("StreamTransformFunctionAlias");
                assertThat(ofType(stack(d, "messaging"), "AWS::Lambda::Function")).anySatisfy(f -> assertThat(
                        Map.of("name", f.path("Properties").path("FunctionName").asText(), "handler", f.path("Properties").path("Handler").asText()))
                        .containsEntry("name", ENTERPRISE.fleet().project() + "-" + d.environment() + "-stream-transform")
                        .containsEntry("handler", "dev.regionstack.functions.stream.StreamTransformHandler::handleRequest"));
            }
        }
    }
}
