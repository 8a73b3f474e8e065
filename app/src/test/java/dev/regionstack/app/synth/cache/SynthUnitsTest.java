package dev.regionstack.app.synth.cache;

import dev.regionstack.app.TestFleets;
import dev.regionstack.app.layers.RolloutPlanner;
import dev.regionstack.app.pipeline.PipelineFleets;
import dev.regionstack.app.rollout.Layer;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.fleet.model.Fleet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SynthUnitsTest {
    static final String EXAMPLE = read(TestFleets.EXAMPLE);

    /** A unit's key renders the model with toString: complete only if every value in it is a record or a plain value. */
    @Test
    void theModelIsRecordsAndPlainValuesAllTheWayDown() {
        List<String> problems = new ArrayList<>();
        walk(Fleet.class, new HashSet<>(), "Fleet", problems);
        assertThat(problems).isEmpty();
    }

    private static void walk(Type type, Set<Type> seen, String path, List<String> problems) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (raw != List.class && raw != Map.class && raw != Optional.class) problems.add(path + ": " + raw.getName());
            for (Type arg : p.getActualTypeArguments()) walk(arg, seen, path + "<>", problems);
            return;
        }
        Class<?> c = (Class<?>) type;
        if (!seen.add(c) || c.isPrimitive() || c.isEnum() || c == String.class || Number.class.isAssignableFrom(c)
                || c == Boolean.class || c == Character.class) return;
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) walk(rc.getGenericType(), seen, path + "." + rc.getName(), problems);
        } else if (c.isSealed()) {
            for (Class<?> sub : c.getPermittedSubclasses()) walk(sub, seen, path + "|" + sub.getSimpleName(), problems);
        } else {
            problems.add(path + ": " + c.getName() + " is neither a record nor a plain value");
        }
    }

    @Test
    void aUnitIsOneAccountAndRegion() {
        Fleet fleet = TestFleets.parse(EXAMPLE);
        RolloutPlan plan = RolloutPlanner.plan(fleet);
        List<SynthUnit> units = SynthUnits.of(fleet, plan, "b");
        assertThat(units.stream().map(SynthUnit::environment)).doesNotHaveDuplicates();
        assertThat(units.stream().mapToInt(u -> u.stacks().size()).sum()).isEqualTo(plan.stacks().size());
        units.forEach(u -> assertThat(u.stacks()).allMatch(s -> SynthUnit.environmentOf(s).equals(u.environment())));
        assertThat(units.stream().map(SynthUnit::key)).doesNotHaveDuplicates();
        assertThat(SynthUnits.cacheable(plan)).isTrue();
    }

    @Test
    void aRegionsWafListChangesItsUnitAndItsEnvironmentsEdgeOnly() {
        String edited = EXAMPLE.replace("waf: { blockedCountries: [KP, CN, RU, IR] }", "waf: { blockedCountries: [KP, CN, RU, IR, SY] }");
        Set<String> changed = changedUnits(edited);
        Fleet fleet = TestFleets.parse(edited);
        Set<String> edge = RolloutPlanner.plan(fleet).stacks().stream()
                .filter(s -> s.layer() == Layer.GLOBAL_EDGE && s.environment().equals("prod")).map(SynthUnit::environmentOf)
                .collect(Collectors.toSet());
        Set<String> expected = new HashSet<>(edge);
        expected.add("333333333333::us-east-2");
        assertThat(changed).isEqualTo(expected);
    }

    @Test
    void anyOtherSettingOfOneRegionChangesEveryKey() {
        String edited = EXAMPLE.replace("alarms: { latencyP99Ms: 300 }", "alarms: { latencyP99Ms: 301 }");
        assertThat(changedUnits(edited)).isEqualTo(keys(EXAMPLE).keySet());
    }

    @Test
    void theBuildIsInEveryKey() {
        Fleet fleet = TestFleets.parse(EXAMPLE);
        RolloutPlan plan = RolloutPlanner.plan(fleet);
        List<SynthUnit> one = SynthUnits.of(fleet, plan, "one");
        List<SynthUnit> two = SynthUnits.of(fleet, plan, "two");
        for (int i = 0; i < one.size(); i++) assertThat(one.get(i).key()).isNotEqualTo(two.get(i).key());
    }

    @Test
    void aSelectionKeysOnTheWaitsItKeeps() {
        Fleet fleet = TestFleets.parse(EXAMPLE);
        RolloutPlan all = RolloutPlanner.plan(fleet);
        RolloutPlan one = RolloutPlanner.plan(fleet, s -> s.deployment().equals("dev/eu-west-1"));
        String whole = SynthUnits.of(fleet, all, "b").stream().filter(u -> u.environment().equals("111111111111::eu-west-1"))
                .findFirst().orElseThrow().key();
        String selected = SynthUnits.of(fleet, one, "b").get(0).key();
        // its stacks wait for dev/eu-west-2's in the whole plan, a dependency the selection's manifest does not have
        assertThat(selected).isNotEqualTo(whole);
    }

    @Test
    void aPipelineIsNotCutIntoUnits() {
        assertThat(SynthUnits.cacheable(RolloutPlanner.plan(TestFleets.parse(PipelineFleets.WITH_PIPELINE)))).isFalse();
    }

    @Test
    void theFingerprintFollowsClassesJarsAndCdkEnvironment(@TempDir Path dir) throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Files.writeString(classes.resolve("A.class"), "one");
        Path jar = dir.resolve("lib.jar");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.zip.ZipEntry("x.txt"));
            out.write("x".getBytes());
        }
        String cp = classes + java.io.File.pathSeparator + jar;
        String first = BuildFingerprint.of(cp, Map.of());
        assertThat(BuildFingerprint.of(cp, Map.of("HOME", "/elsewhere"))).isEqualTo(first);
        assertThat(BuildFingerprint.of(cp, Map.of("CDK_CONTEXT_JSON", "{}"))).isNotEqualTo(first);
        Files.writeString(classes.resolve("A.class"), "two");
        String second = BuildFingerprint.of(cp, Map.of());
        assertThat(second).isNotEqualTo(first);
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.zip.ZipEntry("x.txt"));
            out.write("y".getBytes());
        }
        assertThat(BuildFingerprint.of(cp, Map.of())).isNotEqualTo(second);
    }

    /** The account-regions of the example whose key the edit changes. */
    private static Set<String> changedUnits(String edited) {
        assertThat(edited).isNotEqualTo(EXAMPLE);
        Map<String, String> before = keys(EXAMPLE);
        Map<String, String> after = keys(edited);
        return before.keySet().stream().filter(u -> !before.get(u).equals(after.get(u))).collect(Collectors.toSet());
    }

    private static Map<String, String> keys(String yaml) {
        Fleet fleet = TestFleets.parse(yaml);
        Map<String, String> keys = new LinkedHashMap<>();
        SynthUnits.of(fleet, RolloutPlanner.plan(fleet), "b").forEach(u -> keys.put(u.environment(), u.key()));
        return keys;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
