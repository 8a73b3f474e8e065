package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Alarms;
import dev.regionstack.fleet.model.AppSettings;
import dev.regionstack.fleet.model.Approval;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.DataSettings;
import dev.regionstack.fleet.model.Deployment;
import dev.regionstack.fleet.model.Environment;
import dev.regionstack.fleet.model.Settings;
import dev.regionstack.fleet.model.Sizing;
import dev.regionstack.fleet.model.Waf;
import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Model records for the global stacks' tests, built directly (no fleet file). */
final class GlobalFixtures {
    static final String ACCOUNT = "111111111111";
    static final Waf WAF = new Waf(List.of("CN", "RU", "KP"), 1500);
    static final AppSettings APP = new AppSettings("public.ecr.aws/nginx/nginx:stable", 80, "/healthz", 512, 1024, 2, 10);

    private GlobalFixtures() {}

    static Settings settings(List<Component> components) {
        return new Settings(Sizing.SMALL, components, WAF, Alarms.DEFAULT, APP, DataSettings.DEFAULT);
    }

    /** An environment {@code prod} over the regions in file order, with {@code primary} primary and every component. */
    static Environment environment(String primary, String... regions) {
        return environment(primary, List.of(), regions);
    }

    /** As {@link #environment(String, String...)}, without the app component in {@code withoutApp}. */
    static Environment environment(String primary, List<String> withoutApp, String... regions) {
        List<String> all = List.of(regions);
        List<Deployment> deployments = all.stream().map(region -> new Deployment(
                "acme", "prod", ACCOUNT, region, region.equals(primary), primary, all, "10.0.0.0/16",
                List.of(region + "a", region + "b"), Map.of(),
                settings(withoutApp.contains(region)
                        ? Component.DEFAULTS.stream().filter(c -> c != Component.APP && c != Component.EDGE && c != Component.DNS).toList()
                        : Component.DEFAULTS),
                Map.of(), false, false)).toList();
        return new Environment("prod", ACCOUNT, Approval.AUTO, settings(Component.DEFAULTS), deployments);
    }

    static StackProps propsIn(String region, String stackName) {
        return StackProps.builder().stackName(stackName)
                .env(software.amazon.awscdk.Environment.builder().account(ACCOUNT).region(region).build()).build();
    }

    static App app() { return new App(); }

    /** region -> SSM parameter name of every cross-region read (AwsCustomResource) in the template. */
    static Map<String, String> crossRegionReads(Template template) {
        Map<String, Map<String, Object>> reads = template.findResources("Custom::AWS");
        return reads.values().stream().map(r -> String.valueOf(((Map<?, ?>) r.get("Properties")).get("Create")))
                .collect(Collectors.toMap(GlobalFixtures::regionOf, GlobalFixtures::nameOf, (a, b) -> a + "," + b));
    }

    private static String regionOf(String call) { return field(call, "\"region\":\""); }

    private static String nameOf(String call) { return field(call, "\"Name\":\""); }

    private static String field(String call, String key) {
        int start = call.indexOf(key);
        assertThat(start).as("%s in %s", key, call).isNotNegative();
        start += key.length();
        return call.substring(start, call.indexOf('"', start));
    }

    /** The whole template as text, to show that no stack imports another's exports. */
    static String text(Template template) { return template.toJSON().toString(); }
}
