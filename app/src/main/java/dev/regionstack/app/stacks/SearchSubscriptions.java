package dev.regionstack.app.stacks;

import dev.regionstack.platform.api.CreditsFunction;
import dev.regionstack.platform.search.LogSubscription;
import software.amazon.awscdk.services.logs.ILogGroup;
import software.constructs.IConstruct;

/**
 * Subscribes the app's and the API's log groups to the region's log shipper ({@link SearchStack}). The groups are
 * found by their construct ids (public API: logical ids hang on them) so the service and API constructs need no
 * knowledge of search.
 */
public final class SearchSubscriptions {
    private SearchSubscriptions() {}

    /** The service's container log group (app and collector streams). */
    public static void app(AppStack app, SearchStack search) {
        subscribe(app, "ServiceLogs", app.service().getNode().findChild("Logs"), search);
    }

    /** The credits functions' log groups and the stage's access log group. */
    public static void api(ApiStack api, SearchStack search) {
        IConstruct credits = api.api();
        for (CreditsFunction f : CreditsFunction.values()) {
            subscribe(api, f.constructId() + "Logs", credits.getNode().findChild(f.constructId() + "Logs"), search);
        }
        subscribe(api, "AccessLogs", credits.getNode().findChild("AccessLogs"), search);
    }

    private static void subscribe(software.constructs.Construct stack, String id, IConstruct logGroup, SearchStack search) {
        new LogSubscription(stack, id + "ToSearch", (ILogGroup) logGroup, search.shipper().getFunctionArn());
    }
}
