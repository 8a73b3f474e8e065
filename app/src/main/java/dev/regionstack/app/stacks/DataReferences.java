package dev.regionstack.app.stacks;

import dev.regionstack.fleet.model.Deployment;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.dynamodb.ITableV2;
import software.amazon.awscdk.services.dynamodb.TableAttributesV2;
import software.amazon.awscdk.services.dynamodb.TableV2;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketAttributes;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretAttributes;
import software.constructs.Construct;

/**
 * How the layers above the data layer (app, api, messaging) refer to a region's data: in their own stack, by the
 * deterministic names {@link DataStack} and {@link SecurityStack} give the resources, with the region's key from
 * the security stack (the key of every one of them). Grants then name the resource by that name and cover the key,
 * which becomes a same-region export of the security stack, its owner. Never through the constructs of the data
 * stack: a non-primary region has a data stack only with Aurora, and what it would hand out for the table or bucket
 * is not its own (the table replica is the primary's, the bucket the security stack's), so an import of it would
 * name an export that stack does not produce, or a stack that does not exist.
 */
public final class DataReferences {
    private DataReferences() {}

    /** The region's replica of the global table {@link DataStack#tableName}, encrypted with {@code regionKey}. */
    public static ITableV2 table(Construct scope, Deployment deployment, IKey regionKey) {
        return TableV2.fromTableAttributes(scope, "Table", TableAttributesV2.builder()
                .tableName(DataStack.tableName(deployment)).encryptionKey(regionKey).build());
    }

    /**
     * The region's data bucket {@link DataStack#bucketName}, encrypted with {@code regionKey}: created by the
     * primary's data stack, or by a non-primary region's security stack.
     */
    public static IBucket bucket(Construct scope, Deployment deployment, IKey regionKey) {
        return Bucket.fromBucketAttributes(scope, "DataBucket", BucketAttributes.builder()
                .bucketName(DataStack.bucketName(deployment)).encryptionKey(regionKey).build());
    }

    /**
     * The Aurora master credentials in this region, {@link DataStack#auroraSecretName}: the primary's secret,
     * encrypted with the primary region's key, or elsewhere its replica of the same name, encrypted with that
     * region's key. Named by its partial ARN (the random suffix is known only where the secret is created); grants
     * cover {@code name-??????} and {@code kms:Decrypt} on {@code regionKey} through Secrets Manager.
     */
    public static ISecret auroraCredentials(Construct scope, Deployment deployment, IKey regionKey) {
        String partialArn = Stack.of(scope).formatArn(ArnComponents.builder()
                .service("secretsmanager").resource("secret").resourceName(DataStack.auroraSecretName(deployment))
                .arnFormat(ArnFormat.COLON_RESOURCE_NAME).build());
        return Secret.fromSecretAttributes(scope, "AuroraCredentials", SecretAttributes.builder()
                .secretPartialArn(partialArn).encryptionKey(regionKey).build());
    }
}
