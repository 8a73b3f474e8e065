package dev.regionstack.deploy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The AWS CDK CLI executable that regionstack drives.
 *
 * <p>The build installs the pinned 2.x CLI into {@code tools/cdk-cli/node_modules}; a global {@code cdk} is never
 * used, because npm's {@code latest} aws-cdk (3.x) cannot read aws-cdk-lib 2.26x assemblies and a bare
 * {@code npx cdk} can resolve to an unrelated package.
 *
 * @param executable the {@code cdk} program to run
 */
public record CdkCli(Path executable) {
    /** The aws-cdk version {@code tools/cdk-cli/package.json} pins (a test keeps the two equal). */
    public static final String PINNED_VERSION = "2.1148.1";
    /** Names a stand-in executable (a path, or a command found on PATH) used instead of the pinned CLI. */
    public static final String OVERRIDE_VARIABLE = "REGIONSTACK_CDK";
    /** The regionstack checkout whose {@code tools/cdk-cli} holds the pinned CLI (set by the {@code ./regionstack} script). */
    public static final String HOME_VARIABLE = "REGIONSTACK_HOME";

    public CdkCli {
        Objects.requireNonNull(executable, "executable");
    }

    /** {@link #locate(Path, Map)} with the process environment. */
    public static CdkCli locate(Path repoRoot) {
        return locate(repoRoot, System.getenv());
    }

    /**
     * The pinned CLI that the build installs under {@code tools/cdk-cli} of the regionstack checkout:
     * {@code REGIONSTACK_HOME} in {@code environment} when it names a directory, else the nearest directory at or above
     * {@code start} that has {@code tools/cdk-cli}, else {@code start}; then as {@link #locate(Path, Map)}.
     *
     * @param start       where to start looking, usually the working directory
     * @param environment the environment variables to read
     * @throws RolloutException if that executable is missing, or the installed CLI is not the pinned version
     */
    public static CdkCli find(Path start, Map<String, String> environment) {
        String home = environment.get(HOME_VARIABLE);
        if (home != null && Files.isDirectory(Path.of(home))) return locate(Path.of(home), environment);
        Path from = start.toAbsolutePath();
        for (Path dir = from; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("tools").resolve("cdk-cli"))) return locate(dir, environment);
        }
        return locate(from, environment);
    }

    /**
     * The {@code cdk} named by {@code REGIONSTACK_CDK} in {@code environment} if set, else the pinned CLI under
     * {@code repoRoot/tools/cdk-cli/node_modules}.
     *
     * @throws RolloutException if that executable is missing, or the installed CLI is not the pinned version
     */
    public static CdkCli locate(Path repoRoot, Map<String, String> environment) {
        String override = environment.get(OVERRIDE_VARIABLE);
        if (override != null && !override.isBlank()) {
            return new CdkCli(resolveOverride(override, environment.get("PATH")));
        }
        Path dir = repoRoot.resolve("tools/cdk-cli").toAbsolutePath().normalize();
        Path bin = dir.resolve("node_modules/.bin/cdk");
        Path manifest = dir.resolve("node_modules/aws-cdk/package.json");
        if (!Files.isExecutable(bin) || !Files.isRegularFile(manifest)) {
            throw new RolloutException("the AWS CDK CLI is not installed: " + bin + " is missing; build the project"
                    + " (mvn -pl deploy generate-resources) or run `npm ci` in " + dir);
        }
        String installed = installedVersion(manifest);
        if (!PINNED_VERSION.equals(installed)) {
            throw new RolloutException("the AWS CDK CLI in " + dir + " is aws-cdk " + installed + ", but regionstack needs "
                    + PINNED_VERSION + ": build the project (mvn -pl deploy generate-resources) or run `npm ci` in " + dir);
        }
        return new CdkCli(bin);
    }

    /** {@code [executable, args...]}: the start of every command line. */
    public List<String> command(List<String> args) {
        List<String> command = new ArrayList<>(args.size() + 1);
        command.add(executable.toString());
        command.addAll(args);
        return command;
    }

    private static Path resolveOverride(String override, String pathVariable) {
        if (override.contains("/") || override.contains(File.separator)) {
            Path p = Path.of(override).toAbsolutePath().normalize();
            if (!Files.isExecutable(p)) {
                throw new RolloutException(OVERRIDE_VARIABLE + " names " + p + ", which is not an executable file");
            }
            return p;
        }
        if (pathVariable != null) {
            for (String dir : pathVariable.split(File.pathSeparator)) {
                if (dir.isEmpty()) continue;
                Path p = Path.of(dir, override);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) return p.toAbsolutePath().normalize();
            }
        }
        throw new RolloutException(OVERRIDE_VARIABLE + " names `" + override + "`, which is not an executable on PATH");
    }

    private static String installedVersion(Path manifest) {
        try {
            String version = topLevelString(Files.readString(manifest), "version");
            return version == null ? "of unknown version" : version;
        } catch (IOException e) {
            throw new RolloutException("cannot read " + manifest + ": " + e.getMessage());
        }
    }

    /** The value of a top-level string member of a JSON object (nested members of the same name are skipped). */
    static String topLevelString(String json, String key) {
        int depth = 0;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            } else if (c == '"') {
                int end = endOfString(json, i);
                String token = json.substring(i + 1, end);
                int next = skipBlanks(json, end + 1);
                if (depth == 1 && token.equals(key) && next < json.length() && json.charAt(next) == ':') {
                    int value = skipBlanks(json, next + 1);
                    if (value < json.length() && json.charAt(value) == '"') {
                        return json.substring(value + 1, endOfString(json, value));
                    }
                }
                i = end;
            }
        }
        return null;
    }

    private static int endOfString(String json, int openingQuote) {
        int i = openingQuote + 1;
        while (i < json.length() && json.charAt(i) != '"') i += json.charAt(i) == '\\' ? 2 : 1;
        return i;
    }

    private static int skipBlanks(String json, int i) {
        while (i < json.length() && Character.isWhitespace(json.charAt(i))) i++;
        return i;
    }
}
