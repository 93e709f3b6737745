package com.realsourcing.intel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.realsourcing.intel.domain.PosterRenderer.Bar;
import com.realsourcing.intel.domain.PosterRenderer.Content;
import com.realsourcing.intel.domain.PosterRenderer.KeyFigure;
import com.realsourcing.intel.domain.PosterRenderer.Row;
import com.realsourcing.shared.render.CjkFonts;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PosterRendererTests {

    static Content content(String title) {
        return new Content(
                "RealSourcing · TikTok 出口行业报告",
                title,
                "近 30 天 · 2026-10-24 至 2026-11-22",
                List.of(
                        new KeyFigure("视频数", "1.2万", 0.25),
                        new KeyFigure("播放量", "356.2万", -0.1),
                        new KeyFigure("点赞", "12.5万", null),
                        new KeyFigure("互动率", "4.2%", null)),
                "各区域播放量",
                List.of(new Bar("北美", 3_562_000, "356.2万"), new Bar("东南亚", 1_200_000, "120万")),
                "热门产品",
                List.of(new Row("卫衣", "播放 120万", "爆款"), new Row("T恤", "播放 80万", null)),
                "https://realsourcing.example/intel/search?industry=textiles-apparel&period=30d",
                "扫码查看完整行业数据",
                "数据：TikTok 公开视频 · 生成于 2026-11-22");
    }

    static BufferedImage image(PosterRenderer.Rendered rendered) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(rendered.png()));
    }

    static int[] region(BufferedImage image, int[] area) {
        return image.getRGB(area[0], area[1], area[2], area[3], null, 0, area[2]);
    }

    @Test
    void rendersAPhoneSizedPngWhoseEveryStringTheFontCanDraw() throws Exception {
        PosterRenderer.Rendered poster = PosterRenderer.render(content("纺织服装 · 北美"));

        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/posters"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/posters/sample.png"), poster.png());
        BufferedImage image = image(poster);
        assertThat(image.getWidth()).isEqualTo(1080);
        assertThat(image.getHeight()).isEqualTo(1920);
        assertThat(poster.texts()).contains("纺织服装 · 北美", "356.2万", "卫衣", "爆款", "扫码查看完整行业数据");
        for (String text : poster.texts()) {
            assertThat(CjkFonts.regular().canDisplayUpTo(text)).as(text).isEqualTo(-1);
            assertThat(CjkFonts.bold().canDisplayUpTo(text)).as(text).isEqualTo(-1);
        }
    }

    @Test
    void theChineseTitleIsDrawnAsGlyphsNotAsMissingGlyphBoxes() throws Exception {
        String title = "纺织服装出口";
        String boxes = "\uE000".repeat(title.length()); // no glyph: the font draws its missing-glyph box
        PosterRenderer.Rendered real = PosterRenderer.render(content(title));
        PosterRenderer.Rendered again = PosterRenderer.render(content(title));
        PosterRenderer.Rendered tofu = PosterRenderer.render(content(boxes));
        int[] area = real.areas().get("title");

        int[] drawn = region(image(real), area);
        assertThat(region(image(again), area)).as("drawing is deterministic").isEqualTo(drawn);
        assertThat(region(image(tofu), area)).as("glyphs, not boxes").isNotEqualTo(drawn);
        // and the title really is ink on the header, not an empty band
        long light = java.util.Arrays.stream(drawn)
                .filter(p -> ((p >> 16) & 0xFF) > 200 && ((p >> 8) & 0xFF) > 200 && (p & 0xFF) > 200)
                .count();
        assertThat(light).isGreaterThan(2_000);
    }

    @Test
    void theQrCodeOpensThePosterUrl() throws Exception {
        Content c = content("纺织服装");
        PosterRenderer.Rendered poster = PosterRenderer.render(c);
        int[] area = poster.areas().get("qr");
        int[] pixels = region(image(poster), area);

        var source = new RGBLuminanceSource(area[2], area[3], pixels);
        var result = new QRCodeReader()
                .decode(
                        new BinaryBitmap(new HybridBinarizer(source)),
                        Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE));
        assertThat(result.getText()).isEqualTo(c.qrUrl());
    }

    /**
     * Every share link (a random 43-character token) must decode from the poster's footer, as a camera framing the
     * bottom of the poster sees it (the caption and link text beside the code must not confuse the detector).
     */
    @Test
    void everyShareLinksQrCodeDecodesFromTheFooter() throws Exception {
        var random = new java.util.Random(20261206);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        Content base = content("纺织服装");
        List<String> unreadable = new java.util.ArrayList<>();
        for (int n = 0; n < 60; n++) {
            StringBuilder token = new StringBuilder();
            for (int i = 0; i < 43; i++) {
                token.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String url = "http://localhost:8080/r/" + token;
            BufferedImage image = PosterRenderer.image(new Content(
                    base.kicker(),
                    base.title(),
                    base.subtitle(),
                    base.figures(),
                    base.barsTitle(),
                    base.bars(),
                    base.listTitle(),
                    base.rows(),
                    url,
                    base.qrCaption(),
                    base.footer()));
            int top = 1660;
            int[] pixels = image.getRGB(0, top, 1080, 1920 - top, null, 0, 1080);
            try {
                String text = new QRCodeReader()
                        .decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(1080, 1920 - top, pixels))))
                        .getText();
                assertThat(text).isEqualTo(url);
            } catch (com.google.zxing.ReaderException e) {
                unreadable.add(url);
            }
        }
        assertThat(unreadable).isEmpty();
    }

    @Test
    void longTitlesAreShortenedToFitNotCutOff() {
        PosterRenderer.Rendered poster = PosterRenderer.render(content("东莞市虎门镇".repeat(12)));
        assertThat(poster.texts()).anyMatch(t -> t.endsWith("…"));
    }
}
