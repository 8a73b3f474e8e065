package dev.regionstack.verify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ImportsTest {
    @TempDir Path dir;

    static final String PRODUCER = """
            {"Resources": {"Topic": {"Type": "AWS::SNS::Topic"}},
             "Outputs": {"TopicArn": {"Value": {"Ref": "Topic"}, "Export": {"Name": "p:TopicArn"}}}}""";
    static final String CONSUMER = """
            {"Resources": {"Queue": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": {"Fn::ImportValue": "p:TopicArn"}}}}}""";

    @Test
    void anImportOfAnEarlierStacksExportPasses() {
        var a = new TestAssembly().stack("p", PRODUCER).stack("c", CONSUMER, "p");
        assertThat(a.problems(dir, "imports")).isEmpty();
    }

    @Test
    void anImportOfAnExportNobodyHasFails() {
        var a = new TestAssembly().stack("c", CONSUMER);
        assertThat(a.problems(dir, "imports")).containsExactly("error: c/Queue: imports p:TopicArn, which no stack of"
                + " 111111111111/eu-west-1 exports; export it from a stack of the same account and region, or read the value by name or from SSM");
    }

    @Test
    void anImportFromAStackThatDoesNotDeployFirstFails() {
        var a = new TestAssembly().stack("p", PRODUCER).stack("c", CONSUMER);
        assertThat(a.problems(dir, "imports")).containsExactly("error: c/Queue: imports p:TopicArn from p, which does not deploy"
                + " before it (wave 1, this stack wave 1); make c depend on p");
    }

    @Test
    void anImportFromAnEmptyStackFails() {
        var a = new TestAssembly().stack("p", """
                {"Resources": {}, "Parameters": {"Key": {"Type": "String", "Default": "k"}},
                 "Outputs": {"K": {"Value": {"Ref": "Key"}, "Export": {"Name": "p:TopicArn"}}}}""").stack("c", CONSUMER, "p");
        assertThat(a.problems(dir, "imports")).singleElement().asString()
                .startsWith("error: c/Queue: imports p:TopicArn from p, which has no resources");
        assertThat(a.problems(dir, "resources")).singleElement().asString().startsWith("error: p/Resources: the template has no resources");
    }

    @Test
    void importsSeeOnlyExportsOfTheirOwnRegion() {
        var a = new TestAssembly().stack("p", "111111111111", "us-east-1", PRODUCER, Map.of())
                .stack("c", "111111111111", "eu-west-1", CONSUMER, Map.of(), "p");
        assertThat(a.problems(dir, "imports")).singleElement().asString()
                .contains("(p exports it in another account or region, where imports cannot see it)");
    }

    @Test
    void twoStacksExportingOneNameFail() {
        var a = new TestAssembly().stack("p", PRODUCER).stack("q", PRODUCER);
        assertThat(a.problems(dir, "imports")).singleElement().asString()
                .isEqualTo("error: q/TopicArn: exports a name another stack of 111111111111/eu-west-1 already exports;"
                        + " export names must be unique per account and region: rename one");
    }
}
