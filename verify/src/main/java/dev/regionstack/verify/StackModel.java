package dev.regionstack.verify;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One stack of a cloud assembly as CloudFormation will receive it: its target account and region, its template, the
 * stacks it depends on, the tags the CDK CLI passes with it, and its wave (1 + the latest wave of its dependencies).
 */
public final class StackModel {
    private final String name;
    private final String account;
    private final String region;
    private final JsonNode template;
    private final long templateBytes;
    private final List<String> dependencies;
    private final Map<String, String> tags;
    private final List<Resource> resources = new ArrayList<>();
    private int wave;
    private Set<String> ancestors = Set.of();

    StackModel(String name, String account, String region, JsonNode template, long templateBytes,
               List<String> dependencies, Map<String, String> tags) {
        this.name = name;
        this.account = account;
        this.region = region;
        this.template = template;
        this.templateBytes = templateBytes;
        this.dependencies = List.copyOf(dependencies);
        this.tags = Collections.unmodifiableMap(tags);
        template.path("Resources").properties().forEach(e -> resources.add(new Resource(this, e.getKey(),
                e.getValue().path("Type").asText(), e.getValue().path("Properties"))));
    }

    public String name() { return name; }

    public String account() { return account; }

    public String region() { return region; }

    /** {@code <account>/<region>}: the scope of exports and SSM parameters. */
    public String scope() { return account + "/" + region; }

    public JsonNode template() { return template; }

    public long templateBytes() { return templateBytes; }

    /** The stacks this one depends on directly (stack artifacts only). */
    public List<String> dependencies() { return dependencies; }

    /** Every stack that deploys before this one: its dependencies, transitively. */
    public Set<String> ancestors() { return ancestors; }

    /** The tags the CDK CLI passes with the stack (and so the tags every resource should carry). */
    public Map<String, String> tags() { return tags; }

    public List<Resource> resources() { return Collections.unmodifiableList(resources); }

    public Resource resource(String logicalId) {
        return resources.stream().filter(r -> r.logicalId().equals(logicalId)).findFirst().orElse(null);
    }

    /** 1 for a stack that depends on nothing, else 1 + the latest wave of its dependencies. */
    public int wave() { return wave; }

    void order(int wave, Set<String> ancestors) {
        this.wave = wave;
        this.ancestors = Set.copyOf(ancestors);
    }

    @Override
    public String toString() { return name; }
}
