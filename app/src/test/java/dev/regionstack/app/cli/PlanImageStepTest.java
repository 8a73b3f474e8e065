package dev.regionstack.app.cli;

import dev.regionstack.app.guardrails.GuardrailFleets;
import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.fleet.model.Fleet;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code plan} shows where the pipeline's image step runs: after the wave of the primary images stack. No synth. */
class PlanImageStepTest {
    @Test
    void theImageStepFollowsTheWaveOfEachEnvironmentsImagesStack() {
        Fleet fleet = GuardrailFleets.fleet("enterprise");
        List<String> lines = PlanText.render(fleet, RolloutPlanner.plan(fleet)).lines().toList();
        for (String env : List.of("staging", "prod")) {
            String images = "shopfront-" + env + "-" + (env.equals("staging") ? "eu-west-1" : "us-east-1") + "-images";
            int wave = -1, note = -1, app = -1;
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                if (!l.startsWith("  wave ") && !l.startsWith("  -- pipeline: Image-" + env)) continue;
                if (l.startsWith("  wave ") && List.of(l.substring(l.indexOf(": ") + 2).split(" ")).contains(images)) wave = i;
                if (l.startsWith("  -- pipeline: Image-" + env)) note = i;
                if (app < 0 && l.startsWith("  wave ") && l.contains("shopfront-" + env + "-") && l.contains("-app")) app = i;
            }
            assertThat(note).as(env).isGreaterThan(wave).isLessThan(app);
            assertThat(lines.get(note)).isEqualTo("  -- pipeline: Image-" + env + " builds the source's Dockerfile and pushes it to shopfront-"
                    + env + "/app in " + images.substring(("shopfront-" + env + "-").length(), images.length() - "-images".length())
                    + " (tag per source version), after " + images + ", before " + env + "'s app stacks --");
        }
    }

    @Test
    void withoutThePipelineThereIsNoStep() {
        Fleet fleet = GuardrailFleets.fleet("example");
        assertThat(PlanText.render(fleet, RolloutPlanner.plan(fleet))).doesNotContain("pipeline: Image-");
    }
}
