package dev.regionstack.app.synth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Finds the Lambda artifact of the functions module. The regionstack jar carries it as a resource; it is
 * written once to a content-addressed file in the user's cache directory ({@code $XDG_CACHE_HOME/regionstack}, else
 * {@code ~/.cache/regionstack}; not the shared tmp directory, where another user could plant a file) so that CDK's
 * asset hash, and so the synth output, never changes between runs. {@code REGIONSTACK_FUNCTIONS_JAR} points at
 * another build of it.
 */
public final class FunctionsJar {
    static final String RESOURCE = "/lambda/functions.jar";
    private static Path located;

    private FunctionsJar() {}

    /** The artifact's path; the first call writes it (reading and hashing 16 MB), later calls reuse the answer. */
    public static synchronized Path locate() {
        if (located == null) located = find();
        return located;
    }

    private static Path find() {
        String override = System.getenv("REGIONSTACK_FUNCTIONS_JAR");
        if (override != null && !override.isBlank()) {
            Path p = Path.of(override);
            if (!Files.isRegularFile(p)) throw new IllegalStateException("REGIONSTACK_FUNCTIONS_JAR=" + override + " is not a file");
            return p;
        }
        try (InputStream in = FunctionsJar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the Lambda artifact " + RESOURCE + " is not in this build of regionstack;"
                        + " build it with `mvn -q package -DskipTests` (or set REGIONSTACK_FUNCTIONS_JAR)");
            }
            return writeOnce(cacheDirectory(), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Lambda artifact: " + e.getMessage(), e);
        }
    }

    private static Path cacheDirectory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("regionstack");
    }

    /** {@code cache/functions-<sha256 prefix>/regionstack-functions.jar} holding exactly these bytes. */
    static Path writeOnce(Path cache, byte[] bytes) throws IOException {
        String hash;
        try {
            hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Path dir = cache.resolve("functions-" + hash);
        Path jar = dir.resolve("regionstack-functions.jar");
        // reuse a copy only when it is a plain file with our bytes (not a link, not a half-written file)
        if (!Files.isRegularFile(jar, LinkOption.NOFOLLOW_LINKS) || Files.size(jar) != bytes.length
                || !Arrays.equals(Files.readAllBytes(jar), bytes)) {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "jar", ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return jar;
    }
}
