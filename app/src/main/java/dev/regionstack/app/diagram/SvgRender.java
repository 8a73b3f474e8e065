package dev.regionstack.app.diagram;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Renders DOT to SVG with Graphviz's {@code dot} (Debian package {@code graphviz}), an optional prerequisite: without
 * it, {@code diagram} still writes DOT or Mermaid.
 */
public final class SvgRender {
    private static final long TIMEOUT_SECONDS = 120;
    private final String dot;

    /** @param dot the {@code dot} executable (a name on PATH or a path) */
    public SvgRender(String dot) { this.dot = dot; }

    /** {@code dot} from PATH, or {@code REGIONSTACK_DOT} when set. */
    public static SvgRender fromEnvironment() {
        String override = System.getenv("REGIONSTACK_DOT");
        return new SvgRender(override == null || override.isBlank() ? "dot" : override);
    }

    public String render(String dotText) {
        Process process;
        try {
            process = new ProcessBuilder(List.of(dot, "-Tsvg")).start();
        } catch (IOException e) {
            throw new IllegalStateException("Graphviz's `" + dot + "` cannot be run (" + e.getMessage() + "): install it"
                    + " (Debian: apt-get install graphviz), or write --format dot or --format mermaid and render that elsewhere");
        }
        try {
            CompletableFuture<byte[]> stdout = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            CompletableFuture<byte[]> stderr = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            try (OutputStream in = process.getOutputStream()) {
                in.write(dotText.getBytes(StandardCharsets.UTF_8));
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("`" + dot + " -Tsvg` did not finish in " + TIMEOUT_SECONDS + " s");
            }
            String svg = new String(stdout.join(), StandardCharsets.UTF_8);
            if (process.exitValue() != 0 || !svg.contains("<svg")) {
                String why = new String(stderr.join(), StandardCharsets.UTF_8).strip().lines().findFirst().orElse("no output");
                throw new IllegalStateException("`" + dot + " -Tsvg` failed (exit " + process.exitValue() + "): " + why);
            }
            return svg;
        } catch (IOException e) {
            throw new IllegalStateException("`" + dot + " -Tsvg` failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted while `" + dot + "` rendered the diagram", e);
        }
    }

    private static byte[] readAll(java.io.InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
