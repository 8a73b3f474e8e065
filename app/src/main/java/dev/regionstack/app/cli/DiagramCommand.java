package dev.regionstack.app.cli;

import dev.regionstack.app.diagram.DotText;
import dev.regionstack.app.diagram.FleetGraph;
import dev.regionstack.app.diagram.FleetGraphs;
import dev.regionstack.app.diagram.MermaidText;
import dev.regionstack.app.diagram.SvgRender;
import dev.regionstack.app.rollout.Selection;
import dev.regionstack.fleet.model.Fleet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "diagram", description = "Draw the fleet from the model (no synth, no AWS): environments, regions and their"
        + " layers, the cross-region wiring, the global entry points; SVG needs Graphviz's dot, DOT and Mermaid do not.")
final class DiagramCommand implements Callable<Integer> {
    enum Format { svg, dot, mermaid }

    @Mixin FleetFileOption fleetFile;
    @Spec CommandSpec spec;

    @Option(names = "--env", paramLabel = "NAME", description = "Only this environment.")
    String environment;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write it (default: fleet.svg for svg; standard output for dot and mermaid).")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "svg, dot or mermaid (default: from the -o extension, .dot/.gv or .mmd, else svg).")
    Format format;

    @Option(names = "--waves", description = "Show each stack's rollout wave.")
    boolean waves;

    @Override
    public Integer call() throws IOException {
        Fleet fleet = fleetFile.load();
        List<String> problems = new Selection(Optional.ofNullable(environment), List.of()).problems(fleet);
        if (!problems.isEmpty()) throw new InvalidInputException(problems.stream().map(p -> "error: " + p).toList());
        Format chosen = format != null ? format : fromExtension(output);
        FleetGraph graph = FleetGraphs.of(fleet, Optional.ofNullable(environment), waves);
        String text = switch (chosen) {
            case dot -> DotText.of(graph);
            case mermaid -> MermaidText.of(graph);
            case svg -> SvgRender.fromEnvironment().render(DotText.of(graph));
        };
        Path target = output != null ? output : chosen == Format.svg ? Path.of("fleet.svg") : null;
        if (target == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return 0;
        }
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.writeString(target, text);
        spec.commandLine().getOut().println("wrote " + target + " (" + chosen + ": " + graph.allNodes().size() + " boxes, "
                + graph.edges().size() + " arrows)");
        return 0;
    }

    private static Format fromExtension(Path output) {
        if (output == null) return Format.svg;
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".dot") || name.endsWith(".gv")) return Format.dot;
        if (name.endsWith(".mmd") || name.endsWith(".mermaid")) return Format.mermaid;
        return Format.svg;
    }
}
