package com.realsourcing.inventory.domain;

import com.realsourcing.shared.domain.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports stock counts from CSV ({@code sku_id,counted[,reason]} with that header, UTF-8, an optional BOM). Each
 * row is applied on its own as a COUNT adjustment, so one bad row is reported with its number and code and the
 * others still count.
 */
@Service
public class CountImport {

    public record RowError(int row, String skuId, String code, Object[] args) {}

    public record Result(int applied, List<RowError> errors) {}

    static final int MAX_ROWS = 10_000;

    private final StockAdjustments adjustments;
    private final TransactionTemplate eachRow;

    CountImport(StockAdjustments adjustments, PlatformTransactionManager transactions) {
        this.adjustments = adjustments;
        this.eachRow = new TransactionTemplate(transactions);
    }

    public Result importCounts(UUID organizationId, String csv, UUID actorId) {
        String text = csv == null ? "" : csv.replace("\uFEFF", "");
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        if (lines.size() < 2) {
            throw DomainException.badRequest(InventoryError.IMPORT_EMPTY);
        }
        List<String> header =
                List.of(lines.get(0).toLowerCase(Locale.ROOT).replace(" ", "").split(","));
        if (header.size() < 2
                || !header.get(0).equals("sku_id")
                || !header.get(1).equals("counted")) {
            throw DomainException.badRequest(InventoryError.IMPORT_HEADER_INVALID);
        }
        if (lines.size() - 1 > MAX_ROWS) {
            throw DomainException.badRequest(InventoryError.IMPORT_TOO_LARGE, MAX_ROWS);
        }
        int applied = 0;
        List<RowError> errors = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            int row = i + 1;
            String[] cells = lines.get(i).split(",", 3);
            String sku = cells[0].strip();
            UUID skuId;
            try {
                skuId = UUID.fromString(sku);
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(row, sku, InventoryError.IMPORT_SKU_INVALID, new Object[] {sku}));
                continue;
            }
            int counted;
            try {
                counted = Integer.parseInt(cells.length > 1 ? cells[1].strip() : "");
            } catch (NumberFormatException e) {
                errors.add(new RowError(
                        row, sku, InventoryError.IMPORT_COUNT_INVALID, new Object[] {cells.length > 1 ? cells[1] : ""
                        }));
                continue;
            }
            String reason = cells.length > 2 && !cells[2].isBlank() ? cells[2].strip() : "CSV count import";
            try {
                eachRow.executeWithoutResult(status -> adjustments.adjust(
                        organizationId, skuId, StockAdjustments.Kind.COUNT, counted, reason, actorId));
                applied++;
            } catch (DomainException e) {
                errors.add(new RowError(row, sku, e.code(), e.args()));
            }
        }
        return new Result(applied, errors);
    }
}
