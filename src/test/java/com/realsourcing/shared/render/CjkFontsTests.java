package com.realsourcing.shared.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The bundled font draws Chinese: real glyphs, not the missing-glyph box a font without CJK draws. */
class CjkFontsTests {

    static final String SAMPLE = "纺织服装北美东南亚播放量万亿爆款扫码查看完整报告外贸周报工厂视频互动率环比增长";

    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    @Test
    void bothFacesCoverTheChineseThePostersUse() {
        assertThat(CjkFonts.regular().canDisplayUpTo(SAMPLE)).isEqualTo(-1);
        assertThat(CjkFonts.bold().canDisplayUpTo(SAMPLE)).isEqualTo(-1);
        assertThat(CjkFonts.regular().getFamily()).contains("Noto Sans SC");
        assertThat(CjkFontsTests.class.getResource(CjkFonts.RESOURCE_DIR + "LICENSE_FONT"))
                .as("the font's licence ships with it")
                .isNotNull();
    }

    @Test
    void chineseCharactersAreDrawnAsGlyphsNotAsMissingGlyphBoxes() {
        Font font = CjkFonts.regular().deriveFont(48f);
        int missing = font.getMissingGlyphCode();
        int[] box = pixels(font.createGlyphVector(FRC, new int[] {missing}));
        int[] previous = null;
        for (char c : SAMPLE.toCharArray()) {
            GlyphVector glyph = font.createGlyphVector(FRC, String.valueOf(c));
            assertThat(glyph.getGlyphCode(0)).as("glyph of %s", c).isNotEqualTo(missing);
            int[] drawn = pixels(glyph);
            assertThat(ink(drawn)).as("ink of %s", c).isGreaterThan(50);
            assertThat(drawn).as("%s differs from the missing-glyph box", c).isNotEqualTo(box);
            if (previous != null) {
                assertThat(drawn)
                        .as("%s differs from the character before it", c)
                        .isNotEqualTo(previous);
            }
            previous = drawn;
        }
    }

    @Test
    void theComparisonDetectsABox() {
        // a private-use code point has no glyph: it must render exactly as the missing-glyph box
        Font font = CjkFonts.regular().deriveFont(48f);
        int[] box = pixels(font.createGlyphVector(FRC, new int[] {font.getMissingGlyphCode()}));
        assertThat(font.canDisplay('\uE000')).isFalse();
        assertThat(pixels(font.createGlyphVector(FRC, "\uE000"))).isEqualTo(box);
    }

    static int[] pixels(GlyphVector glyph) {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 64, 64);
        g.setColor(Color.BLACK);
        g.drawGlyphVector(glyph, 8, 52);
        g.dispose();
        return image.getRGB(0, 0, 64, 64, null, 0, 64);
    }

    static long ink(int[] pixels) {
        return Arrays.stream(pixels).filter(p -> (p & 0xFFFFFF) != 0xFFFFFF).count();
    }
}
