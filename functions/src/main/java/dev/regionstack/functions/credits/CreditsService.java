package dev.regionstack.functions.credits;

import dev.regionstack.functions.core.ApiException;
import dev.regionstack.functions.core.Consistency;
import dev.regionstack.functions.core.Json;
import dev.regionstack.functions.core.Keys;
import dev.regionstack.functions.core.Ledger;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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
    public record GrantRequest(String grantId, long credits, String tier, String homeRegion, AccountChanges changes) {
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
        body.put("orgId", orgId);
        body.put("tier", account.tier());
        body.put("balance", readable(account, Accounts.BALANCE, account.balance()));
        body.put("period", account.period());
        body.put("usedThisPeriod", readable(account, Accounts.USED, account.used()));
        body.put("allowance", readable(account, Accounts.ALLOWANCE, account.allowance()));
        body.put("homeRegion", account.homeRegion());
        body.put("userLimits", account.userLimits());
        body.put("userRemaining", account.userLeft());
        if (account.isDamaged()) {
            // Readable all the same: the damaged values show as null, and the answer says which they are.
            body.put("damaged", account.damaged());
        }
        return body;
    }

    private static Object readable(Account account, String attribute, long value) {
        return account.damaged().contains(attribute) ? null : value;
    }

    /**
     * Adds credits once per grantId, creating the org if needed (in eventual mode: only in the primary region, see
     * {@link WriteRegion}); 421 outside the home region in eventual mode.
     */
    public Ledger.Result grant(String orgId, GrantRequest request, String fingerprint) {
        String opId = "grant:" + request.grantId();
        WriteRegion.check(accounts, orgId, "grants");
        return ledger.run(Keys.ledger("GRANT", orgId, request.grantId()), fingerprint, GRANT_IDEMPOTENCY_WINDOW, () -> {
            AccountChanges changes = request.changes();
            Accounts.Grant result = accounts.grant(orgId, request.credits(), opId, changes);
            boolean created = false;
            if (result instanceof Accounts.Grant.UnknownOrg) {
                if (accounts.consistency() == Consistency.EVENTUAL && !accounts.primaryRegion().equals(accounts.region())) {
                    return wrongRegion(accounts.primaryRegion(), "organisations are created only in the primary region");
                }
                String home = request.homeRegion() == null ? accounts.region() : request.homeRegion();
                Optional<Account> made = accounts.create(orgId, request.tier() == null ? DEFAULT_TIER : request.tier(),
                        home, request.credits(), opId, changes);
                created = made.isPresent();
                result = made.<Accounts.Grant>map(Accounts.Grant.Granted::new)
                        .orElseGet(() -> accounts.grant(orgId, request.credits(), opId, changes));
            }
            if (result instanceof Accounts.Grant.WrongRegion w) {
                return wrongRegion(w.homeRegion(), "this organisation's credits change only in its home region");
            }
            Ledger.Outcome refused = refusal(result, request.credits());
            if (refused != null) {
                return refused;
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

    /**
     * What a payment bought, as the processor confirmed it: the fields recorded, and the credits.
     *
     * @param rejection why the processor's answer cannot be credited, or null; a rejected payment is recorded (its
     *                  answer is kept) without changing the balance
     */
    public record Purchase(Map<String, Object> record, long credits, String rejection) {
        public static Purchase rejected(Map<String, Object> record, String why) {
            return new Purchase(record, 0, why);
        }
    }

    /**
     * Records a payment's credits once per paymentId (the ledger record, kept forever, is the payment record).
     * {@code confirm} asks the processor; it runs only for a payment not yet recorded, and may throw
     * {@link dev.regionstack.functions.core.ApiException} to refuse it (nothing is recorded then).
     */
    public Ledger.Result recordPayment(String orgId, String paymentId, Supplier<Purchase> confirm) {
        String opId = "payment:" + paymentId;
        WriteRegion.check(accounts, orgId, "payments");
        return ledger.run(Keys.ledger("PAYMENT", orgId, paymentId), orgId + "|" + paymentId, null, () -> {
            Purchase purchase = confirm.get();
            if (purchase.rejection() != null) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("error", "payment_rejected");
                body.put("message", purchase.rejection() + "; recorded as rejected, no credits granted");
                body.putAll(purchase.record());
                body.put("status", "rejected");
                return new Ledger.Outcome(422, Json.write(body), true);
            }
            Accounts.Grant result = accounts.grant(orgId, purchase.credits(), opId, AccountChanges.none());
            Account after;
            if (result instanceof Accounts.Grant.Granted g) {
                after = g.after();
            } else if (result instanceof Accounts.Grant.AlreadyGranted a) {
                after = a.current();
            } else if (result instanceof Accounts.Grant.WrongRegion w) {
                return wrongRegion(w.homeRegion(), "this organisation's payments are recorded only in its home region");
            } else if (refusal(result, purchase.credits()) != null) {
                return refusal(result, purchase.credits());
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

    /** The answer to a grant refused for its amount or a damaged account; null for any other result. */
    private static Ledger.Outcome refusal(Accounts.Grant result, long credits) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (result instanceof Accounts.Grant.LimitExceeded l) {
            body.put("error", "balance_limit_exceeded");
            body.put("message", "the balance and the period's allowance may not exceed " + Accounts.MAX_CREDITS
                    + " credits");
            body.put("balance", l.current().balance());
            body.put("allowance", l.current().allowance());
            body.put("credits", credits);
            return new Ledger.Outcome(422, Json.write(body), false);
        }
        if (result instanceof Accounts.Grant.Damaged d) {
            return new Ledger.Outcome(409, damaged(d.current()), false);
        }
        return null;
    }

    /** The body of a refusal because the account item holds a value it cannot have. */
    public static String damaged(Account account) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "account_damaged");
        body.put("message", "the organisation's account holds values out of range; nothing was changed, and an "
                + "operator must repair the account item");
        body.put("damaged", account.damaged());
        return Json.write(body);
    }

    private static Ledger.Outcome wrongRegion(String home, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "wrong_region");
        body.put("message", message + "; retry there");
        body.put("homeRegion", home);
        return new Ledger.Outcome(421, Json.write(body), false);
    }
}
