package dev.regionstack.platform.messaging;

import dev.regionstack.platform.lambda.JavaFunctionProps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Capture;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.s3.Bucket;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StreamTransformTest {
    @TempDir
    Path dir;

    private Template synth(boolean transform) throws IOException {
        Path jar = Files.writeString(dir.resolve("functions.jar"), "placeholder");
        Stack stack = new Stack(new App(), "Test", StackProps.builder()
                .env(Environment.builder().account("111111111111").region("eu-west-2").build()).build());
        Key key = Key.Builder.create(stack, "Key").build();
        EventStreamProps props = new EventStreamProps(key, Bucket.fromBucketName(stack, "Bucket", "events"), false, 1, null, RemovalPolicy.DESTROY);
        if (transform) {
            props = props.withTransform(new StreamTransform(stack, "Transform", new JavaFunctionProps(
                    "acme-dev-stream-transform", "ignored", jar.toString(), key, null, 0, null, null, null)).target());
        }
        new EventStream(stack, "Events", props);
        return Template.fromStack(stack);
    }

    @Test
    void firehoseRunsTheTransformationsAliasWithBufferingWithinItsLimits() throws IOException {
        Template t = synth(true);
        Capture parameters = new Capture();
        t.hasResourceProperties("AWS::KinesisFirehose::DeliveryStream", Match.objectLike(Map.of(
                "ExtendedS3DestinationConfiguration", Match.objectLike(Map.of("ProcessingConfiguration", Map.of(
                        "Enabled", true,
                        "Processors", List.of(Map.of("Type", "Lambda", "Parameters", parameters))))))));
        String rendered = parameters.asArray().toString();
        assertThat(rendered).contains("ParameterName=BufferSizeInMBs, ParameterValue=1")
                .contains("ParameterName=BufferIntervalInSeconds, ParameterValue=60")
                .contains("ParameterName=NumberOfRetries, ParameterValue=3")
                .contains("ParameterName=LambdaArn").contains("TransformFunctionAlias");
        t.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "FunctionName", "acme-dev-stream-transform",
                "Handler", "dev.regionstack.functions.stream.StreamTransformHandler::handleRequest",
                "Timeout", 60)));
    }

    @Test
    void theDeliveryRoleMayInvokeOnlyTheTransformation() throws IOException {
        Capture resource = new Capture();
        synth(true).hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of("PolicyDocument", Match.objectLike(Map.of(
                "Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Sid", "InvokeTransform",
                        "Action", List.of("lambda:InvokeFunction", "lambda:GetFunctionConfiguration"),
                        "Resource", resource)))))))));
        assertThat(resource.asObject().toString()).contains("TransformFunctionAlias");
    }

    @Test
    void withoutTheKnobThereIsNoProcessingStep() throws IOException {
        Template t = synth(false);
        t.hasResourceProperties("AWS::KinesisFirehose::DeliveryStream", Match.objectLike(Map.of(
                "ExtendedS3DestinationConfiguration", Match.objectLike(Map.of("ProcessingConfiguration", Match.absent())))));
        t.resourceCountIs("AWS::Lambda::Function", 0);
    }
}
