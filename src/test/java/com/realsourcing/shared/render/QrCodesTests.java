package com.realsourcing.shared.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTests {

    /** A share link whose code, as the encoder draws it by default, ZXing's detector cannot find (about one in a hundred are so). */
    static final String UNLUCKY = "http://localhost:8080/r/71f7QKS1AMNs9kSyf8d-yf8ZeWzqh_I0jGFJFqF1ARa";

    static BufferedImage drawn(QrCodes.Code code) {
        BufferedImage image = new BufferedImage(code.side(), code.side(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        code.draw(g, 0, 0);
        g.dispose();
        return image;
    }

    static String shareLink(Random random) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < 43; i++) {
            token.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return "http://localhost:8080/r/" + token;
    }

    @Test
    void theEncodersDefaultMaskCanDrawACodeTheDetectorCannotFindSoAnotherMaskIsUsed() throws Exception {
        BitMatrix plain = new QRCodeWriter()
                .encode(
                        UNLUCKY,
                        BarcodeFormat.QR_CODE,
                        0,
                        0,
                        Map.of(
                                EncodeHintType.MARGIN,
                                0,
                                EncodeHintType.ERROR_CORRECTION,
                                ErrorCorrectionLevel.M,
                                EncodeHintType.CHARACTER_SET,
                                "UTF-8"));
        QrCodes.Code checked = QrCodes.fit(UNLUCKY, 232);
        assertThat(QrCodes.reads(drawn(new QrCodes.Code(plain, checked.modulePixels())), UNLUCKY))
                .isFalse();

        assertThat(checked.modules()).isNotEqualTo(plain);
        assertThat(QrCodes.reads(drawn(checked), UNLUCKY)).isTrue();
    }

    @Test
    void everyShareLinkReadsBackFromItsPng() throws Exception {
        Random random = new Random(20261206);
        List<String> unreadable = new ArrayList<>();
        for (int n = 0; n < 400; n++) {
            String link = shareLink(random);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(link, 240)));
            assertThat(image.getWidth()).isEqualTo(240);
            if (!QrCodes.reads(image, link)) {
                unreadable.add(link);
            }
        }
        assertThat(unreadable).isEmpty();
    }

    @Test
    void modulesAreWholePixelsWithAFourModuleQuietZone() {
        QrCodes.Code code = QrCodes.fit("https://realsourcing.example/s/abc", 300);
        int width = code.modules().getWidth();
        int module = code.modulePixels();
        assertThat(code.side()).isEqualTo((width + 8) * module).isLessThanOrEqualTo(300);
        assertThat((width + 8) * (module + 1)).isGreaterThan(300);

        BufferedImage image = drawn(code);
        int quiet = 4 * module;
        for (int i = 0; i < image.getWidth(); i++) {
            for (int q = 0; q < quiet; q++) {
                assertThat(image.getRGB(i, q) & 0xFFFFFF).isEqualTo(0xFFFFFF);
                assertThat(image.getRGB(q, i) & 0xFFFFFF).isEqualTo(0xFFFFFF);
            }
        }
        // the top-left finder pattern: seven dark modules of exactly `module` pixels, then a light one
        assertThat(image.getRGB(quiet, quiet) & 0xFFFFFF).isZero();
        assertThat(image.getRGB(quiet + module * 7 - 1, quiet) & 0xFFFFFF).isZero();
        assertThat(image.getRGB(quiet + module * 7, quiet) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }
}
