package dev.regionstack.verify;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The data paths the platform intends, read from its wiring: a service task given a table name or a secret, a
 * credits function given its table, queue, parameter and sender (by handler, {@link FunctionNeeds}), a collector
 * sidecar given a Prometheus workspace to remote-write to ({@link RemoteWrites}), a queue that
 * triggers a function, a bucket that replicates. A reference that names nothing in the assembly is a problem.
 */
final class DataPaths {
    private static final List<String> READ_TABLE = List.of("dynamodb:GetItem", "dynamodb:Query");
    private static final List<String> WRITE_TABLE = List.of("dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem");

    private final Resolver resolver;
    private final Arns arns;
    private final DataTargets targets;
    private final Keys keys;
    private final Findings findings;
    private final List<DataPath> paths = new ArrayList<>();

    DataPaths(Resolver resolver, Arns arns, Keys keys, Findings findings) {
        this.resolver = resolver;
        this.arns = arns;
        this.keys = keys;
        this.targets = new DataTargets(resolver, arns, keys);
        this.findings = findings;
    }

    List<DataPath> all() {
        AssemblyModel model = resolver.model();
        model.resources("AWS::ECS::TaskDefinition").forEach(this::task);
        model.resources("AWS::Lambda::Function").forEach(this::function);
        model.resources("AWS::Lambda::EventSourceMapping").forEach(this::eventSource);
        model.resources("AWS::S3::Bucket").forEach(this::replication);
        model.resources("AWS::KinesisFirehose::DeliveryStream").forEach(this::transformation);
        return List.copyOf(paths);
    }

    private void task(Resource td) {
        Optional<Resource> taskRole = role(td, "TaskRoleArn");
        Optional<Resource> executionRole = role(td, "ExecutionRoleArn");
        for (JsonNode container : td.property("ContainerDefinitions")) {
            ImagePulls.of(resolver, td, executionRole, container, findings).ifPresent(paths::add);
            for (JsonNode variable : container.path("Environment")) {
                if (variable.path("Name").asText().equals("TABLE_NAME")) {
                    table(td, taskRole, resolver.resolve(td.stack(), variable.path("Value")), true, "the service task");
                }
                if (variable.path("Name").asText().equals(RemoteWrites.COLLECTOR_CONFIG)) {
                    RemoteWrites.of(td, taskRole, resolver.resolve(td.stack(), variable.path("Value")), arns, findings).ifPresent(paths::add);
                }
            }
            for (JsonNode secret : container.path("Secrets")) {
                Value reference = resolver.resolve(td.stack(), secret.path("ValueFrom"));
                String variable = secret.path("Name").asText();
                Optional<DataTargets.Target> target = targets.secret(reference, td.account(), td.region());
                if (target.isEmpty()) {
                    unresolved(td, "the container secret " + variable + " names " + arns.render(reference).orElse("a secret")
                            + ", which no secret of the assembly holds in " + td.region());
                    continue;
                }
                List<DataPath.Need> needs = new ArrayList<>();
                needs.add(DataPath.Need.of(new Request("secretsmanager:GetSecretValue", target.get().arn())));
                kms(td, target.get(), "secretsmanager", td.region(), List.of("kms:Decrypt"), needs);
                paths.add(new DataPath(td, executionRole, "ECS reads the secret of " + variable + " for the service task", needs));
            }
        }
    }

    private void function(Resource f) {
        String handler = resolver.property(f, "Handler").literal().orElse("");
        if (!handler.startsWith(FunctionNeeds.PACKAGE)) return;
        Optional<Set<FunctionNeeds.Use>> uses = FunctionNeeds.of(handler);
        findings.checked();
        if (uses.isEmpty()) {
            findings.problem(f.stack().name(), f.logicalId(), "runs " + handler + ", whose data needs the deploy simulation does not know",
                    "add the handler to verify's FunctionNeeds");
            return;
        }
        Optional<Resource> role = role(f, "Role");
        JsonNode env = f.property("Environment", "Variables");
        String name = arns.name(f, "FunctionName");
        Value table = resolver.resolve(f.stack(), env.path("TABLE_NAME"));
        if (uses.get().contains(FunctionNeeds.Use.READ_TABLE)) {
            table(f, role, table, uses.get().contains(FunctionNeeds.Use.WRITE_TABLE), "the function " + name);
        }
        if (uses.get().contains(FunctionNeeds.Use.UPDATE_TABLE)) {
            table(f, role, table, List.of("dynamodb:UpdateItem"), List.of("kms:Decrypt", "kms:GenerateDataKey"),
                    "the function " + name + " updates items of");
        }
        if (uses.get().contains(FunctionNeeds.Use.SEND_NOTIFICATION)) {
            Value queue = resolver.resolve(f.stack(), env.path("NOTIFICATION_QUEUE_URL"));
            Optional<DataTargets.Target> target = targets.queue(queue, f.region());
            if (target.isEmpty()) {
                unresolved(f, "NOTIFICATION_QUEUE_URL names " + arns.render(queue).orElse("nothing") + ", which is no queue of the assembly");
            } else {
                List<DataPath.Need> needs = new ArrayList<>();
                needs.add(DataPath.Need.of(new Request("sqs:SendMessage", target.get().arn())));
                kms(f, target.get(), "sqs", f.region(), List.of("kms:GenerateDataKey", "kms:Decrypt"), needs);
                paths.add(new DataPath(f, role, "the function " + name + " sends threshold notifications", needs));
            }
        }
        if (uses.get().contains(FunctionNeeds.Use.READ_PAYMENT_ENDPOINT)) {
            String parameter = arns.render(resolver.resolve(f.stack(), env.path("PAYMENT_ENDPOINT_PARAMETER"))).orElse("?");
            Optional<DataTargets.Target> target = targets.parameter(parameter, f.account(), f.region());
            if (target.isEmpty()) {
                unresolved(f, "PAYMENT_ENDPOINT_PARAMETER names " + parameter + ", which no stack writes in " + f.region());
            } else {
                paths.add(new DataPath(f, role, "the function " + name + " reads the payment endpoint",
                        List.of(DataPath.Need.of(new Request("ssm:GetParameter", target.get().arn())))));
            }
        }
        if (uses.get().contains(FunctionNeeds.Use.INDEX_DOCUMENTS)) SearchPath.index(f, role, env, this);
        if (uses.get().contains(FunctionNeeds.Use.SEND_EMAIL)) {
            String sender = arns.render(resolver.resolve(f.stack(), env.path("SES_FROM_ADDRESS"))).orElse("");
            String identities = "arn:" + Resolver.partition(f.region()) + ":ses:" + f.region() + ":" + f.account() + ":identity/";
            Map<String, List<String>> context = Map.of("ses:fromaddress", List.of(sender));
            List<Request> either = new ArrayList<>();
            either.add(new Request("ses:SendEmail", identities + sender, context));
            if (sender.contains("@")) either.add(new Request("ses:SendEmail", identities + sender.substring(sender.indexOf('@') + 1), context));
            paths.add(new DataPath(f, role, "the function " + name + " sends e-mail from " + sender,
                    List.of(new DataPath.Need(either, Optional.empty()))));
        }
    }

    private void eventSource(Resource mapping) {
        Optional<Resource> function = resolver.property(mapping, "FunctionName").target().flatMap(this::functionOf);
        Optional<DataTargets.Target> queue = targets.queue(resolver.property(mapping, "EventSourceArn"), mapping.region());
        if (function.isEmpty() || queue.isEmpty()) return;
        Optional<Resource> role = role(function.get(), "Role");
        List<DataPath.Need> needs = new ArrayList<>();
        for (String action : List.of("sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes")) {
            needs.add(DataPath.Need.of(new Request(action, queue.get().arn())));
        }
        kms(mapping, queue.get(), "sqs", mapping.region(), List.of("kms:Decrypt"), needs);
        paths.add(new DataPath(mapping, role, "the function " + arns.name(function.get(), "FunctionName") + " consumes its queue", needs));
    }

    private Optional<Resource> functionOf(Resource r) {
        if (r.type().equals("AWS::Lambda::Function")) return Optional.of(r);
        if (r.type().equals("AWS::Lambda::Alias") || r.type().equals("AWS::Lambda::Version")) {
            return resolver.property(r, "FunctionName").target().filter(f -> f.type().equals("AWS::Lambda::Function"));
        }
        return Optional.empty();
    }

    private void replication(Resource bucket) {
        JsonNode configuration = bucket.property("ReplicationConfiguration");
        if (configuration.isMissingNode()) return;
        Optional<Resource> role = resolver.resolve(bucket.stack(), configuration.path("Role")).target()
                .filter(r -> r.type().equals("AWS::IAM::Role"));
        String sourceArn = arns.arn(bucket, bucket.region());
        Optional<DataTargets.Target> source = targets.bucket(arns.name(bucket, "BucketName"));
        for (JsonNode rule : configuration.path("Rules")) {
            JsonNode destination = rule.path("Destination");
            Value destinationBucket = resolver.resolve(bucket.stack(), destination.path("Bucket"));
            Optional<DataTargets.Target> target = targets.bucket(destinationBucket);
            if (target.isEmpty()) {
                unresolved(bucket, "replication rule " + rule.path("Id").asText() + " names the bucket "
                        + arns.render(destinationBucket).orElse("?") + ", which no stack of the assembly creates");
                continue;
            }
            String region = target.get().resource().region();
            List<DataPath.Need> needs = new ArrayList<>();
            needs.add(DataPath.Need.of(new Request("s3:GetReplicationConfiguration", sourceArn)));
            needs.add(DataPath.Need.of(new Request("s3:GetObjectVersionForReplication", sourceArn + "/object")));
            needs.add(DataPath.Need.of(new Request("s3:ReplicateObject", target.get().arn() + "/object")));
            boolean kmsObjects = rule.path("SourceSelectionCriteria").path("SseKmsEncryptedObjects").path("Status").asText().equals("Enabled");
            if (kmsObjects && source.isPresent()) kms(bucket, source.get(), "s3", bucket.region(), List.of("kms:Decrypt"), needs);
            JsonNode replicaKey = destination.path("EncryptionConfiguration").path("ReplicaKmsKeyID");
            if (!replicaKey.isMissingNode()) {
                DataTargets.EncryptionKey key = targets.key(bucket, resolver.resolve(bucket.stack(), replicaKey), region);
                if (key.key().isEmpty()) {
                    unresolved(bucket, "replication rule " + rule.path("Id").asText() + " encrypts replicas with " + key.missing()
                            + ", which is no key of the assembly in " + region);
                } else {
                    needs.add(DataPath.Need.onKey(key.key().get(), kmsRequest("kms:Encrypt", key.key().get(), "s3", region)));
                }
            }
            paths.add(new DataPath(bucket, role, "replication to " + target.get().resource().id(), needs));
        }
    }

    /** A delivery stream's Lambda transformation: its role must be allowed to call the function (alias) it names. */
    private void transformation(Resource stream) {
        JsonNode destination = stream.property("ExtendedS3DestinationConfiguration");
        Optional<Resource> role = resolver.resolve(stream.stack(), destination.path("RoleARN")).target()
                .filter(r -> r.type().equals("AWS::IAM::Role"));
        for (JsonNode processor : destination.path("ProcessingConfiguration").path("Processors")) {
            if (!processor.path("Type").asText().equals("Lambda")) continue;
            for (JsonNode parameter : processor.path("Parameters")) {
                if (!parameter.path("ParameterName").asText().equals("LambdaArn")) continue;
                Value function = resolver.resolve(stream.stack(), parameter.path("ParameterValue"));
                if (function.target().flatMap(this::functionOf).isEmpty()) {
                    unresolved(stream, "the transformation names " + arns.render(function).orElse("a function")
                            + ", which is no function of the assembly");
                    continue;
                }
                String arn = arns.render(function).orElseThrow();
                paths.add(new DataPath(stream, role, "Firehose invokes its transformation " + arn, List.of(
                        DataPath.Need.of(new Request("lambda:InvokeFunction", arn)),
                        DataPath.Need.of(new Request("lambda:GetFunctionConfiguration", arn)))));
            }
        }
    }

    private void table(Resource from, Optional<Resource> role, Value name, boolean write, String who) {
        List<String> actions = new ArrayList<>(READ_TABLE);
        if (write) actions.addAll(WRITE_TABLE);
        table(from, role, name, actions, write ? List.of("kms:Decrypt", "kms:GenerateDataKey") : List.of("kms:Decrypt"),
                who + (write ? " reads and writes" : " reads"));
    }

    private void table(Resource from, Optional<Resource> role, Value name, List<String> actions, List<String> keyActions, String what) {
        Optional<String> tableName = arns.render(name);
        Optional<DataTargets.Target> target = tableName.flatMap(n -> targets.table(n, from.account(), from.region()));
        if (target.isEmpty()) {
            unresolved(from, "TABLE_NAME names " + tableName.orElse("a table only AWS knows") + ", which no DynamoDB table of "
                    + from.account() + " replicates to " + from.region());
            return;
        }
        List<DataPath.Need> needs = new ArrayList<>();
        actions.forEach(a -> needs.add(DataPath.Need.of(new Request(a, target.get().arn()))));
        kms(from, target.get(), "dynamodb", from.region(), keyActions, needs);
        paths.add(new DataPath(from, role, what + " the table " + tableName.get(), needs));
    }

    private void kms(Resource from, DataTargets.Target target, String service, String region, List<String> actions, List<DataPath.Need> needs) {
        if (target.missingKey() != null) {
            unresolved(from, target.resource().id() + " is encrypted with " + target.missingKey() + ", which is no key of the assembly in " + region);
            return;
        }
        target.key().ifPresent(key -> actions.forEach(a -> needs.add(DataPath.Need.onKey(key, kmsRequest(a, key, service, region)))));
    }

    private Request kmsRequest(String action, Resource key, String service, String region) {
        return new Request(action, arns.arn(key, key.region()), Map.of(
                "kms:viaservice", List.of(service + "." + region + ".amazonaws.com"),
                "kms:resourcealiases", keys.aliases(key),
                "kms:calleraccount", List.of(key.account())));
    }

    Resolver resolver() { return resolver; }

    Arns arns() { return arns; }

    void add(DataPath path) { paths.add(path); }

    /** A problem of the wiring that no permission can fix. */
    void problem(Resource r, String what, String fix) {
        findings.checked();
        findings.problem(r.stack().name(), r.logicalId(), what, fix);
    }

    private Optional<Resource> role(Resource r, String property) {
        return resolver.property(r, property).target().filter(x -> x.type().equals("AWS::IAM::Role"));
    }

    void unresolved(Resource r, String what) {
        findings.checked();
        findings.missing(r.stack().name(), r.logicalId(), what, "create it, or name the one the platform creates");
    }
}
