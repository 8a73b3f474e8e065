package dev.regionstack.verify;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * EventBridge rules that deliver to an SNS topic of the assembly (security findings, drift alerts): EventBridge
 * publishes as the service principal {@code events.amazonaws.com}, so the topic's policy must let it
 * {@code sns:Publish}, and a topic encrypted with a customer-managed key needs that key's policy to let it
 * {@code kms:GenerateDataKey} and {@code kms:Decrypt} (an IAM policy cannot grant a service principal anything).
 * A topic under the AWS managed key {@code alias/aws/sns} can never receive them: that key's policy admits no service.
 * Without these, the rule matches, the delivery fails, and only a CloudWatch metric says so.
 */
final class EventDeliveries {
    static final String EVENTS = "events.amazonaws.com";
    private static final List<String> KEY_ACTIONS = List.of("kms:GenerateDataKey", "kms:Decrypt");

    private final Resolver resolver;
    private final Arns arns;
    private final Policies policies;
    private final Keys keys;

    EventDeliveries(Resolver resolver, Arns arns, Policies policies, Keys keys) {
        this.resolver = resolver;
        this.arns = arns;
        this.policies = policies;
        this.keys = keys;
    }

    void check(Findings f) {
        for (Resource rule : resolver.model().resources("AWS::Events::Rule")) {
            for (JsonNode target : rule.property("Targets")) {
                Optional<Resource> topic = resolver.resolve(rule.stack(), target.path("Arn")).target()
                        .filter(r -> r.type().equals("AWS::SNS::Topic"));
                topic.ifPresent(t -> check(f, rule, t));
            }
        }
    }

    private void check(Findings f, Resource rule, Resource topic) {
        String topicArn = arns.arn(topic, topic.region());
        // EventBridge calls over TLS, on behalf of the rule's account
        Map<String, List<String>> context = Map.of("aws:sourceaccount", List.of(rule.account()), "aws:securetransport", List.of("true"));
        Request publish = new Request("sns:Publish", topicArn, context);
        boolean published = resolver.model().resources("AWS::SNS::TopicPolicy").stream()
                .filter(p -> resolver.property(p, "Topics").items().stream().anyMatch(v -> v.target().filter(topic::equals).isPresent()))
                .anyMatch(p -> policies.allowsService(p.stack(), p.property("PolicyDocument"), EVENTS, publish));
        f.expect(published, rule.stack().name(), rule.logicalId(),
                "EventBridge delivers to the topic " + topic.id() + ", but no topic policy lets " + EVENTS + " sns:Publish to it",
                "add a topic policy statement for " + EVENTS + " (CDK's SnsTopic target adds one to a topic of its own stack)");

        if (topic.property("KmsMasterKeyId").isMissingNode()) return;   // not encrypted
        Value keyId = resolver.property(topic, "KmsMasterKeyId");
        Optional<String> rendered = arns.render(keyId);
        if (rendered.filter(k -> k.endsWith("alias/aws/sns")).isPresent()) {
            f.expect(false, rule.stack().name(), rule.logicalId(), "EventBridge delivers to the topic " + topic.id()
                            + ", which the AWS managed key alias/aws/sns encrypts, whose key policy admits no AWS service",
                    "encrypt the topic with a customer-managed key whose policy lets " + EVENTS + " use it");
            return;
        }
        Optional<Resource> key = keys.key(keyId, topic.account(), topic.region());
        if (key.isEmpty()) {
            f.missing(rule.stack().name(), rule.logicalId(), "EventBridge delivers to the topic " + topic.id()
                    + ", whose key " + rendered.orElse("(unresolved)") + " the assembly does not hold", "encrypt it with a key of the assembly");
            return;
        }
        String keyArn = arns.arn(key.get(), key.get().region());
        for (String action : KEY_ACTIONS) {
            f.expect(keys.allowsService(key.get(), EVENTS, new Request(action, keyArn, context)), rule.stack().name(), rule.logicalId(),
                    "EventBridge delivers to the topic " + topic.id() + ", but the key policy of " + key.get().id()
                            + " does not let " + EVENTS + " " + action,
                    "allow " + EVENTS + " kms:GenerateDataKey and kms:Decrypt in the key policy");
        }
    }
}
