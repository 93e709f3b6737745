package com.realsourcing.shared.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The CJK font the server draws images and PDFs with: Noto Sans SC (regular and bold, TrueType outlines, SIL Open
 * Font License 1.1), which the build takes from a registry package and packs into the jar under
 * {@code fonts/noto-sans-sc/} with its licence. No machine font is ever used, so Chinese renders the same on a
 * fresh machine. Each face is copied once to a temporary file (Java2D and the PDF writer both read fonts from files)
 * and loaded on first use.
 */
public final class CjkFonts {

    /** Where the build puts the faces and the licence on the classpath. */
    public static final String RESOURCE_DIR = "/fonts/noto-sans-sc/";

    private CjkFonts() {}

    /** The regular face at 1 pt; derive sizes with {@link Font#deriveFont(float)}. */
    public static Font regular() {
        return Faces.REGULAR.font;
    }

    /** The bold face at 1 pt. */
    public static Font bold() {
        return Faces.BOLD.font;
    }

    /** The regular face's file, for libraries that embed a font (PDF writers). */
    public static Path regularFile() {
        return Faces.REGULAR.file;
    }

    public static Path boldFile() {
        return Faces.BOLD.file;
    }

    private enum Faces {
        REGULAR("400Regular/NotoSansSC_400Regular.ttf"),
        BOLD("700Bold/NotoSansSC_700Bold.ttf");

        final Path file;
        final Font font;

        Faces(String resource) {
            try (InputStream in = CjkFonts.class.getResourceAsStream(RESOURCE_DIR + resource)) {
                if (in == null) {
                    throw new IllegalStateException("CJK font " + RESOURCE_DIR + resource
                            + " is not on the classpath: build with ./mvnw (it installs fonts/ and copies the font)");
                }
                file = Files.createTempFile("realsourcing-font-", ".ttf");
                file.toFile().deleteOnExit();
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                font = Font.createFont(Font.TRUETYPE_FONT, file.toFile()).deriveFont(1f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("unreadable CJK font " + resource, e);
            }
        }
    }
}
