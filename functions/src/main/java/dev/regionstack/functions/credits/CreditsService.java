package dev.regionstack.functions.credits;

import dev.regionstack.functions.core.ApiException;
import dev.regionstack.functions.core.Consistency;
import dev.regionstack.functions.core.Json;
import dev.regionstack.functions.core.Keys;
import dev.regionstack.functions.core.Ledger;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** GET /credits/{orgId} and POST /credits/{orgId}/grant. */
public final class CreditsService {
    /** How long a grantId is remembered. */
    public static final Duration GRANT_IDEMPOTENCY_WINDOW = Duration.ofDays(7);
    public static final String DEFAULT_TIER = "basic";

    /**
     * A grant: credits to add and optional account changes. A grant to an org that does not exist creates it.
     *
     * @param homeRegion where the org's writes happen in eventual mode; only used when the grant creates the org.
     *                   Default: this region.
     */
    public record GrantRequest(String grantId, long credits, String tier, String homeRegion, Accounts.Changes changes) {
    }

    private final Accounts accounts;
    private final Ledger ledger;

    public CreditsService(Accounts accounts, Ledger ledger) {
        this.accounts = accounts;
        this.ledger = ledger;
    }

    /** Balance, tier and this period's usage; 404 for an unknown org. */
    public Map<String, Object> view(String orgId) {
        Account account = accounts.get(orgId)
                .orElseThrow(() -> new ApiException(404, "unknown_org", "no such organisation"))
                .asOf(accounts.currentPeriod());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("orgId", account.orgId());
        body.put("tier", account.tier());
        body.put("balance", account.balance());
        body.put("period", account.period());
        body.put("usedThisPeriod", account.used());
        body.put("allowance", account.allowance());
        body.put("homeRegion", account.homeRegion());
        body.put("userLimits", account.userLimits());
        body.put("userRemaining", account.userLeft());
        return body;
    }

    /** Adds credits once per grantId (creating the org if needed); 421 outside the home region in eventual mode. */
    public Ledger.Result grant(String orgId, GrantRequest request, String fingerprint) {
        String opId = "grant:" + request.grantId();
        return ledger.run(Keys.ledger("GRANT", orgId, request.grantId()), fingerprint, GRANT_IDEMPOTENCY_WINDOW, () -> {
            Accounts.Changes changes = request.changes();
            Accounts.Grant result = accounts.grant(orgId, request.credits(), opId, changes);
            boolean created = false;
            if (result instanceof Accounts.Grant.UnknownOrg) {
                String home = request.homeRegion() == null ? accounts.region() : request.homeRegion();
                if (accounts.consistency() == Consistency.EVENTUAL && !home.equals(accounts.region())) {
                    return wrongRegion(home, "create the organisation in its home region");
                }
                created = accounts.create(orgId, request.tier() == null ? DEFAULT_TIER : request.tier(), home);
                result = accounts.grant(orgId, request.credits(), opId, changes);
            }
            if (result instanceof Accounts.Grant.WrongRegion w) {
                return wrongRegion(w.homeRegion(), "this organisation's credits change only in its home region");
            }
            Account after;
            if (result instanceof Accounts.Grant.Granted g) {
                after = g.after();
            } else if (result instanceof Accounts.Grant.AlreadyGranted a) {
                after = a.current();
            } else {
                throw new IllegalStateException("the org " + orgId + " vanished while it was being granted credits");
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("grantId", request.grantId());
            body.put("orgId", orgId);
            body.put("credits", request.credits());
            body.put("balance", after.balance());
            body.put("tier", after.tier());
            body.put("homeRegion", after.homeRegion());
            body.put("created", created);
            return new Ledger.Outcome(200, Json.write(body), true);
        }, () -> accounts.forget(orgId, opId));
    }

    /** What a payment bought, as the processor confirmed it: the fields recorded, and the credits. */
    public record Purchase(Map<String, Object> record, long credits) {
    }

    /**
     * Records a payment's credits once per paymentId (the ledger record, kept forever, is the payment record).
     * {@code confirm} asks the processor; it runs only for a payment not yet recorded, and may throw
     * {@link dev.regionstack.functions.core.ApiException} to refuse it (nothing is recorded then).
     */
    public Ledger.Result recordPayment(String orgId, String paymentId, Supplier<Purchase> confirm) {
        String opId = "payment:" + paymentId;
        return ledger.run(Keys.ledger("PAYMENT", orgId, paymentId), orgId + "|" + paymentId, null, () -> {
            Purchase purchase = confirm.get();
            Accounts.Grant result = accounts.grant(orgId, purchase.credits(), opId, Accounts.Changes.none());
            Account after;
            if (result instanceof Accounts.Grant.Granted g) {
                after = g.after();
            } else if (result instanceof Accounts.Grant.AlreadyGranted a) {
                after = a.current();
            } else if (result instanceof Accounts.Grant.WrongRegion w) {
                return wrongRegion(w.homeRegion(), "this organisation's payments are recorded only in its home region");
            } else {
                return new Ledger.Outcome(404, Json.write(Map.of("error", "unknown_org", "message",
                        "no such organisation")), false);
            }
            Map<String, Object> body = new LinkedHashMap<>(purchase.record());
            body.put("credits", purchase.credits());
            body.put("balance", after.balance());
            body.put("status", "recorded");
            return new Ledger.Outcome(200, Json.write(body), true);
        }, () -> accounts.forget(orgId, opId));
    }

    private static Ledger.Outcome wrongRegion(String home, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "wrong_region");
        body.put("message", message + "; retry there");
        body.put("homeRegion", home);
        return new Ledger.Outcome(421, Json.write(body), false);
    }
}
