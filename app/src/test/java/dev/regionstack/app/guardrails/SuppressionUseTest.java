package dev.regionstack.app.guardrails;

import dev.regionstack.app.TestFleets;
import dev.regionstack.app.pipeline.PipelineFleets;
import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.synth.FleetAssembler;
import dev.regionstack.app.synth.FleetSynthesizer;
import dev.regionstack.app.synth.FunctionsJar;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.platform.guardrails.Guarded;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awscdk.App;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No suppression goes stale: every rule that a construct ({@link Guarded}) or the app declares is attached to at
 * least one resource of the guardrail fleets and the pipeline fleets, and every construct class that declares
 * rules is built by one of them (else its rules would be checked by nothing).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuppressionUseTest {
    /** owner class name (or "app" for the cross-cutting rules) and position -> a description and resources matched */
    private final Map<String, Integer> resources = new LinkedHashMap<>();
    private final Map<String, String> described = new LinkedHashMap<>();
    private final Set<String> ownersBuilt = new TreeSet<>();

    static Stream<Fleet> fleets() {
        return Stream.concat(GuardrailFleets.names().stream().map(GuardrailFleets::fleet), Stream.of(
                TestFleets.parse(PipelineFleets.WITH_PIPELINE), TestFleets.parse(PipelineFleets.PIPELINE_IN_SECOND_ONLY)));
    }

    @BeforeAll
    void buildEveryFleet() {
        fleets().forEach(fleet -> {
            App app = FleetSynthesizer.newApp(fleet, null);
            new FleetAssembler(app, fleet, FunctionsJar::locate).add(RolloutPlanner.plan(fleet), (spec, stack) -> { });
            for (Suppressions.RuleUse use : Suppressions.uses(app)) {
                String owner = use.owner() == null ? "app (cross-cutting)" : use.owner().getName();
                if (use.owner() != null) ownersBuilt.add(owner);
                String key = owner + " #" + use.index();
                resources.merge(key, use.resources(), Integer::sum);
                described.putIfAbsent(key, key + ": " + use.rule().suppression().rule() + " on " + use.rule().resourceType()
                        + " " + use.rule().path().pattern());
            }
        });
    }

    @Test
    void everyDeclaredSuppressionMatchesAResource() {
        List<String> stale = new ArrayList<>();
        resources.forEach((key, count) -> {
            if (count == 0) stale.add(described.get(key));
        });
        assertThat(resources).as("rules seen").isNotEmpty();
        assertThat(stale).as("suppressions that match no resource of any test fleet").isEmpty();
    }

    @Test
    void everyClassThatDeclaresSuppressionsIsBuiltByATestFleet() throws IOException {
        Set<String> declaring = new TreeSet<>();
        for (Path classes : List.of(Path.of("target", "classes"), Path.of("..", "platform", "target", "classes"))) {
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                    Class<?> type = loaded(name);
                    if (type != null && Guarded.class.isAssignableFrom(type) && !type.isInterface()) declaring.add(name);
                }
            }
        }
        assertThat(declaring).as("Guarded classes found").isNotEmpty();
        assertThat(ownersBuilt).as("Guarded classes built by the test fleets").containsAll(declaring);
    }

    @Test
    void everyDeclaredSuppressionNamesAPackRule() {
        assertThat(described.values()).allSatisfy(d -> assertThat(d)
                .matches(".*#\\d+: (AwsSolutions-[A-Z0-9]+|NIST\\.800\\.53\\.R5-[A-Za-z0-9]+|CdkNagValidationFailure) on .*"));
    }

    private static Class<?> loaded(String name) {
        try {
            return Class.forName(name, false, SuppressionUseTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
