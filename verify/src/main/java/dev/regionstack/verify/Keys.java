package dev.regionstack.verify;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * KMS keys and their key policies. A principal may use a key when the key policy allows it directly, or when the key
 * policy delegates to its account (principal {@code arn:aws:iam::<account>:root}) and its IAM policies allow it; a
 * Deny in either refuses.
 */
final class Keys {
    private static final List<String> KEY_TYPES = List.of("AWS::KMS::Key", "AWS::KMS::ReplicaKey");

    private final Resolver resolver;
    private final Arns arns;
    private final Policies policies;

    Keys(Resolver resolver, Arns arns, Policies policies) {
        this.resolver = resolver;
        this.arns = arns;
        this.policies = policies;
    }

    /**
     * The key a value names, as used in {@code account}/{@code region}: a reference to a key resource, or an alias
     * ({@code alias/name} or its ARN) of a key in that account and region.
     */
    Optional<Resource> key(Value value, String account, String region) {
        Optional<Resource> direct = value.target().filter(r -> KEY_TYPES.contains(r.type()));
        if (direct.isPresent()) return direct;
        Optional<String> text = arns.render(value);
        if (text.isEmpty() || !text.get().contains("alias/")) return Optional.empty();
        String aliasName = text.get().substring(text.get().indexOf("alias/"));
        for (Resource alias : resolver.model().resources("AWS::KMS::Alias")) {
            if (!alias.account().equals(account) || !alias.region().equals(region)) continue;
            if (!resolver.property(alias, "AliasName").literal().filter(aliasName::equals).isPresent()) continue;
            return resolver.property(alias, "TargetKeyId").target().filter(r -> KEY_TYPES.contains(r.type()));
        }
        return Optional.empty();
    }

    /** The aliases that point at {@code key} (the {@code kms:ResourceAliases} of a request on it). */
    List<String> aliases(Resource key) {
        List<String> names = new ArrayList<>();
        for (Resource alias : resolver.model().resources("AWS::KMS::Alias")) {
            if (resolver.property(alias, "TargetKeyId").target().filter(key::equals).isPresent()) {
                resolver.property(alias, "AliasName").literal().ifPresent(names::add);
            }
        }
        return names;
    }

    /** Whether {@code role} may make {@code request} on {@code key}. */
    boolean allows(Resource key, Resource role, Request request) {
        String roleArn = arns.arn(role, role.region());
        String root = "arn:" + Resolver.partition(key.region()) + ":iam::" + role.account() + ":root";
        boolean direct = false;
        boolean delegated = false;
        for (JsonNode statement : key.property("KeyPolicy").path("Statement")) {
            Policies.Statement s = new Policies.Statement(key.stack(), statement);
            if (!policies.applies(s, request)) continue;
            List<String> principals = principals(key.stack(), statement.path("Principal"));
            boolean toRole = principals.contains("*") || principals.contains(roleArn);
            boolean toAccount = principals.contains(root) || principals.contains(role.account());
            if (!toRole && !toAccount) continue;
            if (statement.path("Effect").asText().equals("Deny")) return false;
            direct |= toRole;
            delegated |= toAccount;
        }
        return direct || (delegated && policies.allows(role, request));
    }

    /** Whether the key policy lets the AWS service principal {@code service} make {@code request} on {@code key}. */
    boolean allowsService(Resource key, String service, Request request) {
        return policies.allowsService(key.stack(), key.property("KeyPolicy"), service, request);
    }

    private List<String> principals(StackModel stack, JsonNode principal) {
        if (principal.isTextual()) return List.of(principal.asText());
        List<String> out = new ArrayList<>();
        JsonNode aws = principal.path("AWS");
        if (!aws.isMissingNode()) out.addAll(policies.strings(stack, aws));
        return out;
    }
}
