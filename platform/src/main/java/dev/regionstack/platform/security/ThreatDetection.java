package dev.regionstack.platform.security;

import software.amazon.awscdk.services.guardduty.CfnDetector;
import software.amazon.awscdk.services.securityhub.CfnFindingAggregator;
import software.amazon.awscdk.services.securityhub.CfnHub;
import software.constructs.Construct;

/**
 * The account × region threat detection singletons: a GuardDuty detector and Security Hub with the default
 * standards, plus, in the aggregation region, a finding aggregator linking every region. Create once per account
 * and region: a second detector or hub in the same account and region fails to deploy.
 */
public final class ThreatDetection extends Construct {

    public ThreatDetection(Construct scope, String id, ThreatDetectionProps props) {
        super(scope, id);
        CfnDetector.Builder.create(this, "GuardDuty")
                .enable(true)
                .findingPublishingFrequency("FIFTEEN_MINUTES")
                // S3 protection: GuardDuty watches data events of every bucket (Control Tower CT.GUARDDUTY.PR.1).
                .dataSources(CfnDetector.CFNDataSourceConfigurationsProperty.builder()
                        .s3Logs(CfnDetector.CFNS3LogsConfigurationProperty.builder().enable(true).build())
                        .build())
                .build();
        CfnHub hub = CfnHub.Builder.create(this, "SecurityHub")
                .enableDefaultStandards(true)
                .autoEnableControls(true)
                .build();
        if (props.aggregateFindings()) {
            CfnFindingAggregator aggregator = CfnFindingAggregator.Builder.create(this, "FindingAggregator")
                    .regionLinkingMode("ALL_REGIONS")
                    .build();
            aggregator.getNode().addDependency(hub);
        }
    }
}
