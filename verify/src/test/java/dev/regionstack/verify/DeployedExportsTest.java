package dev.regionstack.verify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeployedExportsTest {
    @TempDir Path dir;

    private static final String CONSUMER = ImportsTest.CONSUMER;

    private List<String> problems(String deployedProducer, String newProducer) {
        Path deployed = new TestAssembly().stack("p", deployedProducer).stack("c", CONSUMER, "p").write(dir.resolve("deployed"));
        Path now = new TestAssembly().stack("p", newProducer).write(dir.resolve("now"));
        return Verifier.verify(now, List.of(deployed)).problems().stream().filter(p -> p.check().equals("exports")).map(Problem::line).toList();
    }

    @Test
    void anUnchangedExportInUsePasses() {
        assertThat(problems(ImportsTest.PRODUCER, ImportsTest.PRODUCER)).isEmpty();
    }

    @Test
    void removingAnExportADeployedStackImportsFails() {
        assertThat(problems(ImportsTest.PRODUCER, "{\"Resources\": {\"Topic\": {\"Type\": \"AWS::SNS::Topic\"}}}")).containsExactly(
                "error: p/TopicArn: removes the export p:TopicArn, which the deployed c still imports; CloudFormation refuses that"
                        + " update: keep the output until no deployed stack imports it, then remove it");
    }

    @Test
    void changingTheValueOfAnExportInUseFails() {
        String changed = ImportsTest.PRODUCER.replace("{\"Ref\": \"Topic\"}", "{\"Fn::GetAtt\": [\"Topic\", \"TopicName\"]}");
        assertThat(problems(ImportsTest.PRODUCER, changed)).singleElement().asString()
                .startsWith("error: p/TopicArn: changes the value of the export p:TopicArn, which the deployed c still imports");
    }

    @Test
    void replacingTheResourceBehindAnExportInUseFails() {
        String replaced = ImportsTest.PRODUCER.replace("{\"Type\": \"AWS::SNS::Topic\"}",
                "{\"Type\": \"AWS::SNS::Topic\", \"Properties\": {\"TopicName\": \"renamed\"}}");
        assertThat(problems(ImportsTest.PRODUCER, replaced)).singleElement().asString().contains("changes the value of the export p:TopicArn");
    }
}
