package com.realsourcing.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.realsourcing.directory.domain.CreditCode.Check;
import com.realsourcing.shared.domain.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTests {

    static final Regions REGIONS = RegionsTests.REGIONS;

    /**
     * Published codes: the example in GB 32100-2015, then companies' codes as printed on their licences (海淀 and
     * 深圳 registrations, a national one with an X organisation check, 杭州, a Beijing one with letters).
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "91350100M000100Y43",
                "91110108551385082Q",
                "914403001922038216",
                "91440300708461136T",
                "9111000010169286X1",
                "91330100716105852F"
            })
    void acceptsRealCodes(String code) {
        CreditCode.Inspection inspection = CreditCode.inspect(code, REGIONS);

        assertThat(inspection.violations()).isEmpty();
        assertThat(inspection.valid()).isTrue();
        assertThat(CreditCode.parse(code, REGIONS, "creditCode").value()).isEqualTo(code);
    }

    @Test
    void reportsTheRegisteringAuthoritysRegion() {
        var shenzhen = CreditCode.inspect("914403001922038216", REGIONS).division();
        assertThat(shenzhen.national()).isFalse();
        assertThat(shenzhen.place().province().name()).isEqualTo("广东省");
        assertThat(shenzhen.place().city().name()).isEqualTo("深圳市");

        var haidian = CreditCode.inspect("91110108551385082Q", REGIONS).division();
        assertThat(haidian.place().province().name()).isEqualTo("北京市");
        assertThat(haidian.place().city()).isNull();
        assertThat(haidian.place().county().name()).isEqualTo("海淀区");

        var fuzhou = CreditCode.inspect("91350100M000100Y43", REGIONS).division();
        assertThat(fuzhou.place().city().name()).isEqualTo("福州市");
    }

    @Test
    void normalisesWhatPeopleTypeOrPaste() {
        assertThat(CreditCode.normalise("  91110108551385082q ")).isEqualTo("91110108551385082Q");
        assertThat(CreditCode.normalise("９１１１０１０８５５１３８５０８２Ｑ")).isEqualTo("91110108551385082Q");
        assertThat(CreditCode.normalise("911101 085513 85082Q")).isEqualTo("91110108551385082Q");
        assertThat(CreditCode.normalise("91110108551385082Q\u3000")).isEqualTo("91110108551385082Q");
        assertThat(CreditCode.inspect("９１１１０１０８５５１３８５０８２ｑ", REGIONS).valid()).isTrue();
    }

    @Test
    void namesTheLengthCheck() {
        assertThat(checksFailed("9111010855138508")).containsExactly(Check.LENGTH);
        assertThat(checksFailed("")).containsExactly(Check.LENGTH);
        assertThat(CreditCode.inspect("911101085513850", REGIONS)
                        .violations()
                        .get(0)
                        .args())
                .containsExactly(15);
    }

    @Test
    void namesTheFirstCharacterOutsideTheAlphabet() {
        // I, O, Z, S, V are not used; nor is anything but digits and capitals
        for (char bad : "IOZSV-*中".toCharArray()) {
            String code = "91110108551385082Q".substring(0, 5) + bad + "91110108551385082Q".substring(6);
            var inspection = CreditCode.inspect(code, REGIONS);
            assertThat(inspection.violations())
                    .extracting(CreditCode.Violation::check)
                    .containsExactly(Check.CHARACTERS);
            assertThat(inspection.violations().get(0).args()).containsExactly(6, String.valueOf(bad));
        }
    }

    @Test
    void namesTheCheckCharacter() {
        assertThat(checksFailed("91110108551385082A")).containsExactly(Check.CHECK);
        assertThat(checksFailed("914403001922038217")).containsExactly(Check.CHECK);
    }

    @Test
    void namesTheOrganisationCodeCheck() {
        // organisation code 55138508-2 → -3, with the 18th character recomputed so only that check fails
        String body = "9111010855138508" + "3";
        String code = body + CreditCode.checkCharacter(body);
        assertThat(checksFailed(code)).containsExactly(Check.ORG_CHECK);
    }

    @Test
    void namesAnUnknownDivision() {
        String body = "919900005513850823".substring(0, 17);
        String code = body + CreditCode.checkCharacter(body);
        assertThat(checksFailed(code)).containsExactly(Check.DIVISION);
        assertThat(CreditCode.inspect(code, REGIONS).division()).isNull();
    }

    @Test
    void acceptsNationalRegistrations() {
        String body = "51100000" + "50000415";
        String orgBody = body.substring(8);
        String first17 = body + CreditCode.orgCheckCharacter(orgBody);
        String code = first17 + CreditCode.checkCharacter(first17);
        var inspection = CreditCode.inspect(code, REGIONS);
        assertThat(inspection.violations()).isEmpty();
        assertThat(inspection.division().national()).isTrue();
    }

    @Test
    void namesUnknownAuthoritiesAndCategories() {
        assertThat(checksFailed(recomputed("B1110108551385082"))).containsExactly(Check.AUTHORITY);
        assertThat(checksFailed(recomputed("94110108551385082"))).containsExactly(Check.CATEGORY);
        assertThat(checksFailed(recomputed("Y2110108551385082"))).containsExactly(Check.CATEGORY);
        assertThat(checksFailed(recomputed("92110108551385082"))).isEmpty(); // 个体工商户
        assertThat(checksFailed(recomputed("52110108551385082"))).isEmpty(); // 民办非企业单位
    }

    @Test
    void reportsEveryCheckThatFailsAtOnce() {
        assertThat(checksFailed("B4990000551385083A"))
                .containsExactly(Check.AUTHORITY, Check.DIVISION, Check.ORG_CHECK, Check.CHECK);
    }

    @Test
    void parseThrowsAFieldErrorPerFailedCheck() {
        assertThatThrownBy(() -> CreditCode.parse("91110108551385082A", REGIONS, "creditCode"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("directory.credit-code-check");
                    assertThat(e.fieldErrors()).singleElement().satisfies(f -> {
                        assertThat(f.field()).isEqualTo("creditCode");
                        assertThat(f.code()).isEqualTo("directory.credit-code-check");
                    });
                });
    }

    @Test
    void checkCharactersFollowTheStandardsFormula() {
        // 31 − (Σ mod 31) where 31 becomes 0: a body summing to a multiple of 31 checks with '0'
        assertThat(CreditCode.checkCharacter("00000000000000000")).isEqualTo('0');
        assertThat(CreditCode.orgCheckCharacter("00000000")).isEqualTo('0'); // 11 → 0
        assertThat(CreditCode.orgCheckCharacter("10169286")).isEqualTo('X'); // 10 → X
    }

    /** Property: random valid bodies with their check characters validate; any one character changed fails. */
    @Test
    void randomValidCodesPassAndEverySingleCharacterChangeFails() {
        Random random = new Random(20150901);
        List<String> divisions = new ArrayList<>();
        REGIONS.provinces().forEach(p -> {
            divisions.add(p.code() + "0000");
            REGIONS.cities(p.code()).forEach(c -> divisions.add((c.code() + "00").substring(0, 6)));
            REGIONS.counties(p.code()).ifPresent(list -> list.forEach(c -> divisions.add(c.code())));
        });
        divisions.add(CreditCode.NATIONAL_DIVISION);
        List<Map.Entry<Character, Character>> kinds = new ArrayList<>();
        CreditCode.AUTHORITIES.forEach(
                (authority, categories) -> categories.forEach(category -> kinds.add(Map.entry(authority, category))));

        for (int run = 0; run < 300; run++) {
            var kind = kinds.get(random.nextInt(kinds.size()));
            StringBuilder body = new StringBuilder()
                    .append(kind.getKey())
                    .append(kind.getValue())
                    .append(divisions.get(random.nextInt(divisions.size())));
            StringBuilder org = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                org.append(CreditCode.ALPHABET.charAt(random.nextInt(CreditCode.ALPHABET.length())));
            }
            body.append(org).append(CreditCode.orgCheckCharacter(org.toString()));
            String code = body + String.valueOf(CreditCode.checkCharacter(body.toString()));

            assertThat(CreditCode.inspect(code, REGIONS).violations()).as(code).isEmpty();

            for (int position = 0; position < 18; position++) {
                for (char replacement : CreditCode.ALPHABET.toCharArray()) {
                    if (replacement == code.charAt(position)) {
                        continue;
                    }
                    String changed = code.substring(0, position) + replacement + code.substring(position + 1);
                    assertThat(CreditCode.inspect(changed, REGIONS).valid())
                            .as("%s changed at %d to %s", code, position + 1, replacement)
                            .isFalse();
                }
            }
        }
    }

    private static List<Check> checksFailed(String code) {
        return CreditCode.inspect(code, REGIONS).violations().stream()
                .map(CreditCode.Violation::check)
                .toList();
    }

    /** Keeps the organisation code's own check right and recomputes the 18th character. */
    private static String recomputed(String first17) {
        String org = first17.substring(8, 16);
        String body = first17.substring(0, 16) + CreditCode.orgCheckCharacter(org);
        return body + CreditCode.checkCharacter(body);
    }
}
