package dev.regionstack.app;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packages of the app module depend on each other one way only: the graph of their references to each other
 * (imports, static imports and fully qualified names in {@code src/main/java}) has no cycle.
 */
class PackageCyclesTest {
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final String ROOT = "dev.regionstack.app";
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    /** A reference to a type of the app module: lower-case package components, then the type's name. */
    private static final Pattern REFERENCE = Pattern.compile("\\b(" + Pattern.quote(ROOT) + "(?:\\.[a-z_][a-z0-9_]*)*)\\.[A-Z]");

    @Test
    void theAppsPackagesFormNoCycle() throws IOException {
        Map<String, Set<String>> graph = graph();
        assertThat(graph).as("packages read from " + SOURCES.toAbsolutePath()).hasSizeGreaterThan(3);
        assertThat(cycle(graph)).as("a cycle of package references (each arrow: imports from)").isEmpty();
    }

    @Test
    void aCycleIsFoundAndNamed() {
        Map<String, Set<String>> graph = new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a")));
        assertThat(cycle(graph)).containsExactly("a", "b", "c", "a");
        assertThat(cycle(new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of(), "c", Set.of("a", "b"))))).isEmpty();
    }

    /** package -> the other app packages its sources refer to, both without the {@code dev.regionstack.app} prefix. */
    static Map<String, Set<String>> graph() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher declared = PACKAGE.matcher(source);
                if (!declared.find()) continue;
                String from = shortName(declared.group(1));
                Set<String> to = graph.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher reference = REFERENCE.matcher(source.substring(declared.end()));
                while (reference.find()) {
                    String target = shortName(reference.group(1));
                    if (!target.equals(from)) to.add(target);
                }
            }
        }
        return graph;
    }

    /** The first cycle found, as a path that ends where it starts; empty when the graph has none. */
    static List<String> cycle(Map<String, Set<String>> graph) {
        Map<String, Integer> state = new TreeMap<>();   // 1: on the current path, 2: done
        for (String start : graph.keySet()) {
            List<String> path = new ArrayList<>();
            List<String> found = visit(start, graph, state, path);
            if (!found.isEmpty()) return found;
        }
        return List.of();
    }

    private static List<String> visit(String node, Map<String, Set<String>> graph, Map<String, Integer> state, List<String> path) {
        Integer s = state.get(node);
        if (s != null && s == 2) return List.of();
        if (s != null && s == 1) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            cycle.add(node);
            return cycle;
        }
        state.put(node, 1);
        path.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            List<String> found = visit(next, graph, state, path);
            if (!found.isEmpty()) return found;
        }
        path.remove(path.size() - 1);
        state.put(node, 2);
        return List.of();
    }

    private static String shortName(String pkg) {
        return pkg.equals(ROOT) ? "(root)" : pkg.substring(ROOT.length() + 1);
    }
}
