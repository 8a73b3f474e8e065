package dev.regionstack.platform.service;

import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.dynamodb.ITableV2;
import software.amazon.awscdk.services.dynamodb.TableV2;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.IpAddresses;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretAttributes;

import java.util.List;
import java.util.Map;

/** One offline test stack (explicit env, seeded AZs) with a VPC, a key and an imported table. */
final class Fixtures {
    static final String ACCOUNT = "111111111111";
    static final String REGION = "eu-west-2";
    static final List<String> ZONES = List.of("eu-west-2a", "eu-west-2b");

    final Stack stack;
    final IVpc vpc;
    final IKey key;
    final ITableV2 table;

    Fixtures() {
        App app = App.Builder.create()
                .context(Map.of("availability-zones:account=" + ACCOUNT + ":region=" + REGION, ZONES))
                .build();
        stack = new Stack(app, "Test", StackProps.builder()
                .env(Environment.builder().account(ACCOUNT).region(REGION).build()).build());
        vpc = Vpc.Builder.create(stack, "Vpc").ipAddresses(IpAddresses.cidr("10.0.0.0/16"))
                .availabilityZones(ZONES).natGateways(1).build();
        key = Key.Builder.create(stack, "Key").build();
        table = TableV2.fromTableName(stack, "Table", "acme-dev-credits");
    }

    /** The Aurora credentials as the app layer names them: by partial ARN, with the key that encrypts them. */
    ISecret credentials() {
        return Secret.fromSecretAttributes(stack, "Credentials", SecretAttributes.builder()
                .secretPartialArn("arn:aws:secretsmanager:" + REGION + ":" + ACCOUNT + ":secret:acme-dev-aurora-credentials")
                .encryptionKey(key).build());
    }

    ServiceDatabase database() {
        return new ServiceDatabase("writer.cluster-abc.eu-west-2.rds.amazonaws.com",
                "reader.cluster-ro-abc.eu-west-2.rds.amazonaws.com", 5432, credentials());
    }

    ContainerServiceProps.Builder serviceProps() {
        return ContainerServiceProps.builder().vpc(vpc).key(key).table(table)
                .webAcl(new RegionalWebAclProps("acme-dev-app", 2000, List.of()));
    }
}
