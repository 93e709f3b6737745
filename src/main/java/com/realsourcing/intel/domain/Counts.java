package com.realsourcing.intel.domain;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Counts as scrapers and spreadsheets deliver them: numbers, numeric strings ({@code "23400"}, {@code "23,400"}),
 * abbreviated strings ({@code "145.9K"}, {@code "1.2M"}, {@code "3B"}, {@code "12.5万"}, {@code "1.2亿"}) and
 * scientific notation from spreadsheets ({@code "1.459E+05"}).
 */
final class Counts {

    private Counts() {}

    /** The count, or null when the text is blank; throws {@link IllegalArgumentException} when it is not a count. */
    static Long parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip().replace(",", "").replace("_", "").replace(" ", "");
        if (s.isEmpty() || s.equalsIgnoreCase("null")) {
            return null;
        }
        long unit = 1;
        char last = s.charAt(s.length() - 1);
        switch (Character.toUpperCase(last)) {
            case 'K' -> unit = 1_000;
            case 'M' -> unit = 1_000_000;
            case 'B' -> unit = 1_000_000_000;
            case '万' -> unit = 10_000;
            case '亿' -> unit = 100_000_000;
            default -> unit = 1;
        }
        if (unit != 1) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            BigDecimal value = new BigDecimal(s.toUpperCase(Locale.ROOT)).multiply(BigDecimal.valueOf(unit));
            if (value.signum() < 0) {
                throw new IllegalArgumentException("negative count: " + text);
            }
            return value.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("not a count: " + text);
        }
    }
}
