package com.realsourcing.intel.domain;

import com.realsourcing.shared.domain.DomainException;
import java.util.List;
import org.springframework.http.HttpStatus;

/** Intel's error codes; each is also the message key in {@code messages/intel*.properties}. */
final class IntelError {

    static final String INDUSTRY_UNKNOWN = "intel.industry-unknown";
    static final String REGION_UNKNOWN = "intel.region-unknown";
    static final String COUNTRY_UNKNOWN = "intel.country-unknown";
    static final String PRODUCT_UNKNOWN = "intel.product-unknown";
    static final String PERIOD_INVALID = "intel.period-invalid";
    static final String WEEK_INVALID = "intel.week-invalid";
    static final String WEEK_IN_FUTURE = "intel.week-in-future";
    static final String SEARCH_EMPTY = "intel.search-needs-keyword-or-industry";
    static final String KEYWORD_UNMATCHED = "intel.keyword-unmatched";
    static final String FORMAT_UNKNOWN = "intel.import-format-unknown";
    static final String FILE_EMPTY = "intel.import-file-empty";
    static final String IMPORT_NOT_FOUND = "intel.import-not-found";
    static final String VIDEO_NOT_FOUND = "intel.video-not-found";
    static final String ACCOUNT_NOT_FOUND = "intel.account-not-found";
    static final String REPORT_NOT_FOUND = "intel.report-not-found";
    static final String REPORT_NOT_SHARED = "intel.report-not-shared";
    static final String FACTORY_NOT_FOUND = "intel.factory-not-found";
    static final String ACCOUNT_HANDLE_TAKEN = "intel.account-handle-taken";
    static final String ACCOUNT_HANDLE_INVALID = "intel.account-handle-invalid";
    static final String VIDEO_URL_INVALID = "intel.video-url-invalid";
    static final String VIDEO_EXISTS = "intel.video-exists";
    static final String VIDEO_PUBLISHED_INVALID = "intel.video-published-invalid";

    private IntelError() {}

    /** 400 naming the field and listing what it accepts. */
    static DomainException invalidChoice(String field, String code, String given, List<String> valid) {
        String validText = String.join(", ", valid);
        return new DomainException(
                        HttpStatus.BAD_REQUEST,
                        code,
                        List.of(new DomainException.FieldError(field, code, given, validText)),
                        given,
                        validText)
                .with("validValues", valid);
    }
}
