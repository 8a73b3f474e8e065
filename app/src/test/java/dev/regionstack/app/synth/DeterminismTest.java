package dev.regionstack.app.synth;

import dev.regionstack.fleet.model.Component;
import dev.regionstack.fleet.sample.SampleFleets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two synths in two separate JVMs write identical bytes. Separate processes matter: Map.of and Set.of iterate in an
 * order that changes from one JVM to the next, which a second synth in the same JVM would never show. The same holds
 * for the synth cache's keys: a third process keeps its output, and a fourth reuses all of it.
 */
class DeterminismTest {
    @TempDir Path dir;

    @Test
    void twoSynthsInSeparateProcessesWriteIdenticalBytes() throws Exception {
        Path fleet = Files.writeString(dir.resolve("fleet.yaml"), SampleFleets.generate(3, 1, 2, Component.DEFAULTS));
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        synthInNewJvm(fleet, first);
        synthInNewJvm(fleet, second);
        Map<String, byte[]> a = contents(first);
        Map<String, byte[]> b = contents(second);
        assertThat(a).hasSizeGreaterThan(10);
        assertThat(b.keySet()).isEqualTo(a.keySet());
        a.forEach((name, bytes) -> assertThat(new String(b.get(name))).as(name).isEqualTo(new String(bytes)));

        // the synth cache's keys hold across JVMs too: a second process reuses every stack the first one kept
        Path cache = dir.resolve("cache");
        Path third = dir.resolve("third");
        Path fourth = dir.resolve("fourth");
        synthInNewJvm(fleet, third, "--cache", cache.toString());
        synthInNewJvm(fleet, fourth, "--cache", cache.toString());
        assertThat(Files.readString(dir.resolve("third.log"))).contains("cache: kept");
        assertThat(Files.readString(dir.resolve("fourth.log"))).containsPattern("cache: reused (\\d+) of \\1 stacks")
                .doesNotContain("built");
        Map<String, byte[]> d = contents(fourth);
        assertThat(d.keySet()).isEqualTo(a.keySet());
        a.forEach((name, bytes) -> assertThat(new String(d.get(name))).as(name).isEqualTo(new String(bytes)));
    }

    /** A synth in a new JVM: with no cache, or with {@code --cache DIR} as its {@code REGIONSTACK_CACHE_DIR}. */
    private static void synthInNewJvm(Path fleet, Path out, String... cache) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "dev.regionstack.app.Main", "synth", "-f", fleet.toString(), "-o", out.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (cache.length == 2) builder.environment().put("REGIONSTACK_CACHE_DIR", cache[1]);
        else command.add("--no-cache");
        Process p = builder.command(command)
                .redirectErrorStream(true).redirectOutput(out.resolveSibling(out.getFileName() + ".log").toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(out.resolveSibling(out.getFileName() + ".log"))).isZero();
    }

    private static Map<String, byte[]> contents(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
        }
        return files;
    }
}
