package dev.regionstack.verify;

import java.util.List;
import java.util.Optional;

/**
 * Something the platform intends a role to do with data: the requests it must be allowed to make.
 *
 * @param from    the resource whose wiring says so (a task definition, function, bucket); problems are reported there
 * @param role    the role that makes the requests; empty when the wiring names none
 * @param purpose what for, e.g. {@code the service task reads and writes the table acme-prod-main}
 * @param needs   every request, each with the key it uses when it is a KMS request
 */
record DataPath(Resource from, Optional<Resource> role, String purpose, List<Need> needs) {
    DataPath {
        needs = List.copyOf(needs);
    }

    /**
     * One permission: any one of {@code alternatives} suffices (e.g. an SES identity by address or by domain).
     *
     * @param key the KMS key, for a KMS request (evaluated with its key policy)
     */
    record Need(List<Request> alternatives, Optional<Resource> key) {
        Need {
            alternatives = List.copyOf(alternatives);
        }

        static Need of(Request request) { return new Need(List.of(request), Optional.empty()); }

        static Need onKey(Resource key, Request request) { return new Need(List.of(request), Optional.of(key)); }
    }
}
