package com.realsourcing.intel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelRulesTests {

    final IntelReference reference = new IntelReference(new FakeDirectory());
    final LabelRules rules = new LabelRules(reference);

    static VideoItem video(String text, List<String> hashtags, String language, String location, String bio) {
        return new VideoItem(
                "7543693751290481942",
                "https://www.tiktok.com/@acme/video/7543693751290481942",
                text,
                hashtags,
                language,
                Instant.parse("2026-11-01T00:00:00Z"),
                1000,
                10,
                1,
                1,
                1,
                20,
                null,
                location,
                null,
                new VideoItem.AccountItem("acme", null, "Acme", null, bio, null, false, false, 0, 0, 0, 0));
    }

    @Test
    void industryComesFromProductKeywordsThroughTheHsChapterWithReasons() {
        var labels =
                rules.classify(video("Our hoodie factory, 纺织 面料 in stock", List.of("hoodies", "oem"), "en", null, ""));

        assertThat(labels.industry()).isEqualTo("textiles-apparel");
        assertThat(labels.product()).isIn("hoodies", "fabric");
        assertThat(labels.hsChapter()).isIn("61", "60");
        LabelRules.Label industry = labels.labels().stream()
                .filter(l -> l.kind().equals("INDUSTRY"))
                .findFirst()
                .orElseThrow();
        assertThat(industry.confidence()).isBetween(0.5, 0.95);
        assertThat(String.join(" ", industry.reasons())).contains("HS 第").contains("纺织服装");
    }

    @Test
    void chineseKeywordsWork() {
        var labels = rules.classify(video("源头工厂 保温杯 批发", List.of(), "zh-Hans", "CN", ""));
        assertThat(labels.product()).isEqualTo("vacuum-flasks");
        assertThat(labels.industry()).isEqualTo("home-goods");
    }

    @Test
    void nothingMatchedIsOtherWithLowConfidence() {
        var labels = rules.classify(video("ootd", List.of("fyp"), "en", null, "fashion | beauty"));
        assertThat(labels.industry()).isEqualTo("other");
        assertThat(labels.labels().get(0).confidence()).isEqualTo(0.1);
        assertThat(labels.country()).isEqualTo("ZZ");
        assertThat(labels.region()).isEqualTo("unknown");
    }

    @Test
    void targetCountryFromHashtagsThenLocationThenLanguageMappedToRegions() {
        var byTag = rules.classify(video("LED strip", List.of("usa", "nigeria"), "en", "CN", ""));
        assertThat(byTag.country()).isEqualTo("US");
        assertThat(byTag.region()).isEqualTo("north-america");
        assertThat(byTag.labels()).anySatisfy(l -> {
            assertThat(l.kind()).isEqualTo("REGION");
            assertThat(l.reasons().get(0)).contains("北美");
        });

        var nigeria = rules.classify(video("wholesale shoes", List.of("lagos"), "en", null, ""));
        assertThat(nigeria.country()).isEqualTo("NG");
        assertThat(nigeria.region()).isEqualTo("sub-saharan-africa");

        var byLocation = rules.classify(video("CNC lathe", List.of(), "en", "GB", ""));
        assertThat(byLocation.country()).isEqualTo("GB");
        assertThat(byLocation.region()).isEqualTo("europe");

        var china = rules.classify(video("CNC lathe", List.of(), "en", "CN", ""));
        assertThat(china.country())
                .as("posted in China says nothing about the target")
                .isEqualTo("ZZ");

        var thai = rules.classify(video("เครื่อง CNC", List.of(), "th", null, ""));
        assertThat(thai.country()).isEqualTo("TH");
        assertThat(thai.region()).isEqualTo("southeast-asia");

        var zhName = rules.classify(video("出口美国的保温杯", List.of(), "zh", "CN", ""));
        assertThat(zhName.country()).isEqualTo("US");
    }

    @Test
    void b2bSignalsComeFromTheBio() {
        var signals = rules.b2b("Acme Factory", "OEM/ODM, MOQ 100pcs. WhatsApp +86 138. sales@acme.cn 源头工厂", null);
        assertThat(signals.signals()).contains("OEM", "ODM", "MOQ", "FACTORY", "WHATSAPP", "EMAIL", "工厂", "源头");
        assertThat(signals.score()).isEqualTo(1.0);
        assertThat(rules.b2b("Greta", "fashion | beauty | lifestyle", null).signals())
                .isEmpty();
    }

    @Test
    void wordsAreTheRunsOfLettersAndDigitsTheRegularExpressionSplitGave() {
        java.util.regex.Pattern split = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
        for (String text : List.of(
                "",
                "  ",
                "t-shirt OEM, MOQ 100pcs!",
                "#usa #Nigeria — LED strip 5050",
                "卫衣工厂 源头厂家 T恤定制",
                "Café déco à São Paulo",
                "Ⅻ pieces ² x³ ٣٤ 🔥hot🔥 sale",
                "end.")) {
            List<String> expected = java.util.Arrays.stream(split.split(text))
                    .filter(w -> !w.isEmpty())
                    .toList();
            assertThat(LabelRules.words(text)).as(text).isEqualTo(expected);
        }
    }

    @Test
    void everyKeywordOfTheDictionaryIsFoundInsideATextAndNamesItsProduct() {
        int checked = 0;
        for (IntelReference.Product product : reference.products()) {
            for (String keyword : product.keywordsEn()) {
                var labels = rules.classify(video("we make " + keyword + " every day", List.of(), "en", null, ""));
                assertThat(products(labels)).as(keyword).contains(product.code());
                checked++;
            }
            for (String keyword : product.keywordsZh()) {
                var labels = rules.classify(video("我们生产" + keyword + "欢迎询价", List.of(), "zh", null, ""));
                assertThat(products(labels)).as(keyword).contains(product.code());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(250);
    }

    @Test
    void chineseKeywordsCountInDictionaryOrderWhereverTheyStandInTheText() {
        // two products with one keyword each and equal weight: the tie goes to the one listed first in the dictionary
        var forwards = rules.classify(video("卫衣 保温杯", List.of(), "zh", null, ""));
        var backwards = rules.classify(video("保温杯 卫衣", List.of(), "zh", null, ""));
        assertThat(backwards.product()).isEqualTo(forwards.product());
        assertThat(products(backwards)).isEqualTo(products(forwards)).hasSize(2);
    }

    static List<String> products(LabelRules.VideoLabels labels) {
        return labels.labels().stream()
                .filter(l -> l.kind().equals("PRODUCT"))
                .map(LabelRules.Label::value)
                .toList();
    }
}
