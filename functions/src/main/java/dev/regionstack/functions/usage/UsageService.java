package dev.regionstack.functions.usage;

import dev.regionstack.functions.core.Json;
import dev.regionstack.functions.core.Keys;
import dev.regionstack.functions.core.Ledger;
import dev.regionstack.functions.core.Metrics;
import dev.regionstack.functions.credits.Account;
import dev.regionstack.functions.credits.Accounts;
import dev.regionstack.functions.credits.WriteRegion;
import dev.regionstack.functions.notify.ThresholdOutbox;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** POST /usage-check: debits once per requestId, refuses with the reason, then checks the thresholds. */
public final class UsageService {
    /** The largest debit one request may ask for. */
    public static final long MAX_UNITS = 1_000_000;
    /** How long a requestId is remembered: a retry within it returns the first answer. */
    public static final Duration IDEMPOTENCY_WINDOW = Duration.ofHours(24);

    private final Accounts accounts;
    private final Ledger ledger;
    private final ThresholdOutbox outbox;

    public UsageService(Accounts accounts, Ledger ledger, ThresholdOutbox outbox) {
        this.accounts = accounts;
        this.ledger = ledger;
        this.outbox = outbox;
    }

    /** The answer: 200 charged, 402 refused, 404 unknown org, 421 wrong region, 422 id reused, 409 in progress. */
    public Ledger.Result check(String orgId, String userId, long units, String requestId) {
        String opId = "usage:" + requestId;
        WriteRegion.check(accounts, orgId, "debits");
        AtomicReference<Account> charged = new AtomicReference<>();
        Ledger.Result result = ledger.run(Keys.ledger("USAGE", orgId, requestId), orgId + "|" + userId + "|" + units,
                IDEMPOTENCY_WINDOW, () -> {
                    Accounts.Debit debit = accounts.debit(orgId, userId, units, opId);
                    if (debit instanceof Accounts.Debit.Charged c) {
                        charged.set(c.after());
                        return new Ledger.Outcome(200, chargedBody(requestId, userId, units, c.after()), true);
                    }
                    if (debit instanceof Accounts.Debit.AlreadyCharged a) {
                        charged.set(a.current());
                        return new Ledger.Outcome(200, chargedBody(requestId, userId, units, a.current()), true);
                    }
                    return refusal(debit, units);
                }, () -> accounts.forget(orgId, opId));
        Metrics.count("usage", result.status() == 200 ? "Debits" : "DebitsRefused");
        if (charged.get() != null) {
            outbox.afterDebit(charged.get());
        }
        return result;
    }

    private static String chargedBody(String requestId, String userId, long units, Account after) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("requestId", requestId);
        body.put("orgId", after.orgId());
        body.put("userId", userId);
        body.put("units", units);
        body.put("charged", true);
        body.put("balance", after.balance());
        body.put("period", after.period());
        Long userLeft = after.userLeft().get(userId);
        if (userLeft != null) {
            body.put("userRemaining", userLeft);
        }
        return Json.write(body);
    }

    private static Ledger.Outcome refusal(Accounts.Debit debit, long units) {
        Map<String, Object> body = new LinkedHashMap<>();
        int status;
        if (debit instanceof Accounts.Debit.InsufficientCredits i) {
            status = 402;
            body.put("error", "insufficient_credits");
            body.put("message", "the organisation's balance is lower than the units requested");
            body.put("balance", i.current().balance());
            body.put("units", units);
        } else if (debit instanceof Accounts.Debit.UserLimitExceeded u) {
            status = 402;
            body.put("error", "user_limit_exceeded");
            body.put("message", "the user's own limit for this period is lower than the units requested");
            body.put("userRemaining", u.userLeft());
            body.put("balance", u.current().balance());
            body.put("units", units);
        } else if (debit instanceof Accounts.Debit.Damaged d) {
            return new Ledger.Outcome(409, dev.regionstack.functions.credits.CreditsService.damaged(d.current()), false);
        } else if (debit instanceof Accounts.Debit.WrongRegion w) {
            status = 421;
            body.put("error", "wrong_region");
            body.put("message", "this organisation's debits are accepted only in its home region; retry there");
            body.put("homeRegion", w.homeRegion());
        } else {
            status = 404;
            body.put("error", "unknown_org");
            body.put("message", "no such organisation");
        }
        return new Ledger.Outcome(status, Json.write(body), false);
    }
}
