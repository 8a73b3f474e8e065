package dev.regionstack.fleet;

import dev.regionstack.fleet.model.AppSettings;
import dev.regionstack.fleet.model.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code app.image: ecr:<tag>} names a tag of the environment's own repository, which only the {@code images}
 * component creates. Checked on the value each region ends up with, reported once where it is written (a value in
 * {@code defaults} or the environment applies to every region).
 */
final class ImageRules {
    /** ECR's replication configuration holds at most 10 rules, and a registry (account x region) has one configuration. */
    static final int MAX_REPLICATION_RULES = 10;

    private ImageRules() {}

    /**
     * Each environment with {@code images} in more than one region replicates by a rule of its own in the registry of
     * its account and primary region: at most {@link #MAX_REPLICATION_RULES} environments may share one.
     */
    static void registries(FleetSpec fleet, Values values) {
        java.util.Map<String, Integer> rules = new java.util.HashMap<>();
        for (FleetSpec.EnvironmentSpec env : fleet.environments()) {
            if (env.account().isEmpty() || env.regions().size() < 2) continue;
            Optional<String> primary = env.regions().stream().filter(r -> r.primary().map(Located::value).orElse(false))
                    .map(FleetSpec.RegionSpec::code).findFirst();
            if (primary.isEmpty()) continue;
            if (!env.settings().over(fleet.defaults()).resolve(fleet.hasDnsBlock(env)).has(Component.IMAGES)) continue;
            int count = rules.merge(env.account().get() + "/" + primary.get(), 1, Integer::sum);
            if (count == MAX_REPLICATION_RULES + 1) {
                values.problem(env.position(), env.path(), Echo.quoted(env.name()) + " would be the "
                        + (MAX_REPLICATION_RULES + 1) + "th environment with `images` that replicates from account "
                        + env.account().get() + "'s registry in " + primary.get() + ", and ECR's replication configuration holds at most "
                        + MAX_REPLICATION_RULES + " rules; give it another primary region or account, or leave `images` out");
            }
        }
    }

    static void check(FleetSpec.EnvironmentSpec env, SettingsLayer envLayer, List<Component> components, Values values) {
        if (components.contains(Component.IMAGES)) return;
        Set<String> reported = new HashSet<>();
        for (FleetSpec.RegionSpec region : env.regions()) {
            Optional<Located<String>> image = region.settings().app().over(envLayer.app()).image();
            if (image.isEmpty() || !image.get().value().startsWith(AppSettings.ECR_PREFIX)) continue;
            Located<String> at = image.get();
            if (!reported.add(at.path() + "@" + at.position())) continue;
            values.problem(at.position(), at.path(), "`" + at.value() + "` names a tag of " + Echo.quoted(env.name())
                    + "'s own image repository, which only the component `images` creates, and this environment does not have it;"
                    + " add `images` to its `components`, or name a registry's image, e.g. public.ecr.aws/nginx/nginx:stable");
        }
    }
}
