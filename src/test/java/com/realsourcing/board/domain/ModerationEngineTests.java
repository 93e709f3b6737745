package com.realsourcing.board.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModerationEngineTests {

    private final ModerationEngine engine = new ModerationEngine(Map.of(
            "微信", ModerationLevel.REVIEW,
            "V信", ModerationLevel.REVIEW,
            "代开发票", ModerationLevel.BLOCK,
            "枪支", ModerationLevel.BLOCK,
            "联系", ModerationLevel.REVIEW,
            "平台联系", ModerationLevel.ALLOW));

    private List<ModerationHit> check(String text) {
        return engine.check(List.of(new ModerationEngine.Field("description", text)));
    }

    @Test
    void findsWordsSplitBySpacesSymbolsAndZeroWidthCharacters() {
        assertThat(check("加我微 信")).extracting(ModerationHit::text).containsExactly("微 信");
        assertThat(check("加我微-信详谈")).extracting(ModerationHit::text).containsExactly("微-信");
        assertThat(check("微*信号 abc")).extracting(ModerationHit::text).containsExactly("微*信");
        assertThat(check("微\u200b信")).extracting(ModerationHit::word).containsExactly("微信");
        assertThat(check("微　信")).extracting(ModerationHit::word).containsExactly("微信");
    }

    @Test
    void foldsFullWidthLettersAndCase() {
        List<ModerationHit> hits = check("请用Ｖ信沟通");
        assertThat(hits).extracting(ModerationHit::text).containsExactly("Ｖ信");
        assertThat(hits.get(0).word()).isEqualTo("v信");
        assertThat(check("请用v信沟通")).hasSize(1);
    }

    @Test
    void foldsTraditionalCharactersToSimplified() {
        List<ModerationHit> hits = check("本公司可代開發票");
        assertThat(hits).extracting(ModerationHit::text).containsExactly("代開發票");
        assertThat(hits.get(0).level()).isEqualTo(ModerationLevel.BLOCK);
        assertThat(ModerationEngine.blocks(check("出售槍 支"))).isTrue();
    }

    @Test
    void allowedPhrasesAndOrdinaryTextAreNotFlagged() {
        assertThat(check("请通过平台联系我们")).isEmpty();
        assertThat(check("求购304不锈钢保温杯30000个，需要FDA认证，交期三个月")).isEmpty();
        // the word alone, outside the allowed phrase, is still found
        assertThat(check("电话联系")).extracting(ModerationHit::word).containsExactly("联系");
    }

    @Test
    void blockHitsComeFirstAndNameTheirField() {
        List<ModerationHit> hits = engine.check(
                List.of(new ModerationEngine.Field("title", "加微信"), new ModerationEngine.Field("description", "代开发票")));
        assertThat(hits)
                .extracting(ModerationHit::level)
                .containsExactly(ModerationLevel.BLOCK, ModerationLevel.REVIEW);
        assertThat(hits).extracting(ModerationHit::field).containsExactly("description", "title");
        assertThat(ModerationEngine.blocks(hits)).isTrue();
    }

    @Test
    void anEmptyListFindsNothing() {
        assertThat(ModerationEngine.empty().check(List.of(new ModerationEngine.Field("t", "代开发票"))))
                .isEmpty();
    }
}
