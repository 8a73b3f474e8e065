package dev.regionstack.verify;

import java.util.Optional;

/**
 * Every SSM parameter read at deploy time (an SSM-typed template parameter in the stack's own account and region, or
 * a {@code Custom::AWS getParameter} read in any region) is written by an {@code AWS::SSM::Parameter} of a stack of
 * that account and region that deploys before the reader. CDK's bootstrap parameters ({@code /cdk-bootstrap/...})
 * are written by {@code cdk bootstrap}, not by the assembly. Two stacks of one account and region never write the
 * same parameter name.
 */
final class ParameterReads implements Check {
    static final String BOOTSTRAP = "/cdk-bootstrap/";

    @Override
    public String name() { return "parameters"; }

    @Override
    public void run(Simulation simulation, Findings f) {
        AssemblyModel model = simulation.assembly();
        for (Resource duplicate : model.duplicateParameters()) {
            f.problem(duplicate.stack().name(), duplicate.logicalId(), "writes the SSM parameter " + duplicate.property("Name").asText()
                    + ", which another stack of " + duplicate.stack().scope() + " already writes", "parameter names must be unique per account and region: rename one");
        }
        for (StackModel s : model.stacks()) {
            s.template().path("Parameters").properties().forEach(e -> {
                if (!e.getValue().path("Type").asText().startsWith("AWS::SSM::Parameter::Value<")) return;
                String name = e.getValue().path("Default").asText();
                if (name.startsWith(BOOTSTRAP)) return;
                check(model, f, s, e.getKey(), s.region(), name);
            });
            for (Resource r : s.resources()) {
                Optional<Resolver.ParameterRead> read = simulation.resolver().parameterRead(r);
                read.ifPresent(p -> check(model, f, s, r.logicalId(), p.region(), p.name()));
            }
        }
    }

    private static void check(AssemblyModel model, Findings f, StackModel reader, String entry, String region, String name) {
        f.checked();
        Optional<Resource> writer = model.parameter(reader.account() + "/" + region, name);
        if (writer.isEmpty()) {
            f.missing(reader.name(), entry, "reads the SSM parameter " + name + " in " + region + ", which no stack of "
                    + reader.account() + "/" + region + " writes", "write it in the producing stack, or stop reading it");
        } else if (!model.deploysBefore(writer.get().stack(), reader)) {
            f.problem(reader.name(), entry, "reads the SSM parameter " + name + " in " + region + ", written by "
                    + writer.get().stack().name() + ", which does not deploy before it", "make " + reader.name() + " depend on " + writer.get().stack().name());
        }
    }
}
