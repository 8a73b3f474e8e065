package dev.regionstack.app.synth.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.regionstack.app.rollout.StackSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Cuts a synthesized cloud assembly into {@link UnitEntry}s and puts entries back together into the
 * {@code manifest.json} and {@code validation-report.json} a cold synth of the whole plan writes, following what
 * aws-cdk-lib does:
 * <ul>
 *   <li>the manifest lists each stack's asset manifest and stack in construction (plan) order, then the
 *       feature-flag report;</li>
 *   <li>validation runs once per account and region, in the order those first appear among the stacks sorted
 *       topologically (cx-api's sort: ready artifacts by id, level by level), and its plugin report is their
 *       findings concatenated, with {@code metadata: {}} only when there is more than one;</li>
 *   <li>a finding is suppressed when some construct acknowledges its rule; the reason, place and trace it shows are
 *       those of the last acknowledging construct in the app (a depth-first walk: stacks in plan order, each stack's
 *       metadata in file order), so they are recomputed for the whole fleet.</li>
 * </ul>
 * Anything else in an assembly (nested assemblies, other plugins, an unplaceable finding) makes it not cacheable.
 */
final class AssemblyParts {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String FEATURE_FLAGS = "aws-cdk-lib/feature-flag-report";
    static final String CFN_VALIDATE = "CloudFormation Validate";
    static final String MANIFEST = "manifest.json";
    static final String REPORT = "validation-report.json";
    static final String CDK_OUT = "cdk.out";

    private AssemblyParts() {}

    /** The entries of {@code units} out of the assembly in {@code dir}; empty when it cannot be cut into units. */
    /** The entries cut from an assembly, or why it does not cut into parts. */
    record Split(List<UnitEntry> entries, String unfit) {
        static Split unfit(String why) { return new Split(null, why); }

        boolean ok() { return entries != null; }
    }

    static Split split(Path dir, List<SynthUnit> units, Set<String> stacksInApp, boolean validated,
                                           Set<String> acknowledged) throws IOException {
        JsonNode manifest = JSON.readTree(dir.resolve(MANIFEST).toFile());
        Set<String> topLevel = new HashSet<>();
        manifest.fieldNames().forEachRemaining(topLevel::add);
        if (!Set.of("version", "artifacts", "minimumCliVersion").containsAll(topLevel)) {
            return Split.unfit("the manifest has more than version, artifacts and minimumCliVersion");
        }
        JsonNode artifacts = manifest.path("artifacts");
        for (String id : iterable(artifacts.fieldNames())) {
            if (!id.equals(FEATURE_FLAGS) && !stacksInApp.contains(stackOf(id))) {
                return Split.unfit("the manifest has an artifact of no stack of the plan");
            }
        }
        ObjectNode app = JSON.createObjectNode();
        app.set("version", manifest.path("version"));
        if (manifest.has("minimumCliVersion")) app.set("minimumCliVersion", manifest.path("minimumCliVersion"));
        if (artifacts.has(FEATURE_FLAGS)) app.set("featureFlags", artifacts.path(FEATURE_FLAGS));
        if (Files.isRegularFile(dir.resolve(CDK_OUT))) app.put("cdkOut", Files.readString(dir.resolve(CDK_OUT)));

        JsonNode report = null;
        if (validated) {
            if (!Files.isRegularFile(dir.resolve(REPORT))) return Split.unfit("there is no validation report");
            report = JSON.readTree(dir.resolve(REPORT).toFile());
            for (JsonNode plugin : report.path("pluginReports")) {
                if (!CFN_VALIDATE.equals(plugin.path("pluginName").asText())) {
                    return Split.unfit("a validation plugin other than CloudFormation Validate reported");
                }
            }
        }
        Hashes hashes = new Hashes();   // the assets are shared by the units: each is hashed once
        Map<String, String> unitOfStack = new HashMap<>();
        for (SynthUnit u : units) u.stacks().forEach(s -> unitOfStack.put(s.name(), u.key()));

        Map<String, List<String>> artifactsOfStack = new HashMap<>();
        artifacts.fieldNames().forEachRemaining(id -> {
            if (!id.equals(FEATURE_FLAGS)) artifactsOfStack.computeIfAbsent(stackOf(id), k -> new ArrayList<>()).add(id);
        });
        List<UnitEntry> entries = new ArrayList<>();
        for (SynthUnit unit : units) {
            ObjectNode json = JSON.createObjectNode();
            json.put("format", SynthUnits.FORMAT);
            json.put("key", unit.key());
            json.put("environment", unit.environment());
            ObjectNode own = json.putObject("artifacts");
            Map<String, String> files = new LinkedHashMap<>();
            for (StackSpec s : unit.stacks()) {
                JsonNode stack = artifacts.path(s.name());
                if (!"aws:cloudformation:stack".equals(stack.path("type").asText())) {
                    return Split.unfit("a stack of the plan has no stack artifact");
                }
                artifactsOfStack.get(s.name()).forEach(id -> own.set(id, artifacts.path(id)));
                if (!addFiles(dir, stack, artifacts.path(s.name() + ".assets"), files, hashes)) {
                    return Split.unfit("a file a stack names is missing or outside the assembly");
                }
            }
            json.set("app", app);
            if (report != null) {
                ObjectNode validation = json.putObject("validation");
                validation.set("version", report.path("version"));
                validation.set("title", report.path("title"));
                ArrayNode violations = validation.putArray("violations");
                ArrayNode suppressed = validation.putArray("suppressedViolations");
                for (JsonNode plugin : report.path("pluginReports")) {
                    validation.set("pluginName", plugin.path("pluginName"));
                    validation.set("pluginVersion", plugin.path("pluginVersion"));
                    for (String list : List.of("violations", "suppressedViolations")) {
                        for (JsonNode finding : plugin.path(list)) {
                            Optional<String> stack = stackOfFinding(finding);
                            if (stack.isEmpty() || !unitOfStack.containsKey(stack.get())) {
                                return Split.unfit("a validation finding is about no single stack of the plan");
                            }
                            if (unitOfStack.get(stack.get()).equals(unit.key())) {
                                (list.equals("violations") ? violations : suppressed).add(finding);
                            }
                        }
                    }
                }
                ArrayNode ids = validation.putArray("acknowledged");
                new TreeSet<>(acknowledged).forEach(ids::add);
            }
            ObjectNode fileList = json.putObject("files");
            for (Map.Entry<String, String> f : files.entrySet()) fileList.put(f.getKey(), f.getValue());
            entries.add(new UnitEntry(unit.key(), json));
        }
        return new Split(entries, null);
    }

    /** The stack a finding is about: the one all its constructs are in, else none. */
    private static Optional<String> stackOfFinding(JsonNode finding) {
        Set<String> stacks = new HashSet<>();
        for (JsonNode c : finding.path("violatingConstructs")) {
            String template = c.path("cloudFormationResource").path("templatePath").asText("");
            String path = c.path("constructPath").asText("");
            if (template.endsWith(".template.json")) stacks.add(template.substring(0, template.length() - ".template.json".length()));
            else if (!path.isEmpty()) stacks.add(path.split("/")[0]);
            else return Optional.empty();
        }
        return stacks.size() == 1 ? Optional.of(stacks.iterator().next()) : Optional.empty();
    }

    /** The template, metadata, asset manifest and assets of a stack, with their SHA-256; false if one is missing. */
    private static boolean addFiles(Path dir, JsonNode stack, JsonNode assets, Map<String, String> files, Hashes hashes)
            throws IOException {
        List<String> relative = new ArrayList<>();
        relative.add(stack.path("properties").path("templateFile").asText(""));
        if (stack.has("additionalMetadataFile")) relative.add(stack.path("additionalMetadataFile").asText());
        if (!assets.isMissingNode()) {
            String manifest = assets.path("properties").path("file").asText("");
            relative.add(manifest);
            if (!Files.isRegularFile(dir.resolve(manifest))) return false;
            JsonNode assetManifest = JSON.readTree(dir.resolve(manifest).toFile());
            for (JsonNode f : assetManifest.path("files")) relative.add(f.path("source").path("path").asText(""));
            for (JsonNode d : assetManifest.path("dockerImages")) relative.add(d.path("source").path("directory").asText(""));
        }
        for (String r : relative) {
            if (r.isEmpty() || r.contains("..") || r.startsWith("/")) return false;
            Path p = dir.resolve(r);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    for (Path f : walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
                        files.putIfAbsent(dir.relativize(f).toString(), hashes.sha256(f));
                    }
                }
            } else if (Files.isRegularFile(p)) {
                files.putIfAbsent(r, hashes.sha256(p));
            } else {
                return false;
            }
        }
        return true;
    }

    /** {@code manifest.json} of the plan from its units' entries, as CDK writes it. */
    static String manifest(List<StackSpec> plan, Map<String, UnitEntry> entryOfStack) {
        ObjectNode manifest = JSON.createObjectNode();
        UnitEntry first = entryOfStack.get(plan.get(0).name());
        manifest.set("version", first.app().path("version"));
        ObjectNode artifacts = manifest.putObject("artifacts");
        for (StackSpec s : plan) {
            entryOfStack.get(s.name()).artifacts().properties().forEach(a -> {
                if (stackOf(a.getKey()).equals(s.name())) artifacts.set(a.getKey(), a.getValue());
            });
        }
        if (first.app().has("featureFlags")) artifacts.set(FEATURE_FLAGS, first.app().path("featureFlags"));
        if (first.app().has("minimumCliVersion")) manifest.set("minimumCliVersion", first.app().path("minimumCliVersion"));
        return JsJson.write(manifest);
    }

    /**
     * {@code validation-report.json} of the plan from its units' entries, given the composed manifest and the
     * acknowledgements of the whole app (rule id to the last acknowledging construct); empty when validation is off.
     */
    static Optional<String> report(JsonNode manifest, List<SynthUnit> units, Map<String, UnitEntry> entries,
                                   Map<String, Acknowledgement> acknowledgements) {
        UnitEntry any = entries.get(units.get(0).key());
        if (!any.validated()) return Optional.empty();
        Map<String, SynthUnit> byEnvironment = new HashMap<>();
        units.forEach(u -> byEnvironment.put(u.environment(), u));
        ArrayNode violations = JSON.createArrayNode();
        ArrayNode suppressed = JSON.createArrayNode();
        String pluginName = null;
        String pluginVersion = null;
        for (String environment : validationOrder(manifest)) {
            UnitEntry e = entries.get(byEnvironment.get(environment).key());
            JsonNode v = e.validation();
            if (v.has("pluginName")) {
                pluginName = v.path("pluginName").asText();
                pluginVersion = v.path("pluginVersion").asText();
            }
            v.path("violations").forEach(violations::add);
            for (JsonNode finding : v.path("suppressedViolations")) suppressed.add(acknowledged(finding, acknowledgements));
        }
        ObjectNode report = JSON.createObjectNode();
        report.set("version", any.validation().path("version"));
        report.set("title", any.validation().path("title"));
        ArrayNode plugins = report.putArray("pluginReports");
        if (!violations.isEmpty() || !suppressed.isEmpty()) {
            ObjectNode plugin = plugins.addObject();
            plugin.put("pluginName", pluginName);
            plugin.put("pluginVersion", pluginVersion);
            plugin.put("conclusion", "success");
            if (units.size() > 1) plugin.putObject("metadata");
            plugin.set("violations", violations);
            if (!suppressed.isEmpty()) plugin.set("suppressedViolations", suppressed);
        }
        return Optional.of(JsJson.write(report));
    }

    /** A suppressed finding with the reason, place and trace of the app's last acknowledgement of its rule. */
    private static JsonNode acknowledged(JsonNode finding, Map<String, Acknowledgement> acknowledgements) {
        ObjectNode copy = finding.deepCopy();
        String id = copy.path("acknowledgedId").asText();
        List.of("acknowledgedId", "reason", "acknowledgedAt", "acknowledgedStackTrace").forEach(copy::remove);
        copy.put("acknowledgedId", id);
        Acknowledgement a = acknowledgements.get(id);
        if (a != null) {
            if (!a.reason().isEmpty()) copy.put("reason", a.reason());
            if (!a.constructPath().isEmpty()) copy.put("acknowledgedAt", a.constructPath());
            if (a.trace() != null && !a.trace().isEmpty()) copy.put("acknowledgedStackTrace", a.trace());
        }
        return copy;
    }

    /** The accounts and regions in the order CDK validates them: first appearance among the topologically sorted stacks. */
    static List<String> validationOrder(JsonNode manifest) {
        JsonNode artifacts = manifest.path("artifacts");
        Map<String, List<String>> remaining = new LinkedHashMap<>();
        artifacts.properties().forEach(a -> {
            List<String> deps = new ArrayList<>();
            a.getValue().path("dependencies").forEach(d -> deps.add(d.asText()));
            remaining.put(a.getKey(), deps);
        });
        Set<String> order = new LinkedHashSet<>();
        while (!remaining.isEmpty()) {
            List<String> ready = remaining.entrySet().stream()
                    .filter(e -> e.getValue().stream().noneMatch(remaining::containsKey)).map(Map.Entry::getKey).sorted().toList();
            if (ready.isEmpty()) throw new IllegalStateException("dependency cycle among " + remaining.keySet());
            for (String id : ready) {
                remaining.remove(id);
                JsonNode a = artifacts.path(id);
                if ("aws:cloudformation:stack".equals(a.path("type").asText())) {
                    String env = a.path("environment").asText().replaceFirst("^aws://", "");
                    int slash = env.indexOf('/');
                    order.add(env.substring(0, slash) + "::" + env.substring(slash + 1));
                }
            }
        }
        return List.copyOf(order);
    }

    /** One {@code aws:cdk:acknowledged-rules} entry: the construct that recorded it, its reason and trace. */
    record Acknowledgement(String reason, String constructPath, String trace) {}

    /** Rule id to its last acknowledgement in the app: stacks in plan order, each stack's metadata in order. */
    static Map<String, Acknowledgement> acknowledgements(Path dir, JsonNode manifest, List<StackSpec> plan) throws IOException {
        Map<String, Acknowledgement> last = new LinkedHashMap<>();
        for (StackSpec s : plan) {
            for (JsonNode m : metadataOf(manifest.path("artifacts").path(s.name()), dir::resolve)) {
                acknowledgementEntries(m, (path, entry) -> {
                    List<String> trace = new ArrayList<>();
                    entry.path("trace").forEach(t -> trace.add(t.asText()));
                    String construct = path.startsWith("/") ? path.substring(1) : path;
                    entry.path("data").properties().forEach(rule -> last.put(rule.getKey(), new Acknowledgement(
                            rule.getValue().asText(""), construct, entry.has("trace") ? String.join("\n", trace) : null)));
                });
            }
        }
        return last;
    }

    /** A stack's metadata: in the manifest, and in its additional metadata file (found through {@code file}). */
    static List<JsonNode> metadataOf(JsonNode stackArtifact, Function<String, Path> file) throws IOException {
        List<JsonNode> metadata = new ArrayList<>();
        if (stackArtifact.has("metadata")) metadata.add(stackArtifact.path("metadata"));
        if (stackArtifact.has("additionalMetadataFile")) {
            metadata.add(JSON.readTree(file.apply(stackArtifact.path("additionalMetadataFile").asText()).toFile()));
        }
        return metadata;
    }

    /** Each {@code aws:cdk:acknowledged-rules} entry of a stack's metadata, with its construct path, in order. */
    static void acknowledgementEntries(JsonNode metadata, BiConsumer<String, JsonNode> found) {
        metadata.properties().forEach(byPath -> byPath.getValue().forEach(entry -> {
            if ("aws:cdk:acknowledged-rules".equals(entry.path("type").asText())) found.accept(byPath.getKey(), entry);
        }));
    }

    /** SHA-256 of files, each read once. */
    private static final class Hashes {
        private final Map<Path, String> known = new HashMap<>();

        String sha256(Path file) throws IOException {
            String hash = known.get(file);
            if (hash == null) known.put(file, hash = SynthCache.sha256(file));
            return hash;
        }
    }

    /** {@code x.assets} belongs to stack {@code x}. */
    static String stackOf(String artifactId) {
        return artifactId.endsWith(".assets") ? artifactId.substring(0, artifactId.length() - ".assets".length()) : artifactId;
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> it) {
        List<T> all = new ArrayList<>();
        it.forEachRemaining(all::add);
        return all;
    }
}
