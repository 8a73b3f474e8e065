package dev.regionstack.app.pipeline;

/** Small fleets for the pipeline tests: 2 environments × 2 regions, network and security only (fast to synth). */
public final class PipelineFleets {
    private PipelineFleets() {}

    /** The first environment (staging, auto) names {@code pipeline}; prod needs a manual approval. */
    public static final String WITH_PIPELINE = fleet("[network, security, pipeline]", "[network, security]");

    /** Only the second environment names {@code pipeline}: ignored, the pipeline belongs to the first. */
    public static final String PIPELINE_IN_SECOND_ONLY = fleet("[network, security]", "[network, security, pipeline]");

    public static final String WITHOUT_PIPELINE = fleet("[network, security]", "[network, security]");

    private static String fleet(String stagingComponents, String prodComponents) {
        return """
                project: demo
                defaults:
                  sizing: small
                environments:
                  staging:
                    account: "111111111111"
                    components: %s
                    regions:
                      eu-west-2:
                        cidr: 10.0.0.0/16
                        primary: true
                      eu-west-1:
                        cidr: 10.1.0.0/16
                  prod:
                    account: "222222222222"
                    approval: manual
                    components: %s
                    regions:
                      us-east-1:
                        cidr: 10.20.0.0/16
                        primary: true
                      us-west-2:
                        cidr: 10.21.0.0/16
                """.formatted(stagingComponents, prodComponents);
    }
}
