package dev.regionstack.app.synth.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awscdk.CloudFormationValidatePlugin;
import software.amazon.awscdk.IPolicyValidationContext;
import software.amazon.awscdk.IPolicyValidationPlugin;
import software.amazon.awscdk.PolicyValidationPluginReport;
import software.amazon.awscdk.PolicyValidationStack;
import software.amazon.awscdk.PolicyViolatingResource;
import software.amazon.awscdk.PolicyViolation;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * CDK's CloudFormationValidatePlugin, run by a {@link ValidationServer} outside jsii's process: same name, same code,
 * same engine, so the same report, to which CDK applies the same acknowledgements. It stands in for CDK's default
 * instance, which must be off in jsii's process ({@code CDK_VALIDATION=false} there, see TemplateValidation). Should
 * the server fail, it validates in jsii's process with CDK's own plugin, as CDK would, and says so once.
 *
 * <p>One engine: measured on two cores, a second server (validating CDK's later requests ahead, from the manifest)
 * made the validations 0.3 s shorter and the constructs 1.5 s longer, its start taking the core the constructs leave
 * free; a second engine in a worker thread, sharing the compiled WebAssembly and taking half of each request, cut the
 * six-regions wait from 1.7 s to 1.2 s for about 330 MB and 1.5 s of CPU at start.
 */
public final class ExternalValidation implements IPolicyValidationPlugin {
    /** A start takes 2-3 s; far longer means something is wrong, and validation moves into jsii's process. */
    static final int START_TIMEOUT_SECONDS = 120;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final CompletableFuture<ValidationServer> server;
    private final PrintStream warnings;
    private CloudFormationValidatePlugin inProcess;
    private final AtomicLong validating = new AtomicLong();

    private ExternalValidation(CompletableFuture<ValidationServer> server, PrintStream warnings) {
        this.server = server;
        this.warnings = warnings;
    }

    /**
     * The plugin, its server starting on a daemon thread (plain JVM work: files and a process; no jsii call).
     *
     * @param warnings where a server's failure is told, once (validation then runs in jsii's process)
     */
    public static ExternalValidation startInBackground(Map<String, String> env, PrintStream warnings) {
        CompletableFuture<ValidationServer> server = CompletableFuture.supplyAsync(() -> {
            try {
                return ValidationServer.startReady(env);
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, runnable -> {
            Thread thread = new Thread(runnable, "regionstack-validation-server");
            thread.setDaemon(true);
            thread.start();
        });
        return new ExternalValidation(server, warnings);
    }

    /** The wall time CDK has waited for this plugin's validations so far, in nanoseconds. */
    public long waitedNanos() {
        return validating.get();
    }

    @Override
    public String getName() {
        return CloudFormationValidatePlugin.PLUGIN_NAME;
    }

    @Override
    public PolicyValidationPluginReport validate(IPolicyValidationContext context) {
        ObjectNode request = JSON.createObjectNode();
        ArrayNode paths = request.putArray("templatePaths");
        context.getTemplatePaths().forEach(paths::add);
        ArrayNode stacks = request.putArray("stackTemplates");
        for (PolicyValidationStack s : context.getStackTemplates()) {
            stacks.addObject().put("stackConstructPath", s.getStackConstructPath()).put("templatePath", s.getTemplatePath());
        }
        if (context.getAccountId() != null) request.put("accountId", context.getAccountId());
        if (context.getRegion() != null) request.put("region", context.getRegion());
        long start = System.nanoTime();
        try {
            if (inProcess == null) return report(server().validate(request));
        } catch (IOException | RuntimeException e) {
            fail(e);
        } finally {
            validating.addAndGet(System.nanoTime() - start);
        }
        return inProcess().validate(context);
    }

    @Override
    public String getVersion() {
        try {
            if (inProcess == null) return server().version();
        } catch (IOException | RuntimeException e) {
            fail(e);
        }
        return inProcess().getVersion();
    }

    @Override
    public List<String> getRuleIds() {
        try {
            if (inProcess == null) return server().ruleIds();
        } catch (IOException | RuntimeException e) {
            fail(e);
        }
        return inProcess().getRuleIds();
    }

    /** The server, warm; an error if it failed, or is not up after {@link #START_TIMEOUT_SECONDS}. */
    private ValidationServer server() throws IOException {
        try {
            return server.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IOException("the validation engine did not start within " + START_TIMEOUT_SECONDS + " s");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(String.valueOf(e.getCause().getMessage()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the validation engine started");
        }
    }

    private void fail(Exception e) {
        warnings.println("warning: CloudFormation validation runs in jsii's process (slower): " + e.getMessage());
        inProcess = new CloudFormationValidatePlugin();
    }

    private CloudFormationValidatePlugin inProcess() {
        if (inProcess == null) inProcess = new CloudFormationValidatePlugin();
        return inProcess;
    }

    /** The plugin's JSON report as the jsii struct CDK reads (absent fields stay absent, as they are in JSON). */
    private static PolicyValidationPluginReport report(JsonNode json) {
        List<PolicyViolation> violations = new ArrayList<>();
        for (JsonNode v : json.path("violations")) {
            List<PolicyViolatingResource> resources = new ArrayList<>();
            for (JsonNode r : v.path("violatingResources")) {
                List<String> locations = new ArrayList<>();
                r.path("locations").forEach(l -> locations.add(l.asText()));
                resources.add(PolicyViolatingResource.builder().locations(locations)
                        .resourceLogicalId(text(r, "resourceLogicalId")).constructPath(text(r, "constructPath"))
                        .templatePath(text(r, "templatePath")).build());
            }
            Map<String, String> metadata = null;
            if (v.path("ruleMetadata").isObject()) {
                metadata = new TreeMap<>();
                for (var m : v.path("ruleMetadata").properties()) metadata.put(m.getKey(), m.getValue().asText());
            }
            violations.add(PolicyViolation.builder().ruleName(v.path("ruleName").asText()).description(v.path("description").asText())
                    .severity(text(v, "severity")).fix(text(v, "fix")).ruleMetadata(metadata).violatingResources(resources).build());
        }
        return PolicyValidationPluginReport.builder().success(json.path("success").asBoolean()).violations(violations).build();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
