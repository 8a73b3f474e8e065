package dev.regionstack.verify;

/** CloudFormation refuses a template without resources (and the CDK CLI skips such a stack without a word). */
final class NonEmptyStacks implements Check {
    @Override
    public String name() { return "resources"; }

    @Override
    public void run(Simulation simulation, Findings findings) {
        for (StackModel s : simulation.assembly().stacks()) {
            findings.expect(!s.resources().isEmpty(), s.name(), "Resources",
                    "the template has no resources, so CloudFormation refuses it and the CDK CLI skips the stack",
                    "do not create the stack when it has nothing of its own, and move anything others read from it to its producer");
        }
    }
}
