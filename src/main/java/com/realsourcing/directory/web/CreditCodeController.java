package com.realsourcing.directory.web;

import com.realsourcing.directory.domain.CreditCode;
import com.realsourcing.directory.domain.Regions;
import com.realsourcing.shared.web.Problems;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checks a unified social credit code as the onboarding form is filled in: always 200, with every failed check
 * explained in the caller's language and the registering authority's region when positions 3–8 name one.
 */
@RestController
@RequestMapping("/api/directory/credit-codes")
@Tag(name = "directory")
class CreditCodeController {

    private final Regions regions;
    private final Problems problems;

    CreditCodeController(Regions regions, Problems problems) {
        this.regions = regions;
        this.problems = problems;
    }

    @PostMapping("/check")
    @PreAuthorize("hasAuthority('directory:factory:onboard')")
    CreditCodeCheckResponse checkCreditCode(@Valid @RequestBody CheckCreditCodeRequest request) {
        CreditCode.Inspection inspection = CreditCode.inspect(request.code(), regions);
        Locale locale = LocaleContextHolder.getLocale();
        List<Problems.FieldErrorView> errors = inspection.violations().stream()
                .map(v -> problems.fieldError("code", v.code(), v.args().toArray(), locale, v.code()))
                .toList();
        return new CreditCodeCheckResponse(
                inspection.valid(), inspection.normalized(), DivisionResponse.from(inspection.division()), errors);
    }

    record CheckCreditCodeRequest(@NotNull @Size(max = 64) String code) {}

    /** {@code errors} name each failed check ({@code directory.credit-code-check} …) with a message. */
    record CreditCodeCheckResponse(
            boolean valid, String normalized, DivisionResponse division, List<Problems.FieldErrorView> errors) {}

    /**
     * The registering authority's division: {@code national} for {@code 100000}, else its province and, when the
     * code is that precise, city and county (a municipality's districts have no city).
     */
    record DivisionResponse(String code, boolean national, RegionRef province, RegionRef city, RegionRef county) {
        static DivisionResponse from(CreditCode.Division division) {
            if (division == null) {
                return null;
            }
            if (division.national()) {
                return new DivisionResponse(division.code(), true, null, null, null);
            }
            Regions.Place place = division.place();
            return new DivisionResponse(
                    division.code(),
                    false,
                    new RegionRef(place.province().code(), place.province().name()),
                    place.city() == null
                            ? null
                            : new RegionRef(place.city().code(), place.city().name()),
                    place.county() == null
                            ? null
                            : new RegionRef(
                                    place.county().code(), place.county().name()));
        }
    }
}
