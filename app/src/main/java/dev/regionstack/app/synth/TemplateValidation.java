package dev.regionstack.app.synth;

import dev.regionstack.app.synth.validation.ExternalValidation;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Validations;

import java.util.Map;

/**
 * aws-cdk-lib's own CloudFormation validation, the plugin CDK adds by default, run outside jsii's process
 * ({@link ExternalValidation}): its engine (WebAssembly) takes about 3 s to start and 2 s to validate a six-region
 * fleet, and in a Node.js process of its own it starts on the second core while the JVM and jsii (which take turns on
 * one) build the constructs. One instance serves every app of the process.
 *
 * <p>CDK adds its default instance to every app unless {@code CDK_VALIDATION=false} in jsii's process, which gets the
 * JVM's environment. So the {@code regionstack} launcher sets {@code CDK_VALIDATION=false} and passes the user's
 * value on as {@code REGIONSTACK_CDK_VALIDATION}; run otherwise (no {@code REGIONSTACK_CDK_VALIDATION}), regionstack
 * registers nothing and CDK's default instance validates in jsii's process: the same report, more slowly.
 */
public final class TemplateValidation {
    private static final Map<String, String> ENV = System.getenv();
    private static ExternalValidation plugin;

    private TemplateValidation() {}

    /** Starts the engine's process, when it is the one that validates (plain JVM work: no jsii call). */
    public static synchronized void startInBackground() {
        if (plugin == null && external(ENV)) plugin = ExternalValidation.startInBackground(ENV, System.err);
    }

    /** Validates the app's templates when it synthesizes, unless the user's {@code CDK_VALIDATION=false} turns it off. */
    public static void register(App app) {
        if (!external(ENV)) return;   // CDK's default instance, or none
        startInBackground();
        Validations.of(app).addPlugins(plugin);
    }

    /** How long CDK has waited for the validations outside jsii's process so far (0 when they run inside it). */
    public static synchronized double waitedSeconds() {
        return plugin == null ? 0 : plugin.waitedNanos() / 1e9;
    }

    /** Whether CDK's validation runs: the user's {@code CDK_VALIDATION=false} turns it off. */
    public static boolean enabled() {
        return enabled(ENV);
    }

    static boolean enabled(Map<String, String> env) {
        String users = env.containsKey(USERS) ? env.get(USERS) : env.get("CDK_VALIDATION");
        return !"false".equals(users);
    }

    /** Whether the plugin runs outside jsii's process: CDK's default instance is off there, the user's choice on. */
    static boolean external(Map<String, String> env) {
        return env.containsKey(USERS) && "false".equals(env.get("CDK_VALIDATION")) && enabled(env);
    }

    /** Where the launcher keeps the user's {@code CDK_VALIDATION}. */
    static final String USERS = "REGIONSTACK_CDK_VALIDATION";
}
