package dev.regionstack.fleet;

import dev.regionstack.fleet.model.Component;
import dev.regionstack.names.PhysicalNames;

import java.util.List;
import java.util.Optional;

/**
 * Every physical name the platform will build from the file ({@link PhysicalNames}: stacks, the data bucket, the
 * Aurora identifiers, functions, certificates' domains ...) is within AWS's limits and avoids its reserved
 * patterns, so that a file the validator accepts never fails at synth or deploy on a name. A refusal names the key to
 * change and, for a length, by how many characters.
 */
final class NameLimits {
    private NameLimits() {}

    static void check(FleetSpec fleet, Values values) {
        if (fleet.project().isEmpty()) return;
        String project = fleet.project().get();
        for (FleetSpec.EnvironmentSpec env : fleet.environments()) {
            if (env.account().isEmpty() || !EnvironmentReader.NAME.matcher(env.name()).matches()) continue; // already reported
            boolean records = env.settings().over(fleet.defaults()).resolve(fleet.hasDnsBlock(env)).has(Component.DNS);
            Optional<DnsLayer> dns = records ? fleet.dns(env) : Optional.empty();
            Optional<PhysicalNames.Domain> domain = dns.flatMap(d -> d.resolve(env.name()))
                    .map(d -> new PhysicalNames.Domain(d.recordName(), d.zoneName()));
            for (FleetSpec.RegionSpec region : env.regions()) {
                if (!region.known()) continue;
                for (PhysicalNames.Named n : PhysicalNames.of(project, env.name(), region.code(), env.account().get(), domain)) {
                    n.problem().ifPresent(problem -> report(fleet, env, dns, region.code(), n, problem, values));
                }
            }
        }
    }

    private static void report(FleetSpec fleet, FleetSpec.EnvironmentSpec env, Optional<DnsLayer> dns, String region,
                               PhysicalNames.Named n, String problem, Values values) {
        // a domain is the environment's (its zone may be its own); every other name starts with the project
        boolean byEnvironment = n.parts().contains(PhysicalNames.Part.ENVIRONMENT) || n.parts().contains(PhysicalNames.Part.ZONE);
        String shown = n.name().length() <= 80 ? n.name() : n.name().substring(0, 79) + "…";
        String in = n.parts().contains(PhysicalNames.Part.REGION) ? "in " + region + ", " : "";
        int over = n.name().length() - n.rule().max();
        // a reserved prefix comes from the project, which every name starts with
        String keys = problem.startsWith("it starts with") ? "`project`" : keys(n.parts(), env.name(), dns);
        String fix = over > 0 ? "shorten " + keys + " by at least " + over + " character" + (over == 1 ? "" : "s") : "change " + keys;
        values.problem(byEnvironment ? env.position() : fleet.projectPosition(), byEnvironment ? env.path() : "project",
                in + n.what() + " would be named " + shown + ", and " + problem + ": " + fix);
    }

    private static String keys(List<PhysicalNames.Part> parts, String environment, Optional<DnsLayer> dns) {
        StringBuilder out = new StringBuilder();
        if (parts.contains(PhysicalNames.Part.PROJECT)) out.append("`project`");
        if (parts.contains(PhysicalNames.Part.ENVIRONMENT)) out.append(out.length() > 0 ? " or " : "").append("the environment name `")
                .append(environment).append('`');
        if (parts.contains(PhysicalNames.Part.RECORD)) {
            // the label is the environment name unless a block sets recordName
            Optional<String> set = dns.flatMap(DnsLayer::recordName).map(Located::path);
            out.append(out.length() > 0 ? " or " : "").append(set.map(p -> "`" + p + "`")
                    .orElse("the environment name `" + environment + "` (or set a shorter `dns.recordName`)"));
        }
        if (parts.contains(PhysicalNames.Part.ZONE)) {
            String zone = dns.flatMap(DnsLayer::zoneName).map(Located::path).orElse("dns.zoneName");
            out.append(out.length() > 0 ? " or " : "").append('`').append(zone).append('`');
        }
        return out.toString();
    }
}
