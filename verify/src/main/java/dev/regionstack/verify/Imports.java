package dev.regionstack.verify;

import java.util.List;
import java.util.Optional;

/**
 * Every {@code Fn::ImportValue} names an export of another, non-empty stack of the same account and region that
 * deploys before the importer; export names are unique per account and region.
 */
final class Imports implements Check {
    @Override
    public String name() { return "imports"; }

    @Override
    public void run(Simulation simulation, Findings f) {
        AssemblyModel model = simulation.assembly();
        for (AssemblyModel.Output duplicate : model.duplicateExports()) {
            f.problem(duplicate.stack().name(), duplicate.outputId(), "exports a name another stack of "
                    + duplicate.stack().scope() + " already exports", "export names must be unique per account and region: rename one");
        }
        for (StackModel s : model.stacks()) {
            Templates.objects(s.template(), (entry, node) -> {
                if (node.size() == 1 && node.has("Fn::ImportValue")) check(simulation, f, s, entry, node);
            });
        }
    }

    private static void check(Simulation simulation, Findings f, StackModel s, String entry, com.fasterxml.jackson.databind.JsonNode node) {
        AssemblyModel model = simulation.assembly();
        Optional<String> name = simulation.resolver().resolve(s, node.get("Fn::ImportValue")).literal();
        f.checked();
        if (name.isEmpty()) {
            f.problem(s.name(), entry, "imports a value whose export name only AWS knows", "import a literal export name");
            return;
        }
        Optional<AssemblyModel.Output> export = model.export(s.scope(), name.get());
        if (export.isEmpty()) {
            List<String> elsewhere = model.exports().entrySet().stream()
                    .filter(e -> e.getKey().endsWith("/" + name.get())).map(e -> e.getValue().stack().name()).toList();
            f.missing(s.name(), entry, "imports " + name.get() + ", which no stack of " + s.scope() + " exports"
                            + (elsewhere.isEmpty() ? "" : " (" + String.join(", ", elsewhere) + " exports it in another account or region, where imports cannot see it)"),
                    "export it from a stack of the same account and region, or read the value by name or from SSM");
            return;
        }
        StackModel producer = export.get().stack();
        if (producer == s) {
            f.problem(s.name(), entry, "imports " + name.get() + ", which it exports itself", "use the value directly");
        } else if (producer.resources().isEmpty()) {
            f.problem(s.name(), entry, "imports " + name.get() + " from " + producer.name() + ", which has no resources:"
                    + " CloudFormation refuses that template, so the export never exists", "give the value to the stack that owns it, or read it by name");
        } else if (!model.deploysBefore(producer, s)) {
            f.problem(s.name(), entry, "imports " + name.get() + " from " + producer.name() + ", which does not deploy before it"
                    + " (wave " + producer.wave() + ", this stack wave " + s.wave() + ")", "make " + s.name() + " depend on " + producer.name());
        }
    }
}
