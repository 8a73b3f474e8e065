package dev.regionstack.app.synth;

import dev.regionstack.app.TestFleets;
import dev.regionstack.app.rollout.RolloutPlan;
import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.model.Fleet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DeterminismTest {
    @TempDir Path first;
    @TempDir Path second;

    @Test
    void twoSynthsWriteIdenticalBytes() throws IOException {
        Fleet fleet = TestFleets.generated(3, 1, 2, Component.DEFAULTS);
        RolloutPlan plan = RolloutPlan.of(fleet);
        FleetSynthesizer.synth(fleet, plan, first, l -> { });
        FleetSynthesizer.synth(fleet, plan, second, l -> { });
        Map<String, byte[]> a = contents(first);
        Map<String, byte[]> b = contents(second);
        assertThat(b.keySet()).isEqualTo(a.keySet());
        a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
    }

    private static Map<String, byte[]> contents(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
        }
        return files;
    }
}
