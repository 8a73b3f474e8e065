package dev.regionstack.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for {@code cdk drift}, put on PATH: it logs its arguments, prints on stderr (where the real CLI logs)
 * the output given for its last argument (the stack), copied from the pinned CLI's drift formatter
 * ({@code src/test/resources/drift/*.txt}), and exits with the code given for it (0 unless told).
 */
final class FakeDriftCdk {
    private static final String SCRIPT = """
            #!/usr/bin/env bash
            stack="${!#}"
            echo "$*" >> "$STANDIN_DIR/calls.log"
            if [ -f "$STANDIN_DIR/$stack.out" ]; then cat "$STANDIN_DIR/$stack.out" >&2; fi
            if [ -f "$STANDIN_DIR/$stack.code" ]; then exit "$(cat "$STANDIN_DIR/$stack.code")"; fi
            exit 0
            """;

    final Path dir;
    final Path assembly;
    private final Path bin;

    FakeDriftCdk(Path dir) throws IOException {
        this.dir = dir;
        this.bin = Files.createDirectories(dir.resolve("bin"));
        this.assembly = Files.createDirectories(dir.resolve("cdk.out"));
        Files.writeString(assembly.resolve("manifest.json"), "{\"version\":\"54.0.0\",\"artifacts\":{}}");
        Path cdk = bin.resolve("cdk");
        Files.writeString(cdk, SCRIPT);
        Files.setPosixFilePermissions(cdk, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** {@code stack}'s drift prints the fixture {@code drift/<fixture>.txt} and exits with {@code code}. */
    FakeDriftCdk answer(String stack, String fixture, int code) throws IOException {
        try (var in = FakeDriftCdk.class.getResourceAsStream("/drift/" + fixture + ".txt")) {
            Files.write(dir.resolve(stack + ".out"), in.readAllBytes());
        }
        Files.writeString(dir.resolve(stack + ".code"), Integer.toString(code));
        return this;
    }

    CdkCli cli() {
        return CdkCli.locate(Path.of("/nonexistent-repo"), environment());
    }

    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        env.put("HOME", dir.toString());
        env.put("STANDIN_DIR", dir.toString());
        env.put(CdkCli.OVERRIDE_VARIABLE, "cdk");
        return env;
    }

    List<String> calls() throws IOException {
        Path log = dir.resolve("calls.log");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }
}
