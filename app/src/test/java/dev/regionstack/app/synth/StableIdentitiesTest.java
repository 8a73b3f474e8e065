package dev.regionstack.app.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.regionstack.app.TestFleets;
import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.guard.ReplacementSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds the logical id, type and physical name of every stateful resource of every stack of the example fleet.
 * A renamed construct or a changed naming rule would replace data: this fails until the change is deliberate.
 * To accept a deliberate change: {@code mvn -pl app -am verify -Dtest=StableIdentitiesTest -Didentities.update=true
 * -Dsurefire.failIfNoSpecifiedTests=false}, and say why in the commit.
 */
class StableIdentitiesTest {
    static final Path GOLDEN = Path.of("src/test/resources/identities/example-fleet.txt");
    static final List<String> NAME_PROPERTIES = List.of("TableName", "BucketName", "GlobalClusterIdentifier",
            "DBClusterIdentifier", "DBInstanceIdentifier", "AliasName", "LogGroupName", "QueueName", "TopicName",
            "StreamName", "DeliveryStreamName", "Name");

    @TempDir Path out;

    @Test
    void statefulResourcesKeepTheirLogicalIdsAndNames() throws IOException {
        Fleet fleet = TestFleets.example();
        RolloutPlan plan = RolloutPlanner.plan(fleet);
        FleetSynthesizer.synth(fleet, plan, out, l -> { });
        List<String> actual = identities(plan);
        if (Boolean.getBoolean("identities.update")) {
            Files.writeString(GOLDEN, String.join("\n", actual) + "\n");
        }
        assertThat(actual).as("stateful identities of the example fleet (see the class comment to accept a deliberate change)")
                .containsExactlyElementsOf(Files.readAllLines(GOLDEN));
    }

    private List<String> identities(RolloutPlan plan) throws IOException {
        ReplacementSpec spec = ReplacementSpec.builtIn();
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (var s : plan.stacks()) {
            JsonNode resources = json.readTree(out.resolve(s.name() + ".template.json").toFile()).path("Resources");
            resources.properties().forEach(e -> {
                String type = e.getValue().path("Type").asText();
                if (spec.isStateful(type)) lines.add(s.name() + " " + e.getKey() + " " + type + " " + name(e.getValue().path("Properties")));
            });
        }
        return lines;
    }

    private static String name(JsonNode properties) {
        for (String p : NAME_PROPERTIES) {
            JsonNode v = properties.path(p);
            if (v.isTextual()) return p + "=" + v.asText();
        }
        return "-";
    }
}
