package dev.regionstack.deploy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs one CLI command to completion, copying each output line (stdout and stderr) to {@code out} behind a prefix. */
final class CdkProcess {
    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final PrintWriter out;

    CdkProcess(Map<String, String> environment, Path workingDirectory, PrintWriter out) {
        this.environment = Map.copyOf(environment);
        this.workingDirectory = workingDirectory;
        this.out = out;
    }

    /**
     * @return the exit code; -1 if the process could not be started (the reason is printed)
     * @throws InterruptedException if this thread is interrupted while waiting (the process is then destroyed)
     */
    int run(List<String> command, String prefix) throws InterruptedException {
        return run(command, line -> print(prefix, line));
    }

    /**
     * Like {@link #run(List, String)}, handing each output line to {@code lines} instead of printing it.
     *
     * @return the exit code; -1 if the process could not be started (the reason goes to {@code lines})
     */
    int run(List<String> command, java.util.function.Consumer<String> lines) throws InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        if (workingDirectory != null) builder.directory(workingDirectory.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            lines.accept("cannot start " + command.get(0) + ": " + e.getMessage());
            return -1;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) lines.accept(line);
        } catch (IOException e) {
            lines.accept("output lost: " + e.getMessage());
        }
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            process.destroy();
            throw e;
        }
    }

    private void print(String prefix, String line) {
        synchronized (out) {
            out.println(prefix + line);
            out.flush();
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
