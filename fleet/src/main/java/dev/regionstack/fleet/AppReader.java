package dev.regionstack.fleet;

import dev.regionstack.fleet.model.AppSettings;
import dev.regionstack.fleet.model.Release;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code app}: image, port, healthPath, cpu, memoryMiB, minTasks, maxTasks, deployment. Each value is checked here; the
 * cpu/memory combination and minTasks &lt;= maxTasks are checked once the levels are merged ({@link EnvironmentRules}).
 */
final class AppReader {
    static final long MAX_TASKS = 1000;
    private static final Pattern IMAGE = Pattern.compile("\\S{1,1024}");
    private static final Pattern HEALTH_PATH = Pattern.compile("/[\\x21-\\x7E]{0,1023}");
    /** Docker's tag grammar: a word character, then up to 127 word characters, dots and dashes. */
    private static final Pattern ECR_TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final List<String> KEYS = List.of("image", "port", "healthPath", "cpu", "memoryMiB", "minTasks", "maxTasks",
            "deployment");

    private AppReader() {}

    static SettingsLayer.AppLayer read(Node node, Position owner, String path, Values values) {
        Optional<Node.MapNode> map = values.map(node, path, "image: public.ecr.aws/nginx/nginx:stable, port: 80, ...");
        if (map.isEmpty()) return SettingsLayer.AppLayer.EMPTY;
        MapFields f = MapFields.check(map.get(), owner, path, KEYS, Map.of(), values);
        Optional<String> image = f.value("image").flatMap(n -> values.matching(n, f.path("image"), IMAGE,
                "expected a container image reference without spaces, e.g. public.ecr.aws/nginx/nginx:stable"))
                .flatMap(i -> ecrTag(i, f.value("image").orElseThrow(), f.path("image"), values));
        Optional<Integer> port = f.value("port").flatMap(n -> values.integer(n, f.path("port"), 1, 65535, "a TCP port"));
        Optional<String> health = f.value("healthPath").flatMap(n -> values.matching(n, f.path("healthPath"), HEALTH_PATH,
                "expected a URL path starting with /, without spaces, e.g. /health"));
        Optional<Located<Integer>> cpu = f.value("cpu").flatMap(n -> cpu(n, f.path("cpu"), values));
        Optional<Located<Integer>> memory = located(f, "memoryMiB", n -> values.integer(n, f.path("memoryMiB"), 512, 122880, "MiB"));
        Optional<Located<Integer>> min = located(f, "minTasks", n -> values.integer(n, f.path("minTasks"), 1, MAX_TASKS, ""));
        Optional<Located<Integer>> max = located(f, "maxTasks", n -> values.integer(n, f.path("maxTasks"), 1, MAX_TASKS, ""));
        Optional<Located<Release>> deployment = f.value("deployment").flatMap(n -> release(n, f.path("deployment"), values));
        return new SettingsLayer.AppLayer(image, port, health, cpu, memory, min, max, deployment);
    }

    /** {@code ecr:<tag>}: the tag must be one Docker accepts (whether the environment has {@code images} is checked later). */
    private static Optional<String> ecrTag(String image, Node node, String path, Values values) {
        if (!image.startsWith(AppSettings.ECR_PREFIX)) return Optional.of(image);
        String tag = image.substring(AppSettings.ECR_PREFIX.length());
        if (ECR_TAG.matcher(tag).matches()) return Optional.of(image);
        values.problem(node.position(), path, (tag.isEmpty() ? "`ecr:` names no tag" : Echo.quoted(tag) + " is not an image tag")
                + "; write ecr:<tag> with 1 to 128 letters, digits, `_`, `.` or `-`, not starting with `.` or `-`, e.g. ecr:v1.2.0");
        return Optional.empty();
    }

    private static Optional<Located<Release>> release(Node node, String path, Values values) {
        List<String> allowed = Arrays.stream(Release.values()).map(Release::fileName).toList();
        return values.string(node, path, allowed::contains).flatMap(s -> {
            for (Release r : Release.values()) if (r.fileName().equals(s)) return Optional.of(new Located<>(r, node.position(), path));
            values.problem(node.position(), path, Echo.quoted(s) + " is not one of " + String.join(" | ", allowed)
                    + Suggestions.closest(s, allowed).map(c -> "; did you mean `" + c + "`?").orElse(""));
            return Optional.empty();
        });
    }

    private static Optional<Located<Integer>> cpu(Node node, String path, Values values) {
        String sizes = FargateSizes.CPUS.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return values.integer(node, path, 256, 16384, "Fargate CPU units").flatMap(cpu -> {
            if (FargateSizes.CPUS.contains(cpu)) return Optional.of(new Located<>(cpu, node.position(), path));
            values.problem(node.position(), path, cpu + " is not a Fargate CPU size; use one of " + sizes);
            return Optional.empty();
        });
    }

    private static Optional<Located<Integer>> located(MapFields f, String key,
                                                      java.util.function.Function<Node, Optional<Integer>> read) {
        return f.value(key).flatMap(n -> read.apply(n).map(v -> new Located<>(v, n.position(), f.path(key))));
    }
}
