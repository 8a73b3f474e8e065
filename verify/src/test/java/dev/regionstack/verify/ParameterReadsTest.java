package dev.regionstack.verify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ParameterReadsTest {
    @TempDir Path dir;

    static final String WRITER = """
            {"Resources": {"P": {"Type": "AWS::SSM::Parameter", "Properties": {"Name": "/acme/dev/key", "Type": "String", "Value": "v"}}}}""";
    static final String TYPED_READER = """
            {"Parameters": {"Key": {"Type": "AWS::SSM::Parameter::Value<String>", "Default": "/acme/dev/key"},
                            "BootstrapVersion": {"Type": "AWS::SSM::Parameter::Value<String>", "Default": "/cdk-bootstrap/hnb659fds/version"}},
             "Resources": {"T": {"Type": "AWS::SNS::Topic", "Properties": {"TopicName": {"Ref": "Key"}}}}}""";
    static final String CUSTOM_READER = """
            {"Resources": {"Read": {"Type": "Custom::AWS", "Properties": {
              "Create": "{\\"service\\":\\"SSM\\",\\"action\\":\\"getParameter\\",\\"parameters\\":{\\"Name\\":\\"/acme/dev/key\\"},\\"region\\":\\"us-east-1\\"}"}}}}""";

    @Test
    void aTypedParameterWrittenByAnEarlierStackPasses() {
        assertThat(new TestAssembly().stack("w", WRITER).stack("r", TYPED_READER, "w").problems(dir, "parameters")).isEmpty();
    }

    @Test
    void aParameterNobodyWritesFailsButBootstrapParametersAreCdksOwn() {
        assertThat(new TestAssembly().stack("r", TYPED_READER).problems(dir, "parameters")).containsExactly(
                "error: r/Key: reads the SSM parameter /acme/dev/key in eu-west-1, which no stack of 111111111111/eu-west-1"
                        + " writes; write it in the producing stack, or stop reading it");
    }

    @Test
    void aParameterWrittenByALaterStackFails() {
        assertThat(new TestAssembly().stack("w", WRITER).stack("r", TYPED_READER).problems(dir, "parameters")).containsExactly(
                "error: r/Key: reads the SSM parameter /acme/dev/key in eu-west-1, written by w, which does not deploy before it;"
                        + " make r depend on w");
    }

    @Test
    void aCrossRegionReadNeedsAWriterInThatRegion() {
        var wrongRegion = new TestAssembly().stack("w", WRITER).stack("r", CUSTOM_READER, "w");
        assertThat(wrongRegion.problems(dir.resolve("a"), "parameters")).singleElement().asString()
                .startsWith("error: r/Read: reads the SSM parameter /acme/dev/key in us-east-1, which no stack of 111111111111/us-east-1 writes");
        var right = new TestAssembly().stack("w", "111111111111", "us-east-1", WRITER, Map.of())
                .stack("r", "111111111111", "eu-west-1", CUSTOM_READER, Map.of(), "w");
        assertThat(right.problems(dir.resolve("b"), "parameters")).isEmpty();
    }

    @Test
    void aPartialAssemblyLeavesReadsOfStacksItDoesNotHoldUnchecked() {
        var report = Verifier.verify(new TestAssembly().stack("r", TYPED_READER).write(dir), java.util.List.of(), true);
        assertThat(report.problems()).isEmpty();
        assertThat(report.outside()).isEqualTo(1);
        assertThat(report.summary()).contains("0 problems, 1 reference outside the selection not checked");
    }
}
