package com.realsourcing.directory.web;

import com.realsourcing.directory.domain.FactoryLookup;
import com.realsourcing.directory.domain.Inquiry;
import com.realsourcing.directory.domain.InquiryService;
import com.realsourcing.directory.web.FactoryDtos.InquiryResponse;
import com.realsourcing.shared.security.CurrentUser;
import com.realsourcing.shared.web.PageQuery;
import com.realsourcing.shared.web.PageResponse;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Inquiries the caller's organisation sent (the buyer's record of them). */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "directory-inquiries", description = "Inquiries to factories")
class InquiriesController {

    private final InquiryService inquiries;
    private final FactoryLookup lookup;

    InquiriesController(InquiryService inquiries, FactoryLookup lookup) {
        this.inquiries = inquiries;
        this.lookup = lookup;
    }

    @GetMapping("/api/directory/inquiries")
    @PreAuthorize("hasAuthority('directory:inquiry:send')")
    PageResponse<InquiryResponse> sent(@Valid PageQuery paging) {
        var page = inquiries.sent(CurrentUser.require(), paging.pageOrDefault(), paging.sizeOrDefault());
        return PageResponse.from(page, i -> response(i, lookup, null));
    }

    static InquiryResponse response(Inquiry i, FactoryLookup lookup, String buyerName) {
        return new InquiryResponse(
                i.getId(),
                i.getFactoryId(),
                lookup.find(i.getFactoryId()).map(f -> f.getName()).orElse(null),
                i.getBuyerOrganizationId(),
                buyerName,
                i.getProductId(),
                i.getProductName(),
                i.getQuantity(),
                i.getUnit(),
                i.getMessage(),
                i.getStatus().name(),
                i.getCreatedAt());
    }
}
