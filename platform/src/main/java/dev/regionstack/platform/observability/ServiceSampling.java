package dev.regionstack.platform.observability;

import software.amazon.awscdk.services.xray.CfnSamplingRule;
import software.constructs.Construct;

/**
 * The X-Ray sampling rule for one service in one region: every request of the service (any host, method, path) at a
 * fixed rate, after a reservoir of one traced request per second, so that a quiet service still shows traces.
 * The service reports itself under {@code serviceName} (the app container's {@code OTEL_SERVICE_NAME} and
 * {@code AWS_XRAY_TRACING_NAME}), which keeps the rules of two environments sharing an account apart.
 */
public final class ServiceSampling extends Construct {
    /** Before X-Ray's Default rule (10000); lower numbers are evaluated first. */
    public static final int PRIORITY = 100;

    /**
     * @param ruleName    at most 32 characters (PhysicalNames.samplingRule)
     * @param serviceName the name the service's traces carry
     * @param fixedRate   the share of requests beyond the reservoir, 0 to 1 (the sizing's trace sample rate)
     */
    public ServiceSampling(Construct scope, String id, String ruleName, String serviceName, double fixedRate) {
        super(scope, id);
        if (fixedRate < 0 || fixedRate > 1) throw new IllegalArgumentException("a sampling rate is between 0 and 1, not " + fixedRate);
        if (ruleName.length() > 32) throw new IllegalArgumentException("X-Ray rule names have at most 32 characters: " + ruleName);
        CfnSamplingRule.Builder.create(this, "Resource")
                .samplingRule(CfnSamplingRule.SamplingRuleProperty.builder()
                        .ruleName(ruleName)
                        .priority(PRIORITY)
                        .fixedRate(fixedRate)
                        .reservoirSize(1)
                        .serviceName(serviceName)
                        .serviceType("*")
                        .host("*")
                        .httpMethod("*")
                        .urlPath("*")
                        .resourceArn("*")
                        .version(1)
                        .build())
                .build();
    }
}
