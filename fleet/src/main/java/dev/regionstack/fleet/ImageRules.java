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
    private ImageRules() {}

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
