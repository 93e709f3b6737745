package com.realsourcing.intel.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Large numbers as the Chinese UI writes them: 9,999 stays as is, 3,562,000 is 356.2万, 120,000,000 is 1.2亿. */
public final class ChineseNumbers {

    private ChineseNumbers() {}

    public static String format(long value) {
        if (Math.abs(value) < 10_000) {
            return Long.toString(value);
        }
        if (Math.abs(value) < 100_000_000) {
            return scaled(value, 10_000) + "万";
        }
        return scaled(value, 100_000_000) + "亿";
    }

    private static String scaled(long value, long unit) {
        return BigDecimal.valueOf(value)
                .divide(BigDecimal.valueOf(unit), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
