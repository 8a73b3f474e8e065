package dev.regionstack.verify;

import dev.regionstack.names.NameRules;

/**
 * CloudFormation's per-stack quotas (Understand CloudFormation quotas, AWS CloudFormation User Guide): 500
 * resources, 200 outputs, 200 parameters, 200 mappings, a template of at most 1 MB from S3 (checked as 1,000,000
 * bytes), logical ids of at most 255 characters, stack names of at most 128 characters that start with a letter
 * and hold only letters, digits and hyphens.
 */
final class StackLimits implements Check {
    static final int MAX_RESOURCES = 500;
    static final int MAX_OUTPUTS = 200;
    static final int MAX_PARAMETERS = 200;
    static final int MAX_MAPPINGS = 200;
    static final long MAX_TEMPLATE_BYTES = 1_000_000;
    static final int MAX_LOGICAL_ID = 255;

    @Override
    public String name() { return "limits"; }

    @Override
    public void run(Simulation simulation, Findings f) {
        for (StackModel s : simulation.assembly().stacks()) {
            String n = s.name();
            count(f, n, "Resources", s.template().path("Resources").size(), MAX_RESOURCES, "resources");
            count(f, n, "Outputs", s.template().path("Outputs").size(), MAX_OUTPUTS, "outputs");
            count(f, n, "Parameters", s.template().path("Parameters").size(), MAX_PARAMETERS, "parameters");
            count(f, n, "Mappings", s.template().path("Mappings").size(), MAX_MAPPINGS, "mappings");
            f.expect(s.templateBytes() <= MAX_TEMPLATE_BYTES, n, "Template",
                    String.format("the template is %,d bytes, over CloudFormation's 1 MB", s.templateBytes()),
                    "split the layer into more stacks");
            java.util.Optional<String> badName = NameRules.STACK.problem(n);
            f.expect(badName.isEmpty(), n, "StackName", "the stack name: " + badName.orElse(""),
                    "shorten the project or environment name in the fleet file");
            for (String section : new String[] {"Resources", "Outputs", "Parameters"}) {
                s.template().path(section).properties().forEach(e -> f.expect(e.getKey().length() <= MAX_LOGICAL_ID, n,
                        e.getKey().substring(0, Math.min(60, e.getKey().length())) + "…",
                        "the logical id is " + e.getKey().length() + " characters, over CloudFormation's " + MAX_LOGICAL_ID,
                        "shorten the construct id"));
            }
        }
    }

    private static void count(Findings f, String stack, String section, int count, int max, String what) {
        f.expect(count <= max, stack, section, "the template declares " + count + " " + what + ", over CloudFormation's "
                + max + " per stack", "split the layer into more stacks");
    }
}
