package com.realsourcing.directory.domain;

import com.realsourcing.shared.domain.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.http.HttpStatus;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015) that passed every check: 18 characters from
 * {@value #ALPHABET}; position 1 the registration authority and 2 the organisation category (the standard's
 * table, with the authorities added since); 3–8 the registering authority's division code, which must exist in
 * the shipped NBS data at least at province level ({@code 100000} stands for national registrations); 9–17 the
 * organisation code (GB 11714) whose 17th character is its own check character; 18 the check character over the
 * first 17 (GB/T 17710 style, modulus 31).
 */
public record CreditCode(String value) {

    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    public static final String NATIONAL_DIVISION = "100000";

    /** 3^(i-1) mod 31 for positions 1–17. */
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    /** Registration authority (position 1) → organisation categories (position 2) it may use. */
    static final Map<Character, Set<Character>> AUTHORITIES = Map.ofEntries(
            Map.entry('1', Set.of('1', '2', '3', '9')), // 机构编制: 机关, 事业单位, 群众团体, 其他
            Map.entry('2', Set.of('1', '9')), // 外交: 外国常驻新闻机构, 其他
            Map.entry('3', Set.of('1', '2', '3', '4', '5', '9')), // 司法行政: 律师事务所, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会
            Map.entry('4', Set.of('1', '9')), // 文化: 外国在华文化中心
            Map.entry('5', Set.of('1', '2', '3', '9')), // 民政: 社会团体, 民办非企业单位, 基金会
            Map.entry('6', Set.of('1', '2', '9')), // 旅游: 外国及港澳台旅游部门常驻代表机构
            Map.entry('7', Set.of('1', '2', '9')), // 宗教: 宗教活动场所, 宗教院校
            Map.entry('8', Set.of('1', '9')), // 工会: 基层工会
            Map.entry('9', Set.of('1', '2', '3')), // 工商/市场监管: 企业, 个体工商户, 农民专业合作社
            Map.entry('A', Set.of('1', '9')), // 中央军委改革和编制办公室: 军队事业单位
            Map.entry('N', Set.of('1', '2', '3', '9')), // 农业: 组级, 村级, 乡镇级集体经济组织
            Map.entry('Y', Set.of('1'))); // 其他

    /** Each check the code can fail; the code doubles as the message key. */
    public enum Check {
        LENGTH("directory.credit-code-length"),
        CHARACTERS("directory.credit-code-characters"),
        AUTHORITY("directory.credit-code-authority"),
        CATEGORY("directory.credit-code-category"),
        DIVISION("directory.credit-code-division"),
        ORG_CHECK("directory.credit-code-org-check"),
        CHECK("directory.credit-code-check");

        private final String code;

        Check(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** A failed check with the values its message shows. */
    public record Violation(Check check, List<Object> args) {
        public Violation {
            args = List.copyOf(args);
        }

        public String code() {
            return check.code();
        }
    }

    /** The registering authority's division: national, or a place resolved as far as the data allows. */
    public record Division(String code, boolean national, Regions.Place place) {}

    /** What a check of some input found. {@code division} is set whenever positions 3–8 named a known one. */
    public record Inspection(String normalized, List<Violation> violations, Division division) {
        public Inspection {
            violations = List.copyOf(violations);
        }

        public boolean valid() {
            return violations.isEmpty();
        }
    }

    public CreditCode {
        Objects.requireNonNull(value);
    }

    /** A valid code, or a 400 with one field error per failed check on {@code field}. */
    public static CreditCode parse(String input, Regions regions, String field) {
        Inspection inspection = inspect(input, regions);
        if (!inspection.valid()) {
            List<DomainException.FieldError> errors = inspection.violations().stream()
                    .map(v -> new DomainException.FieldError(
                            field, v.code(), v.args().toArray()))
                    .toList();
            Violation first = inspection.violations().get(0);
            throw new DomainException(
                    HttpStatus.BAD_REQUEST, first.code(), errors, first.args().toArray());
        }
        return new CreditCode(inspection.normalized());
    }

    /** Runs every check that the input's shape allows and reports all that failed. */
    public static Inspection inspect(String input, Regions regions) {
        String code = normalise(input);
        if (code.length() != 18) {
            return new Inspection(code, List.of(new Violation(Check.LENGTH, List.of(code.length()))), null);
        }
        for (int i = 0; i < code.length(); i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return new Inspection(
                        code,
                        List.of(new Violation(Check.CHARACTERS, List.of(i + 1, String.valueOf(code.charAt(i))))),
                        null);
            }
        }
        List<Violation> violations = new ArrayList<>();
        char authority = code.charAt(0);
        char category = code.charAt(1);
        Set<Character> categories = AUTHORITIES.get(authority);
        if (categories == null) {
            violations.add(new Violation(Check.AUTHORITY, List.of(String.valueOf(authority))));
        } else if (!categories.contains(category)) {
            violations.add(new Violation(Check.CATEGORY, List.of(String.valueOf(authority), String.valueOf(category))));
        }
        String divisionCode = code.substring(2, 8);
        Division division = division(divisionCode, regions);
        if (division == null) {
            violations.add(new Violation(Check.DIVISION, List.of(divisionCode)));
        }
        String organization = code.substring(8, 17);
        Character orgCheck = orgCheckCharacter(organization.substring(0, 8));
        if (orgCheck == null || orgCheck != organization.charAt(8)) {
            violations.add(new Violation(Check.ORG_CHECK, List.of(organization)));
        }
        if (checkCharacter(code.substring(0, 17)) != code.charAt(17)) {
            violations.add(new Violation(Check.CHECK, List.of()));
        }
        return new Inspection(code, violations, division);
    }

    /**
     * Trims, drops spaces inside (people copy codes in groups), turns full-width characters into their ASCII
     * forms (９１ → 91) and upper-cases.
     */
    public static String normalise(String input) {
        if (input == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(input.length());
        input.codePoints().forEach(cp -> {
            int c = cp;
            if (c >= 0xFF01 && c <= 0xFF5E) {
                c -= 0xFEE0;
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.appendCodePoint(c);
            }
        });
        return out.toString().toUpperCase(Locale.ROOT);
    }

    /** The 18th character for the first 17 (which must be from the alphabet). */
    /**
     * A well-formed code from its parts: registration authority and category ({@code "91"}: a company registered
     * with market regulation), the six-digit division and an eight-character organisation body; both check
     * characters are computed. For generated demo and test data.
     */
    public static String compose(String authorityAndCategory, String division, String organizationBody) {
        String org = organizationBody + orgCheckCharacter(organizationBody);
        String first17 = authorityAndCategory + division + org;
        return first17 + checkCharacter(first17);
    }

    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("17 characters expected");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("Not a credit code character: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /**
     * The GB 11714 check character of an organisation code body (8 digits or letters; A=10 … Z=35): 11 − (Σ mod 11),
     * with 10 written X and 11 written 0. Null when the body has other characters.
     */
    public static Character orgCheckCharacter(String body) {
        if (body.length() != 8) {
            throw new IllegalArgumentException("8 characters expected");
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body.charAt(i);
            int value;
            if (c >= '0' && c <= '9') {
                value = c - '0';
            } else if (c >= 'A' && c <= 'Z') {
                value = c - 'A' + 10;
            } else {
                return null;
            }
            sum += value * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    public String divisionCode() {
        return value.substring(2, 8);
    }

    public String organizationCode() {
        return value.substring(8, 17);
    }

    private static Division division(String code, Regions regions) {
        if (NATIONAL_DIVISION.equals(code)) {
            return new Division(code, true, null);
        }
        return regions.place(code)
                .map(place -> new Division(code, false, place))
                .orElse(null);
    }

    @Override
    public String toString() {
        return value;
    }
}
