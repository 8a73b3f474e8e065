package dev.regionstack.app.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.regionstack.app.guardrails.GuardrailFleets;
import dev.regionstack.verify.Problem;
import dev.regionstack.verify.Verifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** On the synthesized enterprise fleet: verify reports a collector whose task role may not write to its workspace. */
class MetricsMutationsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String APP = "shopfront-prod-us-west-2-app";
    @TempDir Path dir;

    @Test
    void aTaskRoleWithoutRemoteWriteIsReported() throws IOException {
        Path original = GuardrailFleets.get("enterprise").result().outdir();
        Path copy = AssemblyCopy.of(original, dir.resolve("mutated"));
        Path template = copy.resolve(APP + ".template.json");
        ObjectNode json = (ObjectNode) JSON.readTree(template.toFile());
        int removed = 0;
        for (JsonNode resource : json.get("Resources")) {
            if (!resource.path("Type").asText().equals("AWS::IAM::Policy")) continue;
            ArrayNode statements = (ArrayNode) resource.path("Properties").path("PolicyDocument").path("Statement");
            for (int i = statements.size() - 1; i >= 0; i--) {
                if (statements.get(i).path("Action").asText().equals("aps:RemoteWrite")) {
                    statements.remove(i);
                    removed++;
                }
            }
        }
        assertThat(removed).isEqualTo(1);
        JSON.writeValue(template.toFile(), json);
        List<String> after = new ArrayList<>(Verifier.verify(copy).problems().stream().map(Problem::line).toList());
        after.removeAll(Verifier.verify(original).lines());
        assertThat(after).singleElement().asString()
                .startsWith("error: " + APP + "/ServiceTask")
                .contains("the collector sidecar remote-writes metrics to shopfront-prod-us-west-2-metrics/Prometheus2BCCDD01, but the role "
                        + APP + "/ServiceTaskRole")
                .contains("may not aps:RemoteWrite on arn:aws:aps:us-west-2:626262626262:workspace/");
    }
}
