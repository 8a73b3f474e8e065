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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the synthesized example fleet: the findings and drift alerts reach the alert topic only while the region key's
 * policy lets EventBridge use it, and verify says so when it does not.
 */
class EventDeliveryMutationsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;

    @Test
    void aRegionKeyThatNoLongerAdmitsEventBridgeFailsEveryRuleThatMailsItsTopic() throws IOException {
        Path original = GuardrailFleets.get("example").result().outdir();
        Path copy = Files.createDirectories(dir.resolve("mutated"));
        try (Stream<Path> files = Files.list(original)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) Files.copy(p, copy.resolve(p.getFileName()));
        }
        Path security = copy.resolve("acme-dev-eu-west-1-security.template.json");
        ObjectNode template = (ObjectNode) JSON.readTree(security.toFile());
        int removed = 0;
        for (JsonNode resource : template.path("Resources")) {
            if (!resource.path("Type").asText().startsWith("AWS::KMS::")) continue;
            for (JsonNode statement : resource.path("Properties").path("KeyPolicy").path("Statement")) {
                JsonNode services = statement.path("Principal").path("Service");
                if (!services.isArray()) continue;
                for (int i = services.size() - 1; i >= 0; i--) {
                    if (services.get(i).asText().equals("events.amazonaws.com")) { ((ArrayNode) services).remove(i); removed++; }
                }
            }
        }
        assertThat(removed).as("the region key admitted EventBridge").isEqualTo(1);
        JSON.writeValue(security.toFile(), template);

        List<String> before = Verifier.verify(original).lines();
        List<String> after = new ArrayList<>(Verifier.verify(copy).problems().stream().map(Problem::line).toList());
        after.removeAll(before);
        // the drift alerts and both findings rules of dev/eu-west-1 (dev owns that account and region's findings), each for both actions
        assertThat(after).hasSize(6).allMatch(l -> l.startsWith("error: acme-dev-eu-west-1-messaging/")
                && l.contains("but the key policy of acme-dev-eu-west-1-security/") && l.contains("does not let events.amazonaws.com kms:"));
        assertThat(after).anyMatch(l -> l.startsWith("error: acme-dev-eu-west-1-messaging/FindingAlertsGuardDuty"))
                .anyMatch(l -> l.startsWith("error: acme-dev-eu-west-1-messaging/FindingAlertsSecurityHub"))
                .anyMatch(l -> l.startsWith("error: acme-dev-eu-west-1-messaging/StackDriftAlerts"));
    }
}
