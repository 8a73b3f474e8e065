package dev.regionstack.verify;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * S3 can deliver each bucket notification the assembly configures to an SQS queue (CDK's
 * {@code Custom::S3BucketNotifications}): the bucket is one of the assembly's, the queue's policy lets
 * {@code s3.amazonaws.com} send for that bucket, and when a customer-managed key encrypts the queue, the key policy
 * lets S3 use it ({@code kms:GenerateDataKey}, {@code kms:Decrypt}). Without either grant, S3 refuses the
 * notification configuration when the custom resource writes it, and the deploy fails.
 */
final class BucketNotifications implements Check {
    private static final String S3 = "s3.amazonaws.com";

    @Override
    public String name() { return "bucket notifications"; }

    @Override
    public void run(Simulation simulation, Findings f) {
        Resolver resolver = simulation.resolver();
        Arns arns = new Arns(resolver);
        Policies policies = new Policies(resolver, arns);
        DataTargets targets = new DataTargets(resolver, arns, new Keys(resolver, arns, policies));
        for (Resource custom : resolver.model().resources("Custom::S3BucketNotifications")) {
            String bucket = arns.render(resolver.property(custom, "BucketName")).orElse("?");
            Optional<DataTargets.Target> source = targets.bucket(bucket);
            f.checked();
            if (source.isEmpty()) {
                f.missing(custom.stack().name(), custom.logicalId(), "configures notifications of the bucket " + bucket
                        + ", which no stack of the assembly creates", "create the bucket, or name the one the platform creates");
                continue;
            }
            String bucketArn = source.get().arn();
            for (JsonNode configuration : custom.property("NotificationConfiguration", "QueueConfigurations")) {
                Optional<DataTargets.Target> queue = targets.queue(resolver.resolve(custom.stack(), configuration.path("QueueArn")), custom.region());
                if (queue.isEmpty()) continue;
                Resource q = queue.get().resource();
                Request send = new Request("sqs:SendMessage", queue.get().arn(), Map.of(
                        "aws:sourcearn", List.of(bucketArn), "aws:sourceaccount", List.of(source.get().resource().account())));
                boolean sends = resolver.model().resources("AWS::SQS::QueuePolicy").stream()
                        .filter(p -> resolver.property(p, "Queues").items().stream().anyMatch(v -> v.target().filter(q::equals).isPresent()))
                        .anyMatch(p -> allowsS3(policies, p.stack(), p.property("PolicyDocument", "Statement"), send));
                f.expect(sends, custom.stack().name(), custom.logicalId(), "S3 notifies " + q.id() + " of " + bucket
                        + ", but no policy of the queue lets " + S3 + " sqs:SendMessage for that bucket",
                        "add a queue policy statement for the service principal " + S3 + " with aws:SourceArn " + bucketArn);
                if (queue.get().key().isEmpty()) continue;
                Resource key = queue.get().key().get();
                for (String action : List.of("kms:GenerateDataKey", "kms:Decrypt")) {
                    Request use = new Request(action, arns.arn(key, key.region()));
                    f.expect(allowsS3(policies, key.stack(), key.property("KeyPolicy", "Statement"), use), custom.stack().name(),
                            custom.logicalId(), "S3 notifies " + q.id() + " of " + bucket + ", but the policy of its key " + key.id()
                                    + " does not let " + S3 + " " + action,
                            "add a key policy statement for the service principal " + S3);
                }
            }
        }
    }

    private static boolean allowsS3(Policies policies, StackModel stack, JsonNode statements, Request request) {
        boolean allowed = false;
        for (JsonNode statement : statements) {
            if (!policies.strings(stack, statement.path("Principal").path("Service")).contains(S3)) continue;
            if (!policies.applies(new Policies.Statement(stack, statement), request)) continue;
            if (statement.path("Effect").asText().equals("Deny")) return false;
            allowed = true;
        }
        return allowed;
    }
}
