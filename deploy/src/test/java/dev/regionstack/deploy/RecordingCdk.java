package dev.regionstack.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for the {@code cdk} executable, put on PATH: it logs its arguments with start and end times (ns)
 * and its PID, prints a line on stdout and one on stderr, sleeps, and exits with the code configured for its
 * last argument (the stack name), 0 unless told otherwise.
 */
final class RecordingCdk {
    private static final String SCRIPT = """
            #!/usr/bin/env bash
            stack="${!#}"
            echo "start $(date +%s%N) $$ $*" >> "$STANDIN_LOG"
            echo "pretend deploying $stack"
            echo "a warning about $stack" >&2
            sleep "${STANDIN_SLEEP:-0.3}"
            code=0
            for a in "$@"; do
              key=$(printf '%s' "$a" | tr '/:' '__')
              if [ -f "$STANDIN_DIR/exit-$key" ]; then code=$(cat "$STANDIN_DIR/exit-$key"); fi
            done
            echo "end $(date +%s%N) $$ $stack $code" >> "$STANDIN_LOG"
            exit "$code"
            """;

    final Path bin;
    final Path home;
    final Path log;
    final Path assembly;
    private final Path dir;
    private final Map<String, String> extraEnvironment = new HashMap<>();

    private RecordingCdk(Path dir) throws IOException {
        this.dir = dir;
        this.bin = Files.createDirectories(dir.resolve("bin"));
        this.home = Files.createDirectories(dir.resolve("home"));
        this.log = dir.resolve("calls.log");
        this.assembly = Files.createDirectories(dir.resolve("cdk.out"));
        Files.writeString(assembly.resolve("manifest.json"), "{\"version\":\"54.0.0\",\"artifacts\":{}}");
        Path cdk = bin.resolve("cdk");
        Files.writeString(cdk, SCRIPT);
        Files.setPosixFilePermissions(cdk, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    static RecordingCdk in(Path dir) throws IOException {
        return new RecordingCdk(dir);
    }

    /** The stand-in, found the way the app finds it: {@code REGIONSTACK_CDK=cdk} looked up on PATH. */
    CdkCli cli() {
        return CdkCli.locate(Path.of("/nonexistent-repo"), environment());
    }

    /** Calls that have {@code argument} among their arguments exit with {@code code}. */
    RecordingCdk exitWith(String argument, int code) throws IOException {
        Files.writeString(dir.resolve("exit-" + argument.replaceAll("[/:]", "_")), Integer.toString(code));
        return this;
    }

    RecordingCdk sleepSeconds(double seconds) {
        extraEnvironment.put("STANDIN_SLEEP", Double.toString(seconds));
        return this;
    }

    RecordingCdk with(String variable, String value) {
        extraEnvironment.put(variable, value);
        return this;
    }

    RecordingCdk awsConfig(String text) throws IOException {
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws/config"), text);
        return this;
    }

    /** A hermetic environment: only what the stand-in needs, with its directory first on PATH. */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        env.put("HOME", home.toString());
        env.put("STANDIN_LOG", log.toString());
        env.put("STANDIN_DIR", dir.toString());
        env.put(CdkCli.OVERRIDE_VARIABLE, "cdk");
        // the deploy refuses to start without a credential source; the stand-in needs none, these satisfy the check
        env.put("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE");
        env.put("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        env.putAll(extraEnvironment);
        return env;
    }

    /** The calls the stand-in logged, in start order. */
    List<Call> calls() throws IOException {
        if (!Files.exists(log)) return List.of();
        Map<String, Call> byPid = new LinkedHashMap<>();
        for (String line : Files.readAllLines(log)) {
            String[] w = line.split(" ");
            if (w[0].equals("start")) {
                List<String> args = List.of(Arrays.copyOfRange(w, 3, w.length));
                byPid.put(w[2], new Call(args.get(args.size() - 1), args, Long.parseLong(w[1]), -1, -1));
            } else {
                Call c = byPid.get(w[2]);
                byPid.put(w[2], new Call(c.stack(), c.args(), c.startNs(), Long.parseLong(w[1]), Integer.parseInt(w[4])));
            }
        }
        return new ArrayList<>(byPid.values());
    }

    /** The largest number of calls running at the same moment. */
    static int maxOverlap(List<Call> calls) {
        int max = 0;
        for (Call c : calls) {
            int running = (int) calls.stream().filter(o -> o.startNs() <= c.startNs() && o.endNs() > c.startNs()).count();
            max = Math.max(max, running);
        }
        return max;
    }

    record Call(String stack, List<String> args, long startNs, long endNs, int exitCode) {}
}
