package dev.regionstack.verify;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * The data resources that wiring names (a table by name, a secret by ARN, a queue by URL, a parameter by name),
 * found in the assembly as seen from a region, with their ARNs there and the keys that encrypt them there.
 */
final class DataTargets {
    /**
     * A data resource as used from one region.
     *
     * @param resource the resource (for a global table or a replicated secret, the one that declares the replica)
     * @param arn      its ARN in that region
     * @param key      the customer-managed key encrypting it there; empty when AWS manages the key
     * @param missingKey the key its encryption names when the assembly holds no such key (else null)
     */
    record Target(Resource resource, String arn, Optional<Resource> key, String missingKey) {
        Target(Resource resource, String arn, EncryptionKey key) {
            this(resource, arn, key.key(), key.missing());
        }

        Target(Resource resource, String arn) {
            this(resource, arn, Optional.empty(), null);
        }
    }

    /** The key named by an encryption setting: found, absent (AWS-managed), or named but not in the assembly. */
    record EncryptionKey(Optional<Resource> key, String missing) {
        static final EncryptionKey AWS_MANAGED = new EncryptionKey(Optional.empty(), null);
    }

    private final Resolver resolver;
    private final Arns arns;
    private final Keys keys;

    DataTargets(Resolver resolver, Arns arns, Keys keys) {
        this.resolver = resolver;
        this.arns = arns;
        this.keys = keys;
    }

    /** A DynamoDB table named {@code name}, with a replica in {@code region} of {@code account}. */
    Optional<Target> table(String name, String account, String region) {
        for (String type : new String[] {"AWS::DynamoDB::GlobalTable", "AWS::DynamoDB::Table"}) {
            for (Resource t : resolver.model().resources(type)) {
                if (!t.account().equals(account) || !arns.name(t, "TableName").equals(name)) continue;
                if (type.equals("AWS::DynamoDB::Table")) {
                    if (!t.region().equals(region)) continue;
                    return Optional.of(new Target(t, arns.arn(t, region), keyOf(t, t.property("SSESpecification", "KMSMasterKeyId"), region)));
                }
                for (JsonNode replica : t.property("Replicas")) {
                    if (!replica.path("Region").asText().equals(region)) continue;
                    JsonNode key = replica.path("SSESpecification").path("KMSMasterKeyId");
                    return Optional.of(new Target(t, arns.arn(t, region), keyOf(t, key, region)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A Secrets Manager secret named by ARN (full, partial, or with ECS's {@code :json-key:stage:version} suffix)
     * or by reference, as readable in {@code region}: the secret itself there, or its replica.
     */
    Optional<Target> secret(Value reference, String account, String region) {
        Optional<Resource> direct = reference.target().filter(r -> r.type().equals("AWS::SecretsManager::Secret"));
        Optional<String> text = direct.isPresent() ? Optional.empty() : arns.render(reference);
        String name = text.map(DataTargets::secretName).orElse(null);
        for (Resource s : resolver.model().resources("AWS::SecretsManager::Secret")) {
            if (!s.account().equals(account)) continue;
            boolean named = direct.map(s::equals).orElseGet(() -> {
                String own = arns.name(s, "Name");
                return name != null && (name.equals(own) || arns.arn(s, region).endsWith(":secret:" + name));
            });
            if (!named) continue;
            if (s.region().equals(region)) {
                return Optional.of(new Target(s, arns.arn(s, region), keyOf(s, s.property("KmsKeyId"), region)));
            }
            for (JsonNode replica : s.property("ReplicaRegions")) {
                if (replica.path("Region").asText().equals(region)) {
                    return Optional.of(new Target(s, arns.arn(s, region), keyOf(s, replica.path("KmsKeyId"), region)));
                }
            }
        }
        return Optional.empty();
    }

    /** {@code arn:...:secret:NAME[-XXXXXX][:key:stage:version]} to {@code NAME[-XXXXXX]}. */
    private static String secretName(String arn) {
        String[] parts = arn.split(":");
        return parts.length > 6 && parts[5].equals("secret") ? parts[6] : arn;
    }

    /** An SQS queue named by a reference (its URL or ARN). */
    Optional<Target> queue(Value reference, String region) {
        return reference.target().filter(r -> r.type().equals("AWS::SQS::Queue"))
                .map(q -> new Target(q, arns.arn(q, q.region()), keyOf(q, q.property("KmsMasterKeyId"), q.region())));
    }

    /** An SSM parameter named {@code name} in {@code account}/{@code region}. */
    Optional<Target> parameter(String name, String account, String region) {
        return resolver.model().parameter(account + "/" + region, name).map(p -> new Target(p, arns.arn(p, region)));
    }

    /** An S3 bucket named {@code name} (bucket names are global). */
    Optional<Target> bucket(String name) {
        for (Resource b : resolver.model().resources("AWS::S3::Bucket")) {
            if (!arns.name(b, "BucketName").equals(name)) continue;
            JsonNode rules = b.property("BucketEncryption", "ServerSideEncryptionConfiguration");
            JsonNode key = rules.path(0).path("ServerSideEncryptionByDefault").path("KMSMasterKeyID");
            return Optional.of(new Target(b, arns.arn(b, b.region()), keyOf(b, key, b.region())));
        }
        return Optional.empty();
    }

    /** The bucket a reference names. */
    Optional<Target> bucket(Value reference) {
        Optional<Resource> direct = reference.target().filter(r -> r.type().equals("AWS::S3::Bucket"));
        if (direct.isPresent()) return bucket(arns.name(direct.get(), "BucketName"));
        return arns.render(reference).map(t -> t.startsWith("arn:") ? t.substring(t.lastIndexOf(':') + 1) : t).flatMap(this::bucket);
    }

    private EncryptionKey keyOf(Resource owner, JsonNode key, String region) {
        if (key.isMissingNode() || key.isNull()) return EncryptionKey.AWS_MANAGED;
        return key(owner, resolver.resolve(owner.stack(), key), region);
    }

    /** The key an expression names, as used in {@code region} of {@code owner}'s account. */
    EncryptionKey key(Resource owner, Value key, String region) {
        Optional<Resource> found = keys.key(key, owner.account(), region);
        return new EncryptionKey(found, found.isPresent() ? null : arns.render(key).orElse("a key only AWS knows"));
    }
}
