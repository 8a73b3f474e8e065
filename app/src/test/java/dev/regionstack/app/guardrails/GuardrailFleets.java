package dev.regionstack.app.guardrails;

import dev.regionstack.app.TestFleets;
import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.app.synth.FleetSynthesizer;
import dev.regionstack.app.synth.SynthResult;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Fleet;
import dev.regionstack.fleet.sample.SampleFleets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The fleets every guardrail test checks, each synthesized once per test JVM (a synth with the rule packs takes
 * tens of seconds): the example fleet, one with every component in all three sizings and Aurora MySQL, two partial
 * ones that take the branches the full fleets never take (no DNS, no messaging, no data), one environment in one
 * region, two environments sharing an account without Aurora, one environment in six regions, three environments
 * with a zone each (and the file's tags over regionstack's own), and an API routed by DNS without the app.
 */
public final class GuardrailFleets {
    public record Synthesized(String name, Fleet fleet, SynthResult result) {}

    private static final Map<String, Synthesized> CACHE = new LinkedHashMap<>();

    private GuardrailFleets() {}

    public static List<String> names() { return List.of("example", "every-component", "api-edge-no-dns", "messaging-without-data",
            "single-region", "shared-account-no-aurora", "six-regions", "three-zones", "api-dns-no-app", "every-knob",
            "enterprise"); }

    public static synchronized Synthesized get(String name) {
        return CACHE.computeIfAbsent(name, n -> synth(n, fleet(n)));
    }

    public static Stream<Synthesized> all() { return names().stream().map(GuardrailFleets::get); }

    public static Fleet fleet(String name) {
        return switch (name) {
            case "example" -> TestFleets.example();
            case "every-component" -> TestFleets.parse(everyComponentInEverySizing());
            case "api-edge-no-dns" -> TestFleets.generated(7, 1, 2,
                    List.of(Component.API, Component.EDGE, Component.OBSERVABILITY));
            case "messaging-without-data" -> TestFleets.generated(11, 1, 1,
                    List.of(Component.NETWORK, Component.MESSAGING, Component.OBSERVABILITY));
            // one environment in one region: nothing to replicate the data to (found by RandomFleetSynthProperties)
            case "single-region" -> TestFleets.generated(0, 1, 1, Component.DEFAULTS);
            // two environments in one account (shared singletons and trail), no Aurora, latency routing, 3 and 2 regions
            case "shared-account-no-aurora" -> TestFleets.parse(SHARED_ACCOUNT_NO_AURORA);
            case "six-regions" -> TestFleets.generated(6, 1, 6, Component.DEFAULTS);
            // three accounts, a zone and a routing policy each, the file's tags over regionstack's own
            case "three-zones" -> TestFleets.parse(THREE_ZONES);
            // records routed to the API's regional custom domains: dns and api, no app
            case "api-dns-no-app" -> TestFleets.parse(API_DNS_NO_APP);
            // every knob beyond the presets away from its preset, some per region
            case "every-knob" -> TestFleets.parse(EVERY_KNOB);
            // issue 14's platform: 2 environments x 3 regions with every opt-in, pipeline on
            case "enterprise" -> TestFleets.parse(ENTERPRISE);
            default -> throw new IllegalArgumentException(name);
        };
    }

    /**
     * Three environments in three accounts, each with its own zone and routing (latency, failover, geolocation); the
     * fleet tags {@code Environment: production}, an environment adds its own key and {@code ManagedBy: regionstack},
     * another sets {@code Region} itself.
     */
    public static final String THREE_ZONES = """
            project: report
            tags: {Environment: production, CostCenter: reporting}
            defaults:
              components: [network, security, data, app, edge, dns]
              data: {aurora: false}
            environments:
              dev:
                account: "111111111111"
                tags: {Team: reporting-dev, ManagedBy: regionstack}
                dns: {zoneName: dev.report.example.com, zoneId: Z0000000000000DEVZONE, routing: latency}
                regions:
                  eu-west-2: {cidr: 10.0.0.0/16, primary: true}
                  us-east-1: {cidr: 10.1.0.0/16}
              staging:
                account: "222222222222"
                tags: {Region: emea}
                dns: {zoneName: staging.report.example.com, zoneId: Z00000000000STAGEZONE, routing: failover, recordName: www}
                regions:
                  eu-west-2: {cidr: 10.10.0.0/16, primary: true}
                  eu-west-1: {cidr: 10.11.0.0/16}
              prod:
                account: "333333333333"
                dns: {zoneName: report.example.com, zoneId: Z000000000000PRODZONE, routing: geolocation}
                regions:
                  us-east-1: {cidr: 10.20.0.0/16, primary: true}
                  eu-west-2: {cidr: 10.21.0.0/16}
                  ap-southeast-2: {cidr: 10.22.0.0/16}
            """;

    /** The API alone behind Route53: dns and api, no app, latency routing over two regions. */
    public static final String API_DNS_NO_APP = """
            project: credits
            dns: {zoneName: credits.example.com, zoneId: Z00000000000CREDITZONE, routing: latency, recordName: api}
            defaults:
              components: [network, security, data, messaging, api, dns]
              data: {aurora: false}
            environments:
              prod:
                account: "555555555555"
                regions:
                  us-east-1: {cidr: 10.30.0.0/16, primary: true}
                  eu-west-1: {cidr: 10.31.0.0/16}
            """;

    static final String SHARED_ACCOUNT_NO_AURORA = """
            project: shop
            dns:
              zoneName: shop.example.com
              zoneId: Z0000000000SHOPZONE01
              routing: latency
            defaults:
              sizing: medium
              data:
                aurora: false
            environments:
              dev:
                account: "444444444444"
                sizing: small
                # the small preset's one-node log domain (the enterprise fleet has medium and large)
                observability: {logs: opensearch}
                regions:
                  eu-central-1: {cidr: 10.40.0.0/16, primary: true}
                  eu-west-1: {cidr: 10.41.0.0/16}
                  eu-north-1: {cidr: 10.42.0.0/16}
              test:
                account: "444444444444"
                regions:
                  eu-central-1: {cidr: 10.50.0.0/16, primary: true}
                  eu-west-1: {cidr: 10.51.0.0/16}
            """;

    static final String EVERY_KNOB = """
            project: knobs
            dns:
              zoneName: knobs.example.com
              zoneId: Z0000000000KNOBSZONE1
            defaults:
              sizing: medium
              data: {aurora: {version: "15.4", instanceClass: db.r7g.large, backupRetentionDays: 21, performanceInsights: false, readers: 2}}
              network: {natGateways: one}
              logs: {retentionDays: 545}
              api:
                throttle: {rateLimit: 2000, burstLimit: 4000}
                plans:
                  basic: {rateLimit: 20, burstLimit: 40, quotaPerMonth: 200000}
                  enterprise: {rateLimit: 1500, burstLimit: 3000, quotaPerMonth: 50000000}
              notifications: {sender: knobs.example.com}
              messaging: {stream: {shards: 4}}
            environments:
              prod:
                account: "555555555555"
                regions:
                  eu-west-1:
                    cidr: 10.60.0.0/16
                    primary: true
                    data: {aurora: {performanceInsights: true}}
                  eu-central-1:
                    cidr: 10.61.0.0/16
                    data: {aurora: {instanceClass: db.r6g.xlarge, readers: 1}}
                    network: {natGateways: perZone}
                    logs: {retentionDays: 30}
                    api: {throttle: {rateLimit: 1500, burstLimit: 3000}}
                    notifications: {sender: credits@knobs.example.com}
                    messaging: {stream: {shards: onDemand}}
            """;

    /**
     * The enterprise platform of issue 14: two environments (medium, large) in two accounts, three regions each, every
     * component and every opt-in (blue/green by sizing, OpenSearch logs, Prometheus metrics, Grafana dashboards,
     * findings from severity 6, the stream's transformation), a zone per environment, and the pipeline.
     */
    public static final String ENTERPRISE = """
            project: shopfront
            dns: {zoneName: shopfront.example.com, zoneId: Z00000000000SHOPFRONT}
            defaults:
              components: [network, security, data, app, api, messaging, edge, dns, observability, pipeline, images, processor]
              app: {image: "ecr:release-1"}
              alarms: {email: oncall@shopfront.example.com, findingsSeverity: 6}
              observability: {logs: opensearch, metrics: prometheus, dashboards: grafana}
              messaging: {stream: {transform: true}}
            environments:
              staging:
                account: "616161616161"
                sizing: medium
                dns: {zoneName: staging.shopfront.example.com, zoneId: Z0000000000STAGINGSF}
                regions:
                  eu-west-1: {cidr: 10.70.0.0/16, primary: true}
                  eu-central-1: {cidr: 10.71.0.0/16}
                  eu-west-2: {cidr: 10.72.0.0/16}
              prod:
                account: "626262626262"
                sizing: large
                approval: manual
                regions:
                  us-east-1: {cidr: 10.80.0.0/16, primary: true}
                  us-west-2: {cidr: 10.81.0.0/16}
                  eu-west-1: {cidr: 10.82.0.0/16}
            """;

    /** Three environments (small, medium, large) of two regions each, every component, Aurora MySQL. */
    static String everyComponentInEverySizing() {
        String yaml = SampleFleets.generate(20261122, 3, 2, Arrays.asList(Component.values()));
        String[] sizings = {"small", "medium", "large"};
        StringBuilder out = new StringBuilder();
        int environment = 0;
        for (String line : yaml.split("\n", -1)) {
            if (line.startsWith("    sizing: ")) line = "    sizing: " + sizings[environment++];
            out.append(line).append('\n');
            if (line.equals("defaults:")) out.append("  data:\n    aurora:\n      engine: mysql\n");
        }
        if (environment != 3) throw new IllegalStateException("expected three environments in\n" + yaml);
        return out.toString().stripTrailing() + "\n";
    }

    private static Synthesized synth(String name, Fleet fleet) {
        try {
            Path out = Files.createTempDirectory("rs-guardrails-" + name);
            return new Synthesized(name, fleet, FleetSynthesizer.synth(fleet, RolloutPlanner.plan(fleet), out, l -> { }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
