package dev.regionstack.app.diagram;

import dev.regionstack.app.TestFleets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Graphviz renders the diagram. CI installs Graphviz (.ci/run) and sets REGIONSTACK_REQUIRE_DOT, so there a missing
 * {@code dot} fails; on a machine without it (an optional prerequisite) these tests are skipped.
 */
class SvgRenderTest {
    @BeforeAll
    static void needsDot() {
        boolean present;
        try {
            present = new ProcessBuilder("dot", "-V").start().waitFor() == 0;
        } catch (Exception e) {
            present = false;
        }
        if (System.getenv("REGIONSTACK_REQUIRE_DOT") != null) assertThat(present).as("Graphviz's dot on PATH").isTrue();
        Assumptions.assumeTrue(present, "Graphviz's dot is not installed");
    }

    @Test
    void theExampleRendersToSvgWithEveryRegion() {
        FleetGraph graph = FleetGraphs.of(TestFleets.example(), Optional.empty(), true);
        String svg = new SvgRender("dot").render(DotText.of(graph));
        assertThat(svg).contains("<svg").contains("</svg>");
        String text = svg.replace("&#45;", "-"); // Graphviz writes hyphens as entities
        for (String region : new String[] {"eu-west-2 (primary)", "eu-west-1", "us-east-1 (primary)", "us-east-2", "us-west-2"}) {
            assertThat(text).contains(">" + region);
        }
        // one <g class="cluster"> per group, one <g class="edge"> per arrow plus the invisible column edges
        assertThat(svg.split("class=\"cluster\"", -1).length - 1).isEqualTo(graph.allGroups().size());
        assertThat(svg.split("class=\"edge\"", -1).length - 1).isGreaterThanOrEqualTo(graph.edges().size());
    }

    @Test
    void aBrokenGraphIsOneLine() {
        assertThatThrownBy(() -> new SvgRender("dot").render("digraph { a -> }"))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("`dot -Tsvg` failed (exit 1): ");
    }
}
