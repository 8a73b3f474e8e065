package dev.regionstack.app.diagram;

import dev.regionstack.app.TestFleets;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DiagramFormatsTest {
    private final FleetGraph graph = FleetGraphs.of(TestFleets.example(), Optional.empty(), false);

    @Test
    void dotHasAClusterPerGroupAndAnEdgePerArrow() {
        String dot = DotText.of(graph);
        assertThat(dot).startsWith("digraph fleet {\n").endsWith("}\n");
        for (GraphGroup g : graph.allGroups()) assertThat(dot).contains("subgraph \"cluster_" + g.id() + "\" {");
        assertThat(dot).contains("\"prod/us-east-1/network\" -> \"prod/us-east-2/network\" [label=\"VPC peering\", dir=none, style=dashed];");
        assertThat(dot).contains("\"prod/us-east-1/table\" -> \"prod/us-west-2/table\" [label=\"replica\"];");
        assertThat(dot).contains("\"prod/us-east-1/table\" [label=\"DynamoDB global table\", shape=cylinder");
        long labelled = dot.lines().filter(l -> l.contains(" -> ") && l.contains("[label=")).count();
        assertThat(labelled).isEqualTo(graph.edges().size());
    }

    @Test
    void dotQuotesWhatItMust() {
        assertThat(DotText.quote("a \"b\" \\ c")).isEqualTo("\"a \\\"b\\\" \\\\ c\"");
    }

    @Test
    void mermaidDefinesEveryNodeBeforeItsArrowsAndBalancesItsSubgraphs() {
        String text = MermaidText.of(graph);
        assertThat(text).startsWith("---\ntitle: \"acme: 2 environments, 5 regions, ").contains("\n---\nflowchart LR\n");
        List<String> lines = text.lines().toList();
        assertThat(lines.stream().filter(l -> l.strip().startsWith("subgraph ")).count())
                .isEqualTo(lines.stream().filter(l -> l.strip().equals("end")).count())
                .isEqualTo(graph.allGroups().size());
        Set<String> defined = new HashSet<>();
        Pattern node = Pattern.compile("^\\s+(n\\d+)[\\[{(]");
        Pattern arrow = Pattern.compile("^\\s+(n\\d+) (-->|-\\.-)\\|[^|]+\\| (n\\d+)$");
        int arrows = 0;
        for (String line : lines) {
            Matcher n = node.matcher(line);
            if (n.find()) defined.add(n.group(1));
            Matcher a = arrow.matcher(line);
            if (a.matches()) {
                arrows++;
                assertThat(defined).contains(a.group(1), a.group(3));
            }
        }
        assertThat(defined).hasSize(graph.allNodes().size());
        assertThat(arrows).isEqualTo(graph.edges().size());
        assertThat(lines).filteredOn(l -> l.contains("-.-|VPC peering|")).hasSize(4);
    }

    @Test
    void withoutGraphvizTheErrorSaysWhatToDo() {
        assertThatThrownBy(() -> new SvgRender("/nonexistent/dot").render(DotText.of(graph)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot be run").hasMessageContaining("apt-get install graphviz")
                .hasMessageContaining("--format dot");
    }
}
