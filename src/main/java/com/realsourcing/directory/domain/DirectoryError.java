package com.realsourcing.directory.domain;

import com.realsourcing.shared.domain.DomainException;

/** The directory's error codes; each is also the message key in {@code messages/directory*.properties}. */
final class DirectoryError {

    static final String TAG_NOT_FOUND = "directory.tag-not-found";
    static final String TAG_NAME_TAKEN = "directory.tag-name-taken";
    static final String TAG_CODE_TAKEN = "directory.tag-code-taken";
    static final String TAG_CODE_INVALID = "directory.tag-code-invalid";
    static final String TAG_NAME_REQUIRED = "directory.tag-name-required";
    static final String TAG_PARENT_INVALID = "directory.tag-parent-invalid";
    static final String TAG_GROUP_INVALID = "directory.tag-group-invalid";
    static final String EXPORT_INDUSTRY_UNKNOWN = "directory.export-industry-unknown";
    static final String EXPORT_INDUSTRIES_NOT_ALLOWED = "directory.export-industries-not-allowed";

    static final String FACTORY_NOT_FOUND = "directory.factory-not-found";
    static final String REVIEW_NOT_FOUND = "directory.review-not-found";
    static final String REVIEW_DECIDED = "directory.review-decided";
    static final String CREDIT_CODE_TAKEN = "directory.credit-code-taken";
    static final String ORGANIZATION_HAS_FACTORY = "directory.organization-has-factory";
    static final String FACTORY_NOT_CLAIMABLE = "directory.factory-not-claimable";
    static final String FACTORY_DELISTED = "directory.factory-delisted";
    static final String LICENCE_NOT_FOUND = "directory.licence-not-found";
    static final String LICENCE_TYPE = "directory.licence-type";
    static final String LICENCE_TOO_LARGE = "directory.licence-too-large";
    static final String FILE_NOT_FOUND = "directory.file-not-found";
    static final String ADDRESS_INVALID = "directory.address-invalid";
    static final String INDUSTRY_INVALID = "directory.industry-invalid";
    static final String CATEGORY_INVALID = "directory.category-invalid";
    static final String CATEGORY_REQUIRED = "directory.category-required";
    static final String ATTRIBUTE_INVALID = "directory.attribute-invalid";
    static final String TAGS_NOT_ALLOWED = "directory.tags-not-allowed";
    static final String CONTACT_REQUIRED = "directory.contact-required";
    static final String COUNTRY_UNKNOWN = "directory.country-unknown";
    static final String CERTIFICATION_NOT_FOUND = "directory.certification-not-found";
    static final String CERTIFICATION_DECIDED = "directory.certification-decided";
    static final String CERTIFICATION_NAME_REQUIRED = "directory.certification-name-required";
    static final String PRODUCT_NOT_FOUND = "directory.product-not-found";
    static final String PRICE_RANGE_INVALID = "directory.price-range-invalid";
    static final String CURRENCY_INVALID = "directory.currency-invalid";
    static final String FACTORY_NOT_LISTED = "directory.factory-not-listed";
    static final String OWN_FACTORY = "directory.own-factory";
    static final String USE_ONBOARDING = "directory.use-onboarding";
    static final String PLACE_REQUIRED = "directory.place-required";
    static final String IMPORT_NOT_FOUND = "directory.import-not-found";
    static final String IMPORT_FILE_INVALID = "directory.import-file-invalid";

    private DirectoryError() {}

    static DomainException factoryNotFound() {
        return DomainException.notFound(FACTORY_NOT_FOUND);
    }

    static DomainException reviewNotFound() {
        return DomainException.notFound(REVIEW_NOT_FOUND);
    }

    static DomainException reviewDecided(LicenceReview.Status status) {
        return DomainException.conflict(REVIEW_DECIDED, status.name()).with("reviewStatus", status.name());
    }

    static DomainException certificationDecided() {
        return DomainException.conflict(CERTIFICATION_DECIDED);
    }

    /** Someone else already registered this credit code; if it is an unclaimed listing, the answer points at it. */
    static DomainException creditCodeTaken(String creditCode, Factory existing) {
        DomainException e = new DomainException(
                org.springframework.http.HttpStatus.CONFLICT,
                CREDIT_CODE_TAKEN,
                java.util.List.of(new DomainException.FieldError("creditCode", CREDIT_CODE_TAKEN, creditCode)),
                creditCode);
        if (existing != null) {
            e.with("factoryId", existing.getId())
                    .with("claimable", existing.getStatus() == FactoryStatus.UNCLAIMED)
                    .with("claimUrl", "/api/directory/factories/" + existing.getId() + "/claims");
        }
        return e;
    }

    static DomainException tagNotFound() {
        return DomainException.notFound(TAG_NOT_FOUND);
    }

    static DomainException nameTaken(Tag existing) {
        return DomainException.conflict(TAG_NAME_TAKEN, existing.getNameZh())
                .with("existingTagId", existing.getId())
                .with("existingTagRetired", existing.isRetired());
    }

    static DomainException codeTaken(String code) {
        return DomainException.conflict(TAG_CODE_TAKEN, code);
    }
}
