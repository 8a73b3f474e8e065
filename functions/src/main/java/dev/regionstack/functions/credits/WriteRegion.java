package dev.regionstack.functions.credits;

import dev.regionstack.functions.core.ApiException;
import dev.regionstack.functions.core.Consistency;
import java.util.Map;
import java.util.Optional;

/**
 * Eventual mode: which region may write an org's items, decided before anything is written. Last-writer-wins
 * replication keeps, per item, only the latest write, so each item must be written in one region only:
 * <ul>
 *   <li>an org that exists is written only in its home region (every account write also says so in its
 *       condition);</li>
 *   <li>an org that does not exist yet can only come into existence in the environment's primary region: the
 *       primary made every org there is, so its replica alone can tell "unknown" for certain.</li>
 * </ul>
 * The check reads this region's replica and writes nothing; requests it refuses leave no idempotency record
 * behind, which matters: a claim put (and deleted) in a non-home region would replicate over the home region's
 * stored answer, and a later retry there would be charged again. In strong mode every region may write.
 */
public final class WriteRegion {
    private WriteRegion() {
    }

    /**
     * Throws 421 {@code wrong_region} with the region to retry in, unless this region may write the org.
     *
     * @param what what the caller asked for, for the message ("debits", "grants", "payments")
     */
    public static void check(Accounts accounts, String orgId, String what) {
        if (accounts.consistency() != Consistency.EVENTUAL) {
            return;
        }
        Optional<Account> local = accounts.get(orgId);
        if (local.isPresent()) {
            String home = local.get().homeRegion();
            if (home != null && !home.equals(accounts.region())) {
                throw redirect(home, "this organisation's " + what + " are accepted only in its home region");
            }
        } else if (!accounts.primaryRegion().equals(accounts.region())) {
            throw redirect(accounts.primaryRegion(), "this region does not know the organisation (yet); organisations"
                    + " are created in the primary region, which knows every one");
        }
    }

    static ApiException redirect(String region, String message) {
        return new ApiException(421, "wrong_region", message + "; retry there", Map.of("homeRegion", region));
    }
}
