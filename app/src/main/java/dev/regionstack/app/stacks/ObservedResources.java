package dev.regionstack.app.stacks;

import dev.regionstack.platform.observability.AuroraTarget;

import java.util.List;
import java.util.Optional;

/**
 * What the observability stack of a region watches. Every value is a plain string (a deterministic physical
 * name or an SSM parameter name), never a token of another stack: the observability stack then holds no
 * {@code Fn::ImportValue} and never pins its producers. Absent means "does not exist in this region".
 *
 * @param alertTopicName  the messaging layer's alert topic ({@link MessagingStack#alertTopicName()}); absent: the
 *                        observability stack creates its own topic
 * @param loadBalancer    where the app layer published its ALB dimensions ({@link AppStack#albParameters()})
 * @param aurora          the region's Aurora cluster identifier, and whether it is a global database secondary
 * @param functionNames   Lambda function names ({@link ApiStack#functionNames()})
 * @param tableName       the DynamoDB global table's name
 */
public record ObservedResources(Optional<String> alertTopicName, Optional<AlbParameters> loadBalancer,
                                Optional<AuroraTarget> aurora, List<String> functionNames, Optional<String> tableName) {
    public static final ObservedResources NONE =
            new ObservedResources(Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty());

    public ObservedResources {
        alertTopicName = alertTopicName == null ? Optional.empty() : alertTopicName;
        loadBalancer = loadBalancer == null ? Optional.empty() : loadBalancer;
        aurora = aurora == null ? Optional.empty() : aurora;
        functionNames = functionNames == null ? List.of() : List.copyOf(functionNames);
        tableName = tableName == null ? Optional.empty() : tableName;
    }

    public ObservedResources withAlertTopicName(String name) {
        return new ObservedResources(Optional.of(name), loadBalancer, aurora, functionNames, tableName);
    }

    public ObservedResources withLoadBalancer(AlbParameters parameters) {
        return new ObservedResources(alertTopicName, Optional.of(parameters), aurora, functionNames, tableName);
    }

    public ObservedResources withAurora(String clusterIdentifier, boolean secondary) {
        return new ObservedResources(alertTopicName, loadBalancer, Optional.of(new AuroraTarget(clusterIdentifier, secondary)),
                functionNames, tableName);
    }

    public ObservedResources withFunctionNames(List<String> names) {
        return new ObservedResources(alertTopicName, loadBalancer, aurora, names, tableName);
    }

    public ObservedResources withTableName(String name) {
        return new ObservedResources(alertTopicName, loadBalancer, aurora, functionNames, Optional.of(name));
    }
}
