package dev.regionstack.app.cli;

/** A retained (large) environment of three regions, and the fleet-file edits the destructive-change tests make. */
final class DataLossFleets {
    private DataLossFleets() {}

    static final String BASE = """
            project: guardtest
            defaults:
              sizing: large
              components: [network, security, data, app, observability]
              data:
                aurora: {engine: postgres}
                globalTable: {consistency: eventual}
              app: {maxTasks: 10}
              alarms: {latencyP99Ms: 500}
            environments:
              prod:
                account: "333333333333"
                regions:
                  us-east-1: {cidr: 10.20.0.0/16, primary: true}
                  us-east-2: {cidr: 10.21.0.0/16}
                  us-west-2: {cidr: 10.22.0.0/16}
            """;

    static String with(String from, String to) {
        if (!BASE.contains(from)) throw new IllegalArgumentException("not in the base fleet: " + from);
        return BASE.replace(from, to);
    }
}
