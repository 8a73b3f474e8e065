package dev.regionstack.app.synth;

import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.CfnWaitConditionHandle;
import software.amazon.awscdk.CloudFormationValidatePlugin;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Validations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * aws-cdk-lib's own CloudFormation validation, the same plugin CDK adds by default, registered explicitly so that
 * one warmed-up instance serves every app of the process.
 *
 * <p>Why: its engine (WebAssembly) grows its memory hundreds of times while it starts, and every growth makes
 * Node.js collect garbage. Started after the fleet's constructs exist, each of those collections walks the whole
 * construct tree (about 2.5 s for one deployment); started before, on a near-empty heap, they are cheap, and the
 * start-up can overlap the JVM's own work (reading and planning the fleet). Registered at the App level, it replaces
 * CDK's default instance: same rules, same report, same acknowledgements.
 */
public final class TemplateValidation {
    private static volatile CompletableFuture<CloudFormationValidatePlugin> plugin;

    private TemplateValidation() {}

    /**
     * Starts the engine on a background thread. Until {@link #awaitStart} returns, the caller must make no other jsii
     * call (jsii's client is not thread-safe): only plain JVM work, such as planning the fleet.
     */
    public static synchronized void startInBackground() {
        if (plugin == null && enabled()) {
            plugin = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    plugin.complete(warmedUp());
                } catch (Throwable e) {
                    plugin.completeExceptionally(e);
                }
            }, "regionstack-template-validation");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Waits for a start begun by {@link #startInBackground}, if any; after it, jsii calls are safe again. */
    public static void awaitStart() {
        CompletableFuture<CloudFormationValidatePlugin> started = plugin;
        if (started != null) join(started);
    }

    /**
     * Validates the app's templates with the shared engine when it synthesizes (starting it if need be), unless
     * {@code CDK_VALIDATION=false} turns CDK's validation off, as it does for CDK's default instance.
     */
    public static void register(App app) {
        if (!enabled()) return;
        startInBackground();
        CloudFormationValidatePlugin shared = join(plugin);   // before Validations.of: no jsii call during the start
        Validations.of(app).addPlugins(shared);
    }

    /** Whether CDK's validation runs: {@code CDK_VALIDATION=false} turns it off. */
    public static boolean enabled() {
        return !"false".equals(System.getenv("CDK_VALIDATION"));
    }

    private static CloudFormationValidatePlugin join(CompletableFuture<CloudFormationValidatePlugin> started) {
        try {
            return started.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }

    /** A new plugin whose engine has validated one template: its first validation loads what later ones reuse. */
    private static CloudFormationValidatePlugin warmedUp() {
        CloudFormationValidatePlugin created = new CloudFormationValidatePlugin();
        Path dir;
        try {
            dir = Files.createTempDirectory("regionstack-validation-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            App app = new App(AppProps.builder().outdir(dir.toString()).autoSynth(false).analyticsReporting(false)
                    .treeMetadata(false).performanceReporting(false).stackTraces(false).build());
            Validations.of(app).addPlugins(created);
            new CfnWaitConditionHandle(new Stack(app, "WarmUp"), "Handle");
            app.synth();
            return created;
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
