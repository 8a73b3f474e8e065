package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Alarms;
import dev.regionstack.fleet.model.AppSettings;
import dev.regionstack.fleet.model.AuroraEngine;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Consistency;
import dev.regionstack.fleet.model.DataSettings;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Settings;
import dev.regionstack.fleet.model.Sizing;
import dev.regionstack.fleet.model.Waf;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds Deployment records of one environment directly, and apps whose zone lookups are pre-seeded. */
final class TestDeployments {
    static final String ACCOUNT = "111111111111";
    static final List<String> SIX_REGIONS =
            List.of("us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-west-2", "ap-southeast-2");

    private TestDeployments() {}

    /** The deployments of environment {@code prod} of project {@code acme} over {@code regions}, the first primary. */
    static List<Deployment> environment(Sizing sizing, List<String> regions, Optional<AuroraEngine> aurora, Consistency consistency) {
        Map<String, String> cidrs = new LinkedHashMap<>();
        for (int i = 0; i < regions.size(); i++) {
            cidrs.put(regions.get(i), "10." + (20 + i) + ".0.0/16");
        }
        List<Deployment> deployments = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            Settings settings = new Settings(sizing, Component.DEFAULTS, Waf.DEFAULT, Alarms.DEFAULT, AppSettings.DEFAULT,
                    DataSettings.preset(aurora, consistency, sizing, i == 0));
            String region = regions.get(i);
            Map<String, String> peers = new LinkedHashMap<>(cidrs);
            peers.remove(region);
            deployments.add(new Deployment("acme", "prod", ACCOUNT, region, i == 0, regions.get(0), regions,
                    cidrs.get(region), zones(region, 3), peers, settings, Map.of(), true, i == 0));
        }
        return deployments;
    }

    static List<Deployment> environment(Sizing sizing, List<String> regions) {
        return environment(sizing, regions, Optional.of(AuroraEngine.POSTGRES), Consistency.EVENTUAL);
    }

    static Deployment withZones(Deployment d, int count) {
        return new Deployment(d.project(), d.environment(), d.account(), d.region(), d.primary(), d.primaryRegion(),
                d.environmentRegions(), d.cidr(), zones(d.region(), count), d.peerCidrs(), d.settings(), d.tags(),
                d.ownsAccountRegionSingletons(), d.ownsAccountTrail());
    }

    static Deployment withoutSingletons(Deployment d) {
        return new Deployment(d.project(), d.environment(), d.account(), d.region(), d.primary(), d.primaryRegion(),
                d.environmentRegions(), d.cidr(), d.zones(), d.peerCidrs(), d.settings(), d.tags(), false, false);
    }

    static Deployment withComponents(Deployment d, List<Component> components) {
        var s = d.settings();
        return new Deployment(d.project(), d.environment(), d.account(), d.region(), d.primary(), d.primaryRegion(),
                d.environmentRegions(), d.cidr(), d.zones(), d.peerCidrs(),
                new Settings(s.sizing(), components, s.waf(), s.alarms(), s.app(), s.data(), s.knobs()), d.tags(),
                d.ownsAccountRegionSingletons(), d.ownsAccountTrail());
    }

    static List<String> zones(String region, int count) {
        return List.of(region + "a", region + "b", region + "c").subList(0, count);
    }

    /** An app whose context answers the availability-zone lookup of every region, so that synth looks nothing up. */
    static App app() {
        Map<String, Object> context = new HashMap<>();
        for (String region : SIX_REGIONS) {
            context.put("availability-zones:account=" + ACCOUNT + ":region=" + region, zones(region, 3));
        }
        return App.Builder.create().context(context).build();
    }

    static StackProps props(Deployment d) {
        return StackProps.builder()
                .env(Environment.builder().account(d.account()).region(d.region()).build())
                .build();
    }
}
