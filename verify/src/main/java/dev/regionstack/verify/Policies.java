package dev.regionstack.verify;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The identity policies of every IAM role of the assembly (inline policies, {@code AWS::IAM::Policy} and
 * {@code AWS::IAM::ManagedPolicy} resources attached by reference or by name, in any stack of the role's account),
 * and IAM's evaluation of a request against them: allowed when a statement allows it and none denies it. AWS managed
 * policies are not evaluated: the platform's data paths never rely on them.
 */
final class Policies {
    /** A statement and the stack its expressions belong to. */
    record Statement(StackModel stack, JsonNode json) {}

    private final Resolver resolver;
    private final Arns arns;
    private final Map<Resource, List<Statement>> byRole = new HashMap<>();

    Policies(Resolver resolver, Arns arns) {
        this.resolver = resolver;
        this.arns = arns;
        AssemblyModel model = resolver.model();
        for (Resource role : model.resources("AWS::IAM::Role")) {
            for (JsonNode policy : role.property("Policies")) add(role, role.stack(), policy.path("PolicyDocument"));
        }
        for (String type : List.of("AWS::IAM::Policy", "AWS::IAM::ManagedPolicy")) {
            for (Resource policy : model.resources(type)) {
                for (Value v : resolver.property(policy, "Roles").items()) {
                    role(policy, v).ifPresent(role -> add(role, policy.stack(), policy.property("PolicyDocument")));
                }
            }
        }
        for (Resource role : model.resources("AWS::IAM::Role")) {
            for (Value v : resolver.property(role, "ManagedPolicyArns").items()) {
                v.target().filter(p -> p.type().equals("AWS::IAM::ManagedPolicy"))
                        .ifPresent(p -> add(role, p.stack(), p.property("PolicyDocument")));
            }
        }
    }

    private Optional<Resource> role(Resource policy, Value v) {
        Optional<Resource> byReference = v.target().filter(r -> r.type().equals("AWS::IAM::Role"));
        if (byReference.isPresent()) return byReference;
        Optional<String> name = v.literal();
        if (name.isEmpty()) return Optional.empty();
        return resolver.model().resources("AWS::IAM::Role").stream()
                .filter(r -> r.account().equals(policy.account()))
                .filter(r -> resolver.property(r, "RoleName").literal().filter(name.get()::equals).isPresent())
                .findFirst();
    }

    private void add(Resource role, StackModel stack, JsonNode document) {
        for (JsonNode statement : document.path("Statement")) {
            byRole.computeIfAbsent(role, k -> new ArrayList<>()).add(new Statement(stack, statement));
        }
    }

    /** Whether the role's identity policies allow the request. */
    boolean allows(Resource role, Request request) {
        boolean allowed = false;
        for (Statement s : byRole.getOrDefault(role, List.of())) {
            if (!applies(s, request)) continue;
            if (s.json().path("Effect").asText().equals("Deny")) return false;
            allowed = true;
        }
        return allowed;
    }

    /**
     * Whether a resource or key policy lets the AWS service principal {@code service} (e.g. {@code events.amazonaws.com})
     * make the request: a statement naming it allows it and none denies it.
     */
    boolean allowsService(StackModel stack, JsonNode document, String service, Request request) {
        boolean allowed = false;
        for (JsonNode json : document.path("Statement")) {
            Statement s = new Statement(stack, json);
            List<String> principals = servicePrincipals(stack, json.path("Principal"));
            if (!applies(s, request) || !(principals.contains(service) || principals.contains("*"))) continue;
            if (json.path("Effect").asText().equals("Deny")) return false;
            allowed = true;
        }
        return allowed;
    }

    /** The service principals a statement names; {@code *} (or {@code {"AWS": "*"}}) names every principal. */
    private List<String> servicePrincipals(StackModel stack, JsonNode principal) {
        if (principal.isTextual()) return List.of(principal.asText());
        List<String> out = new ArrayList<>();
        JsonNode service = principal.path("Service");
        if (!service.isMissingNode()) out.addAll(strings(stack, service));
        JsonNode aws = principal.path("AWS");
        if (!aws.isMissingNode() && strings(stack, aws).contains("*")) out.add("*");
        return out;
    }

    /** Whether a statement's actions, resources and conditions cover the request (whatever its effect). */
    boolean applies(Statement s, Request request) {
        return matchesAction(s.json(), request.action())
                && matchesResource(s, request.resource())
                && Conditions.hold(s.json().path("Condition"), request.context(), v -> strings(s.stack(), v));
    }

    static boolean matchesAction(JsonNode statement, String action) {
        if (statement.has("NotAction")) return !anyMatch(statement.get("NotAction"), action);
        return anyMatch(statement.path("Action"), action);
    }

    private static boolean anyMatch(JsonNode patterns, String action) {
        List<JsonNode> list = new ArrayList<>();
        if (patterns.isArray()) patterns.forEach(list::add); else list.add(patterns);
        return list.stream().anyMatch(p -> p.isTextual() && Wildcards.matches(p.asText(), action, true));
    }

    private boolean matchesResource(Statement s, String arn) {
        if (s.json().has("NotResource")) return strings(s.stack(), s.json().get("NotResource")).stream().noneMatch(p -> Wildcards.matches(p, arn, false));
        if (!s.json().has("Resource")) return true; // key and resource policies may leave it out: the resource itself
        return strings(s.stack(), s.json().get("Resource")).stream().anyMatch(p -> Wildcards.matches(p, arn, false));
    }

    /** A string or list of strings of a policy, each rendered; a value only AWS knows is dropped (it matches nothing). */
    List<String> strings(StackModel stack, JsonNode node) {
        List<String> out = new ArrayList<>();
        for (Value v : resolver.resolve(stack, node).items()) arns.render(v).ifPresent(out::add);
        return out;
    }
}
