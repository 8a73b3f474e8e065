package dev.regionstack.verify;

import dev.regionstack.names.NameRule;
import dev.regionstack.names.NameRules;

import java.util.Optional;

/**
 * Every literal physical name the templates set is within AWS's limits and avoids its reserved patterns
 * ({@link NameRules}); SSM parameter paths are at most {@value NameRules#MAX_PARAMETER_LEVELS} levels deep. A name
 * built from values only AWS knows cannot be checked offline and is left out.
 */
final class PhysicalNames implements Check {
    @Override
    public String name() { return "names"; }

    @Override
    public void run(Simulation simulation, Findings f) {
        Resolver resolver = simulation.resolver();
        for (NameRule rule : NameRules.ALL) {
            for (Resource r : simulation.assembly().resources(rule.type())) {
                Optional<String> name = resolver.property(r, rule.property()).literal();
                if (name.isEmpty()) continue;
                Optional<String> problem = rule.problem(name.get());
                f.expect(problem.isEmpty(), r.stack().name(), r.logicalId(), rule.property() + " " + shorten(name.get()) + ": "
                        + problem.orElse(""), "shorten the project or environment name in the fleet file");
                if (rule.type().equals("AWS::SSM::Parameter")) {
                    long levels = name.get().chars().filter(c -> c == '/').count();
                    f.expect(levels <= NameRules.MAX_PARAMETER_LEVELS, r.stack().name(), r.logicalId(), "the parameter " + shorten(name.get())
                            + " is " + levels + " levels deep, over Systems Manager's " + NameRules.MAX_PARAMETER_LEVELS, "use a shallower path");
                }
            }
        }
    }

    /** Names in messages stay short: at most 80 characters, with an ellipsis. */
    static String shorten(String name) {
        return name.length() <= 80 ? name : name.substring(0, 79) + "…";
    }
}
