package dev.regionstack.app.pipeline;

import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;

/**
 * The root of one environment's stacks in the pipeline. A root (not a stage nested in the pipeline stack) keeps
 * every construct path, and so every name CDK derives from a path, equal to the app's. An App's stage name is
 * empty, and CDK Pipelines names the pipeline stage (and tells stages apart) by it, so this one answers the
 * environment's name.
 */
public final class EnvironmentApp extends App {
    private final String environment;

    public EnvironmentApp(String environment, AppProps props) {
        super(props);
        this.environment = environment;
    }

    @Override
    public String getStageName() {
        return environment;
    }
}
