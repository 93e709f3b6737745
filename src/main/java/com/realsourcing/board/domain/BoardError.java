package com.realsourcing.board.domain;

/** The board's error codes; each is also the message key in {@code messages/board*.properties}. */
public final class BoardError {

    public static final String POSTING_NOT_FOUND = "board.posting-not-found";
    public static final String POSTING_NOT_EDITABLE = "board.posting-not-editable";
    public static final String ILLEGAL_TRANSITION = "board.illegal-transition";
    public static final String KIND_NOT_ALLOWED = "board.kind-not-allowed";
    public static final String NOT_VERIFIED = "board.organization-not-verified";
    public static final String DETAILS_REQUIRED = "board.details-required";
    public static final String DETAILS_MISMATCH = "board.details-mismatch";
    public static final String BLOCKED_WORDS = "board.blocked-words";
    public static final String IDEMPOTENCY_KEY = "board.idempotency-key-invalid";
    public static final String PLACE_INVALID = "board.place-invalid";
    public static final String CITY_REQUIRED = "board.city-required";
    public static final String CATEGORY_INVALID = "board.category-invalid";
    public static final String CATEGORY_REQUIRED = "board.category-required";
    public static final String TERM_INVALID = "board.term-invalid";
    public static final String DATE_NOT_FUTURE = "board.date-not-future";
    public static final String DATE_ORDER = "board.date-order";
    public static final String VALID_UNTIL_RANGE = "board.valid-until-range";
    public static final String PRICE_RANGE = "board.price-range-invalid";
    public static final String CURRENCY_INVALID = "board.currency-invalid";
    public static final String COUNTRY_INVALID = "board.country-invalid";
    public static final String CAPACITY_REQUIRED = "board.capacity-required";
    public static final String FILE_INVALID = "board.file-invalid";
    public static final String QUOTE_SEATS_RANGE = "board.quote-seats-range";
    public static final String QUOTE_SEATS_BELOW_QUOTES = "board.quote-seats-below-quotes";
    public static final String REVIEW_DECIDED = "board.review-decided";
    public static final String REASON_REQUIRED = "board.reason-required";

    public static final String NOT_AN_RFQ = "board.not-an-rfq";
    public static final String RFQ_CLOSED = "board.rfq-closed";
    public static final String QUOTE_SEATS_FULL = "board.quote-seats-full";
    public static final String QUOTE_QUOTA_EXHAUSTED = "board.quote-quota-exhausted";
    public static final String QUOTE_NOT_FOUND = "board.quote-not-found";
    public static final String QUOTE_NOT_CHANGEABLE = "board.quote-not-changeable";
    public static final String QUOTE_OWN_POSTING = "board.quote-own-posting";
    public static final String QUOTE_VALIDITY = "board.quote-validity";

    public static final String NOT_A_JOB = "board.not-a-job";
    public static final String JOB_CLOSED = "board.job-closed";
    public static final String PROFILE_REQUIRED = "board.worker-profile-required";
    public static final String ALREADY_APPLIED = "board.already-applied";
    public static final String APPLICATION_NOT_FOUND = "board.application-not-found";
    public static final String APPLICATION_DECIDED = "board.application-decided";
    public static final String HEADCOUNT_FILLED = "board.headcount-filled";
    public static final String MOBILE_INVALID = "board.mobile-invalid";

    public static final String CONTACT_OWN_POSTING = "board.contact-own-posting";
    public static final String CONTACT_NOT_FOUND = "board.contact-not-found";
    public static final String COMPLAINT_TARGET_NOT_FOUND = "board.complaint-target-not-found";
    public static final String COMPLAINT_DUPLICATE = "board.complaint-duplicate";
    public static final String COMPLAINT_NOT_FOUND = "board.complaint-not-found";
    public static final String COMPLAINT_DECIDED = "board.complaint-decided";

    public static final String TERM_NOT_FOUND = "board.term-not-found";
    public static final String TERM_NAME_TAKEN = "board.term-name-taken";
    public static final String TERM_CODE_TAKEN = "board.term-code-taken";
    public static final String WORD_INVALID = "board.word-invalid";
    public static final String WORD_TAKEN = "board.word-taken";
    public static final String WORD_NOT_FOUND = "board.word-not-found";

    private BoardError() {}
}
