package com.realsourcing.files.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.files.TestFiles;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileTypeDetectorTests {

    private final FileTypeDetector detector = new FileTypeDetector();

    @Test
    void recognisesEveryAllowedTypeByItsMagicBytes() {
        assertThat(detector.detect(TestFiles.jpeg(8, 8)).kind()).contains(FileKind.JPEG);
        assertThat(detector.detect(TestFiles.png(8, 8)).kind()).contains(FileKind.PNG);
        assertThat(detector.detect(TestFiles.gif(8, 8)).kind()).contains(FileKind.GIF);
        assertThat(detector.detect(TestFiles.webpWithExif(8, 8)).kind()).contains(FileKind.WEBP);
        assertThat(detector.detect(TestFiles.pdf()).kind()).contains(FileKind.PDF);
    }

    @Test
    void acceptsIsoAndMp4BrandsButNotQuickTimeOrAudio() {
        assertThat(detector.detect(TestFiles.mp4("isom")).kind()).contains(FileKind.MP4);
        assertThat(detector.detect(TestFiles.mp4("mp42")).kind()).contains(FileKind.MP4);
        assertThat(detector.detect(TestFiles.mp4("qt  ")).kind()).isEmpty();
        assertThat(detector.detect(TestFiles.mp4("M4A ")).kind()).isEmpty();
    }

    @Test
    void refusesTextScriptsAndUnknownBytes() {
        assertThat(detector.detect("hello".getBytes(StandardCharsets.UTF_8)).kind())
                .isEmpty();
        assertThat(detector.detect(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>".getBytes(StandardCharsets.UTF_8)))
                .satisfies(d -> {
                    assertThat(d.kind()).isEmpty();
                    assertThat(d.mediaType()).isEqualTo("image/svg+xml");
                });
        assertThat(detector.detect(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}).kind()).isEmpty();
    }
}
