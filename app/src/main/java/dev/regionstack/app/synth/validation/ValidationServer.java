package dev.regionstack.app.synth.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Node.js process running aws-cdk-lib's CloudFormationValidatePlugin ({@code validate-server.js}) on its own core.
 * One request at a time: a validation context as JSON in, the plugin's report as JSON out.
 *
 * <p>Its Node.js runs with one garbage-collection thread and a larger young generation: the engine's start allocates
 * heavily, and on two cores the default helper threads take the CPU from the JVM and jsii (measured: start and
 * warm-up 4.1 s of wall time and 9.6 s of CPU with the defaults, 2.3 s and 6 s so).
 */
final class ValidationServer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Process process;
    private final BufferedReader answers;
    private final OutputStream requests;
    private JsonNode ready;

    private ValidationServer(Process process) {
        this.process = process;
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.requests = process.getOutputStream();
    }

    /** Starts a server on the plugin's files and waits until its engine is warm. */
    static ValidationServer startReady(Map<String, String> env) throws IOException {
        Path dir = EngineFiles.locate(env);
        String node = env.getOrDefault("JSII_NODE", "node");
        ProcessBuilder builder = new ProcessBuilder(node, "--single-threaded-gc", "--max-semi-space-size=32",
                dir.resolve(EngineFiles.SERVER).toString(), dir.toString(), dir.resolve(EngineFiles.WARM_UP).toString());
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process process = builder.start();
        // stopped with the JVM, which otherwise lingers about 0.3 s on exit while the server is alive
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "regionstack-validation-server-stop"));
        ValidationServer server = new ValidationServer(process);
        server.ready();
        return server;
    }

    synchronized String version() throws IOException {
        return ready().path("version").asText();
    }

    synchronized List<String> ruleIds() throws IOException {
        List<String> ids = new ArrayList<>();
        ready().path("ruleIds").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    /** The plugin's report for one validation context (the JSON of {@code IPolicyValidationContext} minus the app). */
    synchronized JsonNode validate(JsonNode context) throws IOException {
        ready();
        requests.write((JSON.writeValueAsString(context) + "\n").getBytes(StandardCharsets.UTF_8));
        requests.flush();
        return answer("report").path("report");
    }

    private synchronized JsonNode ready() throws IOException {
        if (ready == null) ready = answer("ready").path("ready");
        return ready;
    }

    private JsonNode answer(String field) throws IOException {
        String line = answers.readLine();
        if (line == null) throw new IOException("the validation engine's process ended" + exitStatus());
        JsonNode answer = JSON.readTree(line);
        if (answer.has("error")) throw new IOException(answer.path("error").asText());
        if (!answer.has(field)) throw new IOException("the validation engine answered without " + field);
        return answer;
    }

    private String exitStatus() {
        try {
            return process.waitFor(2, TimeUnit.SECONDS) ? " (exit " + process.exitValue() + ")" : "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
