package com.realsourcing.intel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.intel.domain.MarketViews.Advice;
import com.realsourcing.intel.domain.MarketViews.Figures;
import java.util.List;
import org.junit.jupiter.api.Test;

class TradeAdviceTests {

    static final Figures F = new Figures(10, 500_000, "50万", 20_000, "2万", 100, 50, 10, 0.04, null, 0.5);

    @Test
    void withoutTradeDataTheScoreKeepsItsFourParts() {
        Advice a = MarketQueries.advice("COUNTRY", "NG", "尼日利亚", F, 1_000_000, 2, 4, 0.04, null);
        // 100 × (0.5 × 0.5 + 0.2 × 0.5 + 0.2 × 0.75 + 0.1 × 0.5) = 55
        assertThat(a.score()).isEqualTo(55.0);
        assertThat(a.parts())
                .extracting(MarketViews.ScorePart::name)
                .containsExactly("demand", "engagement", "growth", "competition");
    }

    @Test
    void tradeDataTakesAFifthOfTheScoreAndSaysWhy() {
        Advice a = MarketQueries.advice(
                "COUNTRY",
                "NG",
                "尼日利亚",
                F,
                1_000_000,
                2,
                4,
                0.04,
                new MarketQueries.TradeLeg(0.25, "贸易：中国本行业对该市场出口 15亿 美元"));
        // 100 × (0.4 × 0.5 + 0.15 × 0.5 + 0.15 × 0.75 + 0.1 × 0.5 + 0.2 × 0.25) = 48.75 → 48.8
        assertThat(a.score()).isEqualTo(48.8);
        assertThat(a.parts()).extracting(MarketViews.ScorePart::name).endsWith("trade");
        assertThat(a.reasonsZh()).last().asString().contains("15亿");
    }

    @Test
    void theSyntheticTableIsDeterministicAndCoversEveryChapterButTheReservedOne() {
        List<Object[]> first = TradeFlows.syntheticRows();
        List<Object[]> second = TradeFlows.syntheticRows();
        assertThat(first).hasSameSizeAs(second);
        for (int i = 0; i < first.size(); i++) {
            assertThat(first.get(i)).containsExactly(second.get(i));
        }
        assertThat(first.stream().map(r -> (String) r[0]).distinct().count()).isEqualTo(96);
        assertThat(first.stream().map(r -> (String) r[0])).doesNotContain("77");
    }
}
