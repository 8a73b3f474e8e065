package dev.regionstack.platform.images;

import software.amazon.awscdk.services.ecr.CfnReplicationConfiguration;
import software.constructs.Construct;

/**
 * The registry's replication configuration. There is one per account and region ({@code PutReplicationConfiguration}
 * replaces the whole of it), so one stack owns it and writes a rule for every environment that replicates from this
 * registry, each filtered by its repository prefix.
 */
public final class RegistryReplication extends Construct {
    public static final String PREFIX_MATCH = "PREFIX_MATCH";

    public RegistryReplication(Construct scope, String id, RegistryReplicationProps props) {
        super(scope, id);
        CfnReplicationConfiguration.Builder.create(this, "Configuration")
                .replicationConfiguration(CfnReplicationConfiguration.ReplicationConfigurationProperty.builder()
                        .rules(props.rules().stream().map(r -> CfnReplicationConfiguration.ReplicationRuleProperty.builder()
                                .destinations(r.regions().stream().map(region -> CfnReplicationConfiguration.ReplicationDestinationProperty.builder()
                                        .region(region).registryId(r.account()).build()).toList())
                                .repositoryFilters(java.util.List.of(CfnReplicationConfiguration.RepositoryFilterProperty.builder()
                                        .filter(r.repositoryPrefix()).filterType(PREFIX_MATCH).build()))
                                .build()).toList())
                        .build())
                .build();
    }
}
