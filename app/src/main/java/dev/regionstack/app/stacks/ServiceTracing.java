package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.names.PhysicalNames;
import dev.regionstack.platform.observability.ServiceSampling;
import software.amazon.awscdk.services.ecs.ContainerDefinition;

/**
 * The service's traces: the app container reports as {@code <project>-<env>} (OpenTelemetry's and the X-Ray SDK's
 * service-name variables), and the observability stack's sampling rule samples that service at the sizing's rate
 * ({@code Sizing.traceSampleRate()}: 1%, 2%, 5%).
 */
public final class ServiceTracing {
    private ServiceTracing() {}

    public static String serviceName(Deployment d) { return PhysicalNames.prefix(d.project(), d.environment()); }

    /** Names the service in its app container's environment. */
    public static void name(AppStack app, Deployment d) {
        ContainerDefinition container = app.service().service().getTaskDefinition().findContainer("app");
        container.addEnvironment("OTEL_SERVICE_NAME", serviceName(d));
        container.addEnvironment("AWS_XRAY_TRACING_NAME", serviceName(d));
    }

    public static void samplingRule(ObservabilityStack stack, Deployment d) {
        new ServiceSampling(stack, "ServiceSampling", PhysicalNames.samplingRule(d.project(), d.environment(), d.region()),
                serviceName(d), d.settings().sizing().traceSampleRate());
    }
}
