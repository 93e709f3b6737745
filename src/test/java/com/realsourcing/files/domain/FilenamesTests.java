package com.realsourcing.files.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilenamesTests {

    @Test
    void dropsDirectoriesOfEitherSeparator() {
        assertThat(Filenames.sanitize("../../etc/passwd.png", FileKind.PNG)).isEqualTo("passwd.png");
        assertThat(Filenames.sanitize("C:\\Users\\王\\照片.jpg", FileKind.JPEG)).isEqualTo("照片.jpg");
    }

    @Test
    void removesControlAndBidiOverrideCharacters() {
        assertThat(Filenames.sanitize("inv\u0000oi\nce\u202Egpj.pdf", FileKind.PDF))
                .isEqualTo("invoicegpj.pdf");
    }

    @Test
    void makesTheExtensionMatchTheDetectedType() {
        assertThat(Filenames.sanitize("photo.pdf", FileKind.PNG)).isEqualTo("photo.png");
        assertThat(Filenames.sanitize("photo.JPEG", FileKind.JPEG)).isEqualTo("photo.jpeg");
        assertThat(Filenames.sanitize("README", FileKind.PDF)).isEqualTo("README.pdf");
    }

    @Test
    void keepsChineseNamesAndFallsBackWhenNothingIsLeft() {
        assertThat(Filenames.sanitize("营业执照 2025.pdf", FileKind.PDF)).isEqualTo("营业执照 2025.pdf");
        assertThat(Filenames.sanitize("...", FileKind.PDF)).isEqualTo("file.pdf");
        assertThat(Filenames.sanitize(null, FileKind.MP4)).isEqualTo("file.mp4");
    }

    @Test
    void limitsTheLengthKeepingTheExtension() {
        String sanitized = Filenames.sanitize("长".repeat(500) + ".png", FileKind.PNG);

        assertThat(sanitized.codePointCount(0, sanitized.length())).isEqualTo(Filenames.MAX_LENGTH);
        assertThat(sanitized).endsWith(".png");
    }
}
