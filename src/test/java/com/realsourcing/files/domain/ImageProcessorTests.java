package com.realsourcing.files.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.realsourcing.files.TestFiles;
import com.realsourcing.shared.domain.DomainException;
import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ImageProcessorTests {

    private final ImageProcessor processor = new ImageProcessor(40_000_000, 320, 0.9f, 2);

    @Test
    void reEncodingAJpegDropsExifAndAppendedBytes() {
        byte[] original = TestFiles.jpegWithExif(64, 48, 1);
        assertThat(TestFiles.hasApp1(original)).isTrue();
        assertThat(TestFiles.containsSecret(original)).isTrue();

        ImageProcessor.ProcessedImage result = processor.process(FileKind.JPEG, original);

        assertThat(result.kind()).isEqualTo(FileKind.JPEG);
        assertThat(TestFiles.hasApp1(result.bytes())).isFalse();
        assertThat(TestFiles.containsSecret(result.bytes())).isFalse();
        assertThat(TestFiles.read(result.bytes()).getWidth()).isEqualTo(64);
    }

    @Test
    void appliesTheExifOrientationBeforeDroppingIt() {
        byte[] original = TestFiles.jpegWithExif(80, 40, 6); // stored landscape, shown rotated 90° clockwise

        ImageProcessor.ProcessedImage result = processor.process(FileKind.JPEG, original);

        assertThat(result.width()).isEqualTo(40);
        assertThat(result.height()).isEqualTo(80);
        BufferedImage image = TestFiles.read(result.bytes());
        // the orange marker was top-left; after turning clockwise it is top-right
        assertThat(isOrange(image.getRGB(35, 5))).isTrue();
        assertThat(isOrange(image.getRGB(5, 5))).isFalse();
    }

    @Test
    void makesAThumbnailWhoseLongestSideIs320() {
        ImageProcessor.ProcessedImage result = processor.process(FileKind.PNG, TestFiles.png(1000, 600));

        BufferedImage thumbnail = TestFiles.read(result.thumbnail());
        assertThat(thumbnail.getWidth()).isEqualTo(320);
        assertThat(thumbnail.getHeight()).isEqualTo(192);
        assertThat(result.width()).isEqualTo(1000);
    }

    @Test
    void neverEnlargesSmallImagesForTheThumbnail() {
        ImageProcessor.ProcessedImage result = processor.process(FileKind.JPEG, TestFiles.jpeg(100, 50));

        BufferedImage thumbnail = TestFiles.read(result.thumbnail());
        assertThat(thumbnail.getWidth()).isEqualTo(100);
        assertThat(thumbnail.getHeight()).isEqualTo(50);
    }

    @Test
    void storesGifsAsPng() {
        ImageProcessor.ProcessedImage result = processor.process(FileKind.GIF, TestFiles.gif(30, 20));

        assertThat(result.kind()).isEqualTo(FileKind.PNG);
        assertThat(new FileTypeDetector().detect(result.bytes()).kind()).contains(FileKind.PNG);
    }

    @Test
    void refusesADecompressionBombFromItsHeaderAlone() {
        byte[] bomb = TestFiles.pngHeaderOnly(50_000, 50_000, 0); // 2.5 gigapixels in a few dozen bytes

        assertThatThrownBy(() -> processor.process(FileKind.PNG, bomb))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("files.image-too-many-pixels"));
    }

    @Test
    void refusesCorruptImages() {
        byte[] truncated = java.util.Arrays.copyOf(TestFiles.png(50, 50), 60);

        assertThatThrownBy(() -> processor.process(FileKind.PNG, truncated))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("files.image-unreadable"));
    }

    @Test
    void keepsWebpPixelsButDropsItsExifChunk() {
        ImageProcessor.ProcessedImage result = processor.process(FileKind.WEBP, TestFiles.webpWithExif(100, 50));

        assertThat(result.width()).isEqualTo(100);
        assertThat(result.height()).isEqualTo(50);
        assertThat(result.thumbnail()).isNull();
        assertThat(TestFiles.containsSecret(result.bytes())).isFalse();
        assertThat(result.bytes()[20] & 0x08).as("VP8X EXIF flag").isZero();
        assertThat(WebpImage.sanitize(result.bytes()).width()).isEqualTo(100);
    }

    @Test
    void refusesAWebpWithoutImageData() {
        byte[] riffOnly = {'R', 'I', 'F', 'F', 4, 0, 0, 0, 'W', 'E', 'B', 'P'};

        assertThatThrownBy(() -> processor.process(FileKind.WEBP, riffOnly))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("files.image-unreadable"));
    }

    private static boolean isOrange(int rgb) {
        Color color = new Color(rgb);
        return color.getRed() > 200 && color.getGreen() > 150 && color.getBlue() < 80;
    }
}
