package dev.regionstack.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the last successful deployments of one environment left: a small cloud assembly in
 * {@code <root>/.regionstack/deployed/<environment>/} with a {@code manifest.json} and one
 * {@code <stack name>.template.json} per deployed stack, so that the next deploy can be compared against it with
 * {@link AssemblyDiff}. Deploying a selection updates only the selected stacks' entries.
 */
public final class DeployRecord {
    private static final Pattern ENVIRONMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private final Path directory;

    private DeployRecord(Path directory) {
        this.directory = directory;
    }

    /**
     * @param root        the project directory (the one holding the fleet file)
     * @param environment the environment name, as in the fleet file
     */
    public static DeployRecord of(Path root, String environment) {
        if (!ENVIRONMENT.matcher(environment).matches() || environment.contains("..")) {
            throw new IllegalArgumentException("environment name '" + environment
                    + "' cannot name a record directory: use letters, digits, '-', '_' and '.'");
        }
        return new DeployRecord(root.resolve(".regionstack").resolve("deployed").resolve(environment));
    }

    /** {@code <root>/.regionstack/deployed/<environment>}. */
    public Path directory() {
        return directory;
    }

    /** The recorded assembly, to pass to {@link AssemblyDiff#compare}; empty before the first successful deploy. */
    public Optional<Path> load() {
        return Files.isRegularFile(directory.resolve(Assembly.MANIFEST)) ? Optional.of(directory) : Optional.empty();
    }

    /** The names of the recorded stacks. */
    public Set<String> stacks() {
        return load().map(dir -> Set.copyOf(Assembly.stacks(dir).keySet())).orElse(Set.of());
    }

    /**
     * Records the templates of {@code stacks} from {@code assembly} after they deployed successfully; other recorded
     * stacks are kept as they were. The directory is replaced as a whole, so a failure leaves the previous record.
     *
     * @throws IllegalArgumentException when a stack is not in the assembly
     */
    public void save(Path assembly, Set<String> stacks) {
        Map<String, Assembly.Stack> source = Assembly.stacks(assembly);
        for (String stack : new java.util.TreeSet<>(stacks)) {
            if (!source.containsKey(stack)) {
                throw new IllegalArgumentException("cannot record stack " + stack + ": it is not in the assembly "
                        + assembly + " (stacks there: " + String.join(", ", source.keySet()) + ")");
            }
        }
        Map<String, Assembly.Stack> kept = new TreeMap<>();
        load().ifPresent(dir -> kept.putAll(Assembly.stacks(dir)));
        kept.keySet().removeAll(stacks);
        stacks.forEach(stack -> kept.put(stack, source.get(stack)));
        write(kept, Assembly.read(assembly.resolve(Assembly.MANIFEST)).path("version").asText(""));
    }

    /**
     * A copy of this record under another project directory, for a dry run to change without touching this one.
     *
     * @param root the project directory of the copy (its record is {@code <root>/.regionstack/deployed/<environment>})
     */
    public DeployRecord copyTo(Path root) {
        DeployRecord copy = new DeployRecord(root.resolve(".regionstack").resolve("deployed").resolve(directory.getFileName()));
        if (load().isEmpty()) return copy;
        copy.write(Assembly.stacks(directory), manifest(directory).path("version").asText(""));
        return copy;
    }

    /** Forgets stacks that were destroyed; the record disappears with its last stack. */
    public void forget(Set<String> stacks) {
        if (load().isEmpty()) return;
        Map<String, Assembly.Stack> kept = new TreeMap<>(Assembly.stacks(directory));
        kept.keySet().removeAll(stacks);
        if (kept.isEmpty()) {
            delete(directory);
        } else {
            write(kept, Assembly.read(directory.resolve(Assembly.MANIFEST)).path("version").asText(""));
        }
    }

    private void write(Map<String, Assembly.Stack> stacks, String version) {
        try {
            Files.createDirectories(directory.getParent());
            Path staging = Files.createTempDirectory(directory.getParent(), directory.getFileName() + ".new-");
            ObjectNode manifest = Assembly.JSON.createObjectNode();
            if (!version.isEmpty()) manifest.put("version", version);
            ObjectNode artifacts = manifest.putObject("artifacts");
            for (Assembly.Stack stack : stacks.values()) {
                String templateFile = stack.name() + ".template.json";
                Files.copy(stack.template(), staging.resolve(templateFile));
                ObjectNode artifact = stack.artifact().deepCopy();
                ObjectNode properties = artifact.withObjectProperty("properties");
                properties.put("templateFile", templateFile);
                properties.put("stackName", stack.name());
                artifacts.set(stack.name(), artifact);
            }
            Assembly.JSON.writerWithDefaultPrettyPrinter().writeValue(staging.resolve(Assembly.MANIFEST).toFile(), manifest);
            Path previous = directory.resolveSibling(directory.getFileName() + ".old");
            delete(previous);
            if (Files.exists(directory)) Files.move(directory, previous, StandardCopyOption.ATOMIC_MOVE);
            Files.move(staging, directory, StandardCopyOption.ATOMIC_MOVE);
            delete(previous);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the deploy record " + directory, e);
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    @Override
    public String toString() {
        return "DeployRecord[" + directory + "]";
    }

    static JsonNode manifest(Path dir) {
        return Assembly.read(dir.resolve(Assembly.MANIFEST));
    }
}
