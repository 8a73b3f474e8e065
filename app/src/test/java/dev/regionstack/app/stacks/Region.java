package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Alarms;
import dev.regionstack.fleet.model.AppSettings;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.AuroraEngine;
import dev.regionstack.fleet.model.Consistency;
import dev.regionstack.fleet.model.DataSettings;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Settings;
import dev.regionstack.fleet.model.Sizing;
import dev.regionstack.fleet.model.Waf;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.IpAddresses;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.kms.Key;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * A test region: an App (offline: explicit env, seeded AZs) with a "network" stack holding the VPC and key the
 * layers under test receive, and Deployment records built directly.
 */
final class Region {
    static final String ACCOUNT = "111111111111";

    final App app;
    final String region;
    final Stack network;
    final Vpc vpc;
    final Key key;

    Region(String region) {
        this.region = region;
        List<String> zones = List.of(region + "a", region + "b");
        app = App.Builder.create()
                .context(Map.of("availability-zones:account=" + ACCOUNT + ":region=" + region, zones))
                .build();
        network = new Stack(app, "Network", props());
        vpc = Vpc.Builder.create(network, "Vpc").ipAddresses(IpAddresses.cidr("10.0.0.0/16"))
                .availabilityZones(zones).natGateways(1).build();
        key = Key.Builder.create(network, "Key").build();
    }

    StackProps props() {
        return StackProps.builder().env(Environment.builder().account(ACCOUNT).region(region).build()).build();
    }

    static Deployment deployment(String region, Sizing sizing, Waf waf, Alarms alarms) {
        Settings settings = new Settings(sizing, Component.DEFAULTS, waf, alarms, AppSettings.DEFAULT,
                DataSettings.preset(Optional.of(AuroraEngine.POSTGRES), Consistency.EVENTUAL, sizing, region.equals("eu-west-2")));
        return new Deployment("acme", "dev", ACCOUNT, region, region.equals("eu-west-2"), "eu-west-2",
                List.of("eu-west-2", "us-east-2"), "10.0.0.0/16", List.of(region + "a", region + "b"), Map.of(),
                settings, Map.of(), true, true);
    }

    static Deployment deployment(String region) {
        return deployment(region, Sizing.SMALL, Waf.DEFAULT, Alarms.DEFAULT);
    }

    /** A tiny jar standing in for the functions module's asset. */
    static String functionsJar() {
        try {
            Path jar = Files.createTempFile("functions", ".jar");
            jar.toFile().deleteOnExit();
            try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
                j.putNextEntry(new JarEntry("dev/regionstack/functions/README"));
                j.write("placeholder".getBytes());
                j.closeEntry();
            }
            return jar.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
