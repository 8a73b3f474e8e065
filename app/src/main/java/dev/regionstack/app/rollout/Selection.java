package dev.regionstack.app.rollout;

import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Fleet;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What {@code --env} and {@code --only} select. {@code --only ENV/REGION} keeps those deployments' regional
 * stacks; global stacks come with a whole environment (no {@code --only}).
 *
 * @param environment {@code --env}, or empty for every environment
 * @param only        {@code --only} values, {@code env/region}; empty for every deployment
 */
public record Selection(Optional<String> environment, List<String> only) {
    public static final Selection ALL = new Selection(Optional.empty(), List.of());

    public Selection {
        environment = environment == null ? Optional.empty() : environment;
        only = only == null ? List.of() : List.copyOf(only);
    }

    /** What is wrong with this selection for this fleet, one message per problem; empty when it is valid. */
    public List<String> problems(Fleet fleet) {
        List<String> problems = new ArrayList<>();
        environment.ifPresent(env -> {
            if (fleet.environment(env).isEmpty()) {
                problems.add("--env " + shown(env) + ": no such environment; the fleet has " + environmentNames(fleet));
            }
        });
        List<String> keys = fleet.deployments().stream().map(Deployment::key).toList();
        for (String o : only) {
            if (!keys.contains(o)) {
                problems.add("--only " + shown(o) + ": no such deployment; use ENV/REGION, one of " + String.join(", ", keys));
            } else if (environment.isPresent() && !o.startsWith(environment.get() + "/")) {
                problems.add("--only " + shown(o) + ": not in --env " + shown(environment.get()));
            }
        }
        return problems;
    }

    public Predicate<StackSpec> predicate() {
        return s -> {
            if (!only.isEmpty()) return only.contains(s.deployment());
            return environment.map(e -> e.equals(s.environment())).orElse(true);
        };
    }

    /** An argument as a message echoes it: cut after 60 characters, like the fleet file's values. */
    private static String shown(String argument) {
        return argument.codePointCount(0, argument.length()) <= 60 ? argument
                : argument.substring(0, argument.offsetByCodePoints(0, 60)) + "…";
    }

    private static String environmentNames(Fleet fleet) {
        return String.join(", ", fleet.environments().stream().map(e -> e.name()).toList());
    }
}
