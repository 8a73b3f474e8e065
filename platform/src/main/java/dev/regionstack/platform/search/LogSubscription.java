package dev.regionstack.platform.search;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.lambda.CfnPermission;
import software.amazon.awscdk.services.logs.CfnSubscriptionFilter;
import software.amazon.awscdk.services.logs.ILogGroup;
import software.constructs.Construct;


/**
 * Streams every event of a log group to the region's log shipper: a subscription filter with an empty pattern, and
 * the permission for CloudWatch Logs (from this account and this log group only) to invoke the function, which
 * CloudWatch Logs checks when the filter is created. The shipper's own log group is never subscribed (it would feed
 * itself).
 */
public final class LogSubscription extends Construct {
    /**
     * @param logGroup   the subscribed group, in this construct's stack
     * @param shipperArn the log shipper's ARN (of the region's search stack)
     */
    public LogSubscription(Construct scope, String id, ILogGroup logGroup, String shipperArn) {
        super(scope, id);
        Stack stack = Stack.of(this);
        CfnPermission permission = CfnPermission.Builder.create(this, "Permission")
                .action("lambda:InvokeFunction")
                .functionName(shipperArn)
                .principal("logs." + stack.getRegion() + ".amazonaws.com")
                .sourceAccount(stack.getAccount())
                .sourceArn(logGroup.getLogGroupArn())
                .build();
        CfnSubscriptionFilter filter = CfnSubscriptionFilter.Builder.create(this, "Filter")
                .logGroupName(logGroup.getLogGroupName())
                .filterPattern("")
                .destinationArn(shipperArn)
                .build();
        filter.getNode().addDependency(permission);
    }
}
