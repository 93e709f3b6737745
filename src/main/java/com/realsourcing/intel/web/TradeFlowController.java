package com.realsourcing.intel.web;

import com.realsourcing.intel.domain.IntelPermissions;
import com.realsourcing.intel.domain.TradeFlows;
import com.realsourcing.shared.security.CurrentUser;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The trade tables behind the "where to export" score: which one is used, and importing a licensed one. */
@RestController
@Tag(name = "intel")
class TradeFlowController {

    private final TradeFlows trade;

    TradeFlowController(TradeFlows trade) {
        this.trade = trade;
    }

    /** The sources, the one in use first (the newest import; the synthetic table only while none is imported). */
    @GetMapping("/api/intel/trade-sources")
    @PreAuthorize(IntelPermissions.CAN_READ)
    List<TradeFlows.Source> sources() {
        return trade.sources();
    }

    /**
     * Imports a trade table (a UN Comtrade CSV extract or the {@code year, hs_chapter, partner, export_usd}
     * template) under a source name and its licence; a source of the same name is replaced. Bad rows are listed
     * with their line and reason, the good ones kept.
     */
    @PostMapping(value = "/api/intel/admin/trade-sources", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(IntelPermissions.CAN_CURATE)
    TradeFlows.ImportResult importTable(
            @RequestPart("file") MultipartFile file, @RequestParam String name, @RequestParam String licence)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            return trade.importCsv(in, name, licence, CurrentUser.require().userId());
        }
    }
}
