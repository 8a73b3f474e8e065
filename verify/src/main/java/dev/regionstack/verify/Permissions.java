package dev.regionstack.verify;

import java.util.Optional;

/**
 * Every data path the platform intends ({@link DataPaths}) is permitted: the role's IAM policies allow each request,
 * and for KMS requests the key policy too (directly, or by delegating to the account). Also every EventBridge delivery
 * to a topic ({@link EventDeliveries}).
 */
final class Permissions implements Check {
    @Override
    public String name() { return "permissions"; }

    @Override
    public void run(Simulation simulation, Findings f) {
        Resolver resolver = simulation.resolver();
        Arns arns = new Arns(resolver);
        Policies policies = new Policies(resolver, arns);
        Keys keys = new Keys(resolver, arns, policies);
        new EventDeliveries(resolver, arns, policies, keys).check(f);
        for (DataPath path : new DataPaths(resolver, arns, keys, f).all()) {
            Resource from = path.from();
            if (path.role().isEmpty()) {
                f.expect(false, from.stack().name(), from.logicalId(), path.purpose() + ", but no role makes the calls",
                        "give it a role");
                continue;
            }
            Resource role = path.role().get();
            for (DataPath.Need need : path.needs()) {
                boolean allowed = need.alternatives().stream().anyMatch(request -> need.key()
                        .map(key -> keys.allows(key, role, request))
                        .orElseGet(() -> policies.allows(role, request)));
                Request first = need.alternatives().get(0);
                Optional<Resource> key = need.key();
                f.expect(allowed, from.stack().name(), from.logicalId(),
                        path.purpose() + ", but the role " + role.id() + " may not " + first.action() + " on " + first.resource()
                                + key.map(k -> " (key " + k.id() + ")").orElse(""),
                        key.isPresent() ? "grant it in the role's policy and let the key policy delegate to the account"
                                : "grant it in the role's policy");
            }
        }
    }
}
