package dev.regionstack.app.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.regionstack.verify.Problem;
import dev.regionstack.verify.Verifier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** A copy of a cloud assembly's JSON files (templates, manifest, reports) that a mutation test may change. */
public final class AssemblyCopy {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AssemblyCopy() {}

    /**
     * The deploy simulation's problems that {@code mutation} of one stack's {@code Resources} adds: the assembly is
     * copied to {@code copy}, the template changed there, and the problems of the original are taken away.
     */
    public static List<String> newProblems(Path original, Path copy, String stack, Consumer<ObjectNode> mutation) {
        of(original, copy);
        Path template = copy.resolve(stack + ".template.json");
        try {
            ObjectNode json = (ObjectNode) JSON.readTree(template.toFile());
            mutation.accept((ObjectNode) json.get("Resources"));
            JSON.writeValue(template.toFile(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> after = new ArrayList<>(Verifier.verify(copy).problems().stream().map(Problem::line).toList());
        after.removeAll(Verifier.verify(original).lines());
        return after;
    }

    public static Path of(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else if (p.getFileName().toString().endsWith(".json")) Files.copy(p, target);
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
