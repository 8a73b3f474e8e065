package dev.regionstack.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.regionstack.guard.Assembly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The stacks of a cloud assembly in deploy order, with the indexes every check needs: the exports of each account
 * and region, and the SSM parameters each stack writes. "Deploys before" means "is a dependency, transitively": the
 * CDK CLI, {@code regionstack deploy} and the pipeline all deploy a stack's dependencies first.
 */
public final class AssemblyModel {
    private final Path directory;
    private final Map<String, StackModel> stacks;
    private final Map<String, Output> exports = new HashMap<>();
    private final Map<String, Resource> parameters = new HashMap<>();
    private final List<Output> duplicateExports = new ArrayList<>();
    private final List<Resource> duplicateParameters = new ArrayList<>();
    private final Map<String, List<Resource>> byType = new HashMap<>();

    /**
     * An output of a stack.
     *
     * @param stack    the producer
     * @param outputId the output's logical id
     * @param value    its value expression
     */
    public record Output(StackModel stack, String outputId, JsonNode value) {}

    private AssemblyModel(Path directory, Map<String, StackModel> stacks) {
        this.directory = directory;
        this.stacks = stacks;
        for (StackModel s : stacks.values()) {
            s.template().path("Outputs").properties().forEach(e -> {
                JsonNode name = e.getValue().path("Export").path("Name");
                if (!name.isTextual()) return;
                Output output = new Output(s, e.getKey(), e.getValue().path("Value"));
                if (exports.putIfAbsent(s.scope() + "/" + name.asText(), output) != null) duplicateExports.add(output);
            });
            for (Resource r : s.resources()) {
                byType.computeIfAbsent(r.type(), t -> new ArrayList<>()).add(r);
                JsonNode name = r.property("Name");
                if (r.type().equals("AWS::SSM::Parameter") && name.isTextual()
                        && parameters.putIfAbsent(s.scope() + "/" + name.asText(), r) != null) {
                    duplicateParameters.add(r);
                }
            }
        }
    }

    /** Reads the assembly in {@code dir} (nested assemblies included). */
    public static AssemblyModel load(Path dir) {
        Map<String, Assembly.Stack> artifacts = Assembly.stacks(dir);
        Map<String, StackModel> stacks = new LinkedHashMap<>();
        for (Assembly.Stack a : artifacts.values()) {
            String[] env = a.artifact().path("environment").asText("aws://unknown-account/unknown-region")
                    .substring("aws://".length()).split("/", 2);
            List<String> dependencies = new ArrayList<>();
            a.artifact().path("dependencies").forEach(d -> {
                if (artifacts.containsKey(d.asText())) dependencies.add(d.asText());
            });
            Map<String, String> tags = new TreeMap<>();
            a.artifact().path("properties").path("tags").properties().forEach(e -> tags.put(e.getKey(), e.getValue().asText()));
            stacks.put(a.name(), new StackModel(a.name(), env[0], env.length > 1 ? env[1] : "unknown-region",
                    a.readTemplate(), size(a.template()), dependencies, tags));
        }
        order(stacks);
        List<StackModel> sorted = new ArrayList<>(stacks.values());
        sorted.sort(Comparator.comparingInt(StackModel::wave));
        Map<String, StackModel> inOrder = new LinkedHashMap<>();
        sorted.forEach(s -> inOrder.put(s.name(), s));
        return new AssemblyModel(dir, inOrder);
    }

    private static void order(Map<String, StackModel> stacks) {
        Map<String, Set<String>> ancestors = new HashMap<>();
        for (StackModel s : stacks.values()) ancestorsOf(s, stacks, ancestors, new HashSet<>());
        Map<String, Integer> waves = new HashMap<>();
        for (StackModel s : stacks.values()) s.order(waveOf(s, stacks, waves), ancestors.get(s.name()));
    }

    private static Set<String> ancestorsOf(StackModel s, Map<String, StackModel> stacks, Map<String, Set<String>> memo,
                                           Set<String> visiting) {
        Set<String> known = memo.get(s.name());
        if (known != null) return known;
        if (!visiting.add(s.name())) throw new IllegalArgumentException("the stacks depend on each other in a cycle through " + s.name());
        Set<String> all = new HashSet<>();
        for (String d : s.dependencies()) {
            all.add(d);
            all.addAll(ancestorsOf(stacks.get(d), stacks, memo, visiting));
        }
        memo.put(s.name(), all);
        return all;
    }

    private static int waveOf(StackModel s, Map<String, StackModel> stacks, Map<String, Integer> memo) {
        Integer known = memo.get(s.name());
        if (known != null) return known;
        int wave = 1;
        for (String d : s.dependencies()) wave = Math.max(wave, waveOf(stacks.get(d), stacks, memo) + 1);
        memo.put(s.name(), wave);
        return wave;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The assembly's directory. */
    public Path directory() { return directory; }

    /** Every stack, in wave order. */
    public List<StackModel> stacks() { return List.copyOf(stacks.values()); }

    public Optional<StackModel> stack(String name) { return Optional.ofNullable(stacks.get(name)); }

    /** Whether {@code earlier} deploys before {@code later}. */
    public boolean deploysBefore(StackModel earlier, StackModel later) { return later.ancestors().contains(earlier.name()); }

    /** The export named {@code name} in the account and region of {@code scope}. */
    public Optional<Output> export(String scope, String name) { return Optional.ofNullable(exports.get(scope + "/" + name)); }

    /** Every export, keyed {@code <account>/<region>/<name>}. */
    public Map<String, Output> exports() { return Map.copyOf(exports); }

    /** Exports whose name an earlier stack of the same account and region already exports. */
    public List<Output> duplicateExports() { return List.copyOf(duplicateExports); }

    /** SSM parameters whose name an earlier stack of the same account and region already writes. */
    public List<Resource> duplicateParameters() { return List.copyOf(duplicateParameters); }

    /** The {@code AWS::SSM::Parameter} named {@code name} in the account and region {@code scope}. */
    public Optional<Resource> parameter(String scope, String name) { return Optional.ofNullable(parameters.get(scope + "/" + name)); }

    /** Every resource of the given type, in stack order. */
    public List<Resource> resources(String type) {
        return java.util.Collections.unmodifiableList(byType.getOrDefault(type, List.of()));
    }
}
