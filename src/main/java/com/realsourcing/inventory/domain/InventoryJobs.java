package com.realsourcing.inventory.domain;

import com.realsourcing.inventory.domain.StockStore.Bucket;
import com.realsourcing.inventory.domain.StockStore.ItemRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inventory's scheduled jobs, each run by one instance at a time (ShedLock): the sweeper releases expired
 * reservations and ends activities whose window closed; the repair job recomputes every bucket's reserved units
 * from the reservation and allocation ledgers, corrects drift and reports it, and compares physical stock with
 * the movement ledger (reported, never corrected: a person must look).
 */
@Component
public class InventoryJobs {

    private static final Logger log = LoggerFactory.getLogger(InventoryJobs.class);

    /** A counter that disagreed with its ledger. {@code bucket} is -1 for the physical total. */
    public record Drift(UUID skuId, int bucket, String counter, long recorded, long expected) {}

    private final InventoryService inventory;
    private final Allocations allocations;
    private final StockStore store;
    private final TransactionTemplate transaction;

    InventoryJobs(
            InventoryService inventory,
            Allocations allocations,
            StockStore store,
            PlatformTransactionManager transactions) {
        this.inventory = inventory;
        this.allocations = allocations;
        this.store = store;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(
            fixedDelayString = "${realsourcing.inventory.sweep-interval:30s}",
            initialDelayString = "${realsourcing.inventory.sweep-interval:30s}")
    @SchedulerLock(name = "inventory.sweep", lockAtMostFor = "5m")
    public void sweep() {
        int expired = inventory.expireDue(null, null);
        int ended = allocations.endDue();
        if (expired > 0 || ended > 0) {
            log.info("Inventory sweep: {} reservations expired, {} activities ended", expired, ended);
        }
    }

    @Scheduled(cron = "${realsourcing.inventory.repair-cron:0 17 * * * *}")
    @SchedulerLock(name = "inventory.repair", lockAtMostFor = "30m")
    public void scheduledRepair() {
        repair();
    }

    /** Checks every stock item; returns the drift found (reserved drift is corrected). */
    public List<Drift> repair() {
        List<Drift> drifts = new ArrayList<>();
        UUID after = null;
        List<UUID> page;
        do {
            page = store.itemIdsAfter(after, 500);
            for (UUID itemId : page) {
                drifts.addAll(transaction.execute(status -> repair(itemId)));
                after = itemId;
            }
        } while (page.size() == 500);
        drifts.forEach(d -> log.warn("Inventory drift: {}", d));
        return drifts;
    }

    private List<Drift> repair(UUID itemId) {
        ItemRef item = store.findItemById(itemId).orElseThrow();
        List<Bucket> buckets = store.lockBuckets(itemId);
        Map<Integer, Integer> expected = store.expectedReserved(itemId);
        List<Drift> drifts = new ArrayList<>();
        long physical = 0;
        for (Bucket bucket : buckets) {
            physical += bucket.physical();
            int should = expected.getOrDefault(bucket.bucket(), 0);
            if (should != bucket.reserved()) {
                drifts.add(new Drift(item.skuId(), bucket.bucket(), "reserved", bucket.reserved(), should));
                if (should <= bucket.physical()) {
                    store.setReserved(itemId, bucket.bucket(), should);
                }
            }
        }
        long ledger = store.ledgerPhysical(itemId);
        if (ledger != physical) {
            drifts.add(new Drift(item.skuId(), -1, "physical", physical, ledger));
        }
        return drifts;
    }
}
