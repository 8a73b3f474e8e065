package dev.regionstack.fleet;

import dev.regionstack.fleet.model.Approval;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Dns;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.fleet.model.Settings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a problem-free {@link FleetSpec} into the model: defaults, then the environment, then the region (maps
 * merge key by key, lists and scalars replace), then the built-in defaults. An environment's {@code tags} and
 * {@code dns} merge key by key over the top-level ones.
 */
final class FleetResolver {
    private FleetResolver() {}

    static Fleet resolve(FleetSpec spec) {
        List<Environment> environments = new ArrayList<>();
        Set<String> accountsWithTrail = new HashSet<>();
        Set<String> accountRegionsWithSingletons = new HashSet<>();
        for (FleetSpec.EnvironmentSpec env : spec.environments()) {
            String account = env.account().orElseThrow();
            SettingsLayer envLayer = env.settings().over(spec.defaults());
            boolean hasDnsBlock = spec.hasDnsBlock(env);
            Settings envSettings = envLayer.resolve(hasDnsBlock);
            Map<String, String> tags = new LinkedHashMap<>(spec.tags());
            tags.putAll(env.tags());
            List<String> regions = env.regions().stream().map(FleetSpec.RegionSpec::code).toList();
            String primaryRegion = env.regions().stream().filter(r -> r.primary().map(Located::value).orElse(false))
                    .findFirst().orElseThrow().code();
            // one trail per account: the first environment (file order) with the security component in the account
            // owns it, in its primary region; the singletons likewise go to the first deployment with that component
            // in the account and region (the security stack creates them; without it nothing would)
            boolean ownsTrail = envSettings.has(Component.SECURITY) && accountsWithTrail.add(account);
            List<Deployment> deployments = new ArrayList<>();
            for (FleetSpec.RegionSpec region : env.regions()) {
                Map<String, String> peers = new LinkedHashMap<>();
                env.regions().stream().filter(r -> !r.code().equals(region.code()))
                        .forEach(r -> peers.put(r.code(), r.cidr().orElseThrow().value()));
                boolean primary = region.code().equals(primaryRegion);
                Settings settings = region.settings().over(envLayer).resolve(hasDnsBlock, primary);
                deployments.add(new Deployment(
                        spec.project().orElseThrow(),
                        env.name(),
                        account,
                        region.code(),
                        primary,
                        primaryRegion,
                        regions,
                        region.cidr().orElseThrow().value(),
                        region.zones().orElseGet(() -> Regions.zones(region.code())),
                        peers,
                        settings,
                        tags,
                        settings.has(Component.SECURITY) && accountRegionsWithSingletons.add(account + "/" + region.code()),
                        ownsTrail && primary));
            }
            Optional<Dns> dns = envSettings.has(Component.DNS) ? spec.dns(env).flatMap(d -> d.resolve(env.name())) : Optional.empty();
            environments.add(new Environment(env.name(), account, env.approval().orElse(Approval.AUTO), envSettings, deployments,
                    env.tags(), dns));
        }
        return new Fleet(spec.project().orElseThrow(), spec.tags(), environments);
    }
}
