package dev.regionstack.verify;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Optional;

/**
 * A function that indexes into an OpenSearch domain ({@code DOMAIN_ENDPOINT}): the endpoint must be a domain of the
 * assembly; its role needs {@code es:ESHttpPost} on the domain's {@code _bulk} path; and, with fine-grained access
 * control, OpenSearch itself must map the role, which CloudFormation can only do by making it the domain's master
 * (a backend-role mapping is an OpenSearch REST call): any other role is refused at run time with 403.
 */
final class SearchPath {
    private SearchPath() {}

    static void index(Resource f, Optional<Resource> role, JsonNode env, DataPaths paths) {
        Resolver resolver = paths.resolver();
        Value endpoint = resolver.resolve(f.stack(), env.path("DOMAIN_ENDPOINT"));
        Optional<Resource> domain = endpoint.asAttr().map(Value.Attr::resource)
                .filter(r -> r.type().equals("AWS::OpenSearchService::Domain"));
        String name = paths.arns().name(f, "FunctionName");
        if (domain.isEmpty()) {
            paths.unresolved(f, "DOMAIN_ENDPOINT names " + paths.arns().render(endpoint).orElse("nothing") + ", which is no OpenSearch domain of the assembly");
            return;
        }
        String bulk = paths.arns().arn(domain.get(), domain.get().region()) + "/_bulk";
        paths.add(new DataPath(f, role, "the function " + name + " indexes into " + domain.get().id(),
                List.of(DataPath.Need.of(new Request("es:ESHttpPost", bulk)))));
        JsonNode security = domain.get().property("AdvancedSecurityOptions");
        boolean fineGrained = resolver.resolve(domain.get().stack(), security.path("Enabled")).literal().filter("true"::equals).isPresent();
        if (!fineGrained) return;
        Optional<Resource> master = resolver.resolve(domain.get().stack(), security.path("MasterUserOptions").path("MasterUserARN")).target();
        boolean mapped = role.isPresent() && master.filter(role.get()::equals).isPresent();
        if (!mapped) {
            paths.problem(f, "the function " + name + " indexes into " + domain.get().id() + ", whose fine-grained access control"
                            + " maps its role to no OpenSearch role: every request would be refused",
                    "make the function's role the domain's master (MasterUserOptions.MasterUserARN)");
        }
    }
}
