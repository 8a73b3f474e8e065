package dev.regionstack.platform.observability;

import software.amazon.awscdk.services.sns.ITopic;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to watch in one region. Alarms and dashboard widgets exist only for what is given.
 *
 * @param name          dashboard name and prefix of every alarm name, e.g. {@code acme-prod-us-east-1}. Required.
 * @param alertTopic    where alarms (and their recovery) are sent. Required.
 * @param latencyP99Ms  p99 ALB target response time above which the latency alarm fires. Default: 500.
 * @param loadBalancer  the ALB. Default: none.
 * @param aurora        the Aurora cluster. Default: none.
 * @param functionNames Lambda function names. Default: none.
 * @param tableName     the DynamoDB table name. Default: none.
 */
public record RegionalMonitoringProps(String name, ITopic alertTopic, int latencyP99Ms, Optional<LoadBalancerTarget> loadBalancer,
                                      Optional<AuroraTarget> aurora, List<String> functionNames, Optional<String> tableName) {
    public RegionalMonitoringProps {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(alertTopic, "alertTopic");
        latencyP99Ms = latencyP99Ms == 0 ? 500 : latencyP99Ms;
        if (latencyP99Ms < 1) {
            throw new IllegalArgumentException("latencyP99Ms must be positive, got " + latencyP99Ms);
        }
        loadBalancer = loadBalancer == null ? Optional.empty() : loadBalancer;
        aurora = aurora == null ? Optional.empty() : aurora;
        functionNames = functionNames == null ? List.of() : List.copyOf(functionNames);
        tableName = tableName == null ? Optional.empty() : tableName;
    }
}
