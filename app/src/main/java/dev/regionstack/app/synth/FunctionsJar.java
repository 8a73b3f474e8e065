package dev.regionstack.app.synth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Finds the Lambda artifact of the functions module. The regionstack jar carries it as a resource; it is
 * written once to a content-addressed file so that CDK's asset hash, and so the synth output, never changes
 * between runs. {@code REGIONSTACK_FUNCTIONS_JAR} points at another build of it.
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
            byte[] bytes = in.readAllBytes();
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
            Path dir = Path.of(System.getProperty("java.io.tmpdir"), "regionstack-functions-" + hash);
            Path jar = dir.resolve("regionstack-functions.jar");
            // the directory is shared (tmp): use an existing copy only when its bytes are ours
            if (!Files.isRegularFile(jar) || Files.size(jar) != bytes.length || !Arrays.equals(Files.readAllBytes(jar), bytes)) {
                Files.createDirectories(dir);
                Path tmp = Files.createTempFile(dir, "jar", ".tmp");
                Files.write(tmp, bytes);
                Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Lambda artifact: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
