package dev.regionstack.app.synth;

import dev.regionstack.verify.Taggable;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.ITaggable;
import software.amazon.awscdk.ITaggableV2;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.Tags;
import software.constructs.IConstruct;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * regionstack's tags on its stacks (fleet-file spec, "Tags": every taggable resource, the ones CDK adds by itself
 * included). {@link #add} gives a stack its tags with {@code Tags.of}, which reaches every construct that has a CDK
 * tag manager. {@link #complete}, once every stack is built, writes the same tags into the tag property of each
 * resource whose type takes tags according to AWS's resource specification ({@link Taggable}) but that has no tag
 * manager, so {@code Tags.of} passes it by: plain {@link CfnResource}s such as custom-resource provider functions
 * and roles, and L1 classes generated before their type took tags (load balancer listeners, scalable targets).
 *
 * <p>Not an aspect: a Java aspect is a jsii callback per construct (see {@code Suppressions}). Each stack's
 * constructs are listed once; whether one has a tag manager and, for an L1 class, its type are known in Java, so
 * only plain {@code CfnResource}s are asked for their type and only the resources tagged here are changed.
 */
final class StackTags {
    private static final String TYPE_CONSTANT = "CFN_RESOURCE_TYPE_NAME";

    /** The resource type an L1 class declares; empty for {@code CfnResource} itself, whose instances say theirs. */
    private static final ClassValue<Optional<String>> DECLARED_TYPE = new ClassValue<>() {
        @Override
        protected Optional<String> computeValue(Class<?> type) {
            try {
                return Optional.of((String) type.getField(TYPE_CONSTANT).get(null));
            } catch (NoSuchFieldException e) {
                return Optional.empty();
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(type.getName() + "." + TYPE_CONSTANT + " is not readable", e);
            }
        }
    };

    private final Taggable taggable;
    private final List<Tagged> stacks = new ArrayList<>();

    private record Tagged(Stack stack, Map<String, String> tags) {}

    StackTags(Taggable taggable) {
        this.taggable = taggable;
    }

    /** Tags {@code stack} and everything in it that CDK can tag with {@code tags}, in order (a later key wins). */
    void add(Stack stack, Map<String, String> tags) {
        Tags of = Tags.of(stack);
        tags.forEach(of::add);
        stacks.add(new Tagged(stack, Map.copyOf(tags)));
    }

    /**
     * Writes each added stack's tags into the resources {@code Tags.of} cannot reach. Call once every stack is built.
     *
     * @return the resources tagged here, in stack and construct-tree order
     */
    List<CfnResource> complete() {
        List<CfnResource> tagged = new ArrayList<>();
        stacks.forEach(s -> tagged.addAll(complete(s.stack(), s.tags())));
        return tagged;
    }

    private List<CfnResource> complete(Stack stack, Map<String, String> tags) {
        List<CfnResource> tagged = new ArrayList<>();
        for (IConstruct node : stack.getNode().findAll()) {
            if (!(node instanceof CfnResource resource) || node instanceof ITaggable || node instanceof ITaggableV2) continue;
            String type = DECLARED_TYPE.get(node.getClass()).orElseGet(resource::getCfnResourceType);
            taggable.of(type).ifPresent(p -> {
                resource.addPropertyOverride(p.property(), render(tags, p.shape()));
                tagged.add(resource);
            });
        }
        return tagged;
    }

    /** The tags in {@code shape}, sorted by key as CDK's tag manager writes them. */
    static Object render(Map<String, String> tags, Taggable.Shape shape) {
        Map<String, String> sorted = new TreeMap<>(tags);
        if (shape == Taggable.Shape.MAP) return sorted;
        List<Map<String, Object>> list = new ArrayList<>();
        sorted.forEach((key, value) -> {
            Map<String, Object> tag = new LinkedHashMap<>();
            tag.put("Key", key);
            tag.put("Value", value);
            if (shape == Taggable.Shape.ASG) tag.put("PropagateAtLaunch", true);
            list.add(tag);
        });
        return list;
    }
}
