package com.realsourcing.files.domain;

import java.util.Locale;

/**
 * Makes a client's file name safe to keep and to hand back in Content-Disposition: no directories, no control or
 * bidirectional-override characters (which disguise {@code exe.jpg} as {@code gpj.exe}), no characters Windows
 * refuses, at most 200 characters, and an extension that matches what the content really is.
 */
final class Filenames {

    static final int MAX_LENGTH = 200;

    private Filenames() {}

    static String sanitize(String original, FileKind kind) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.CONTROL
                    || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.UNASSIGNED
                    || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE) {
                return;
            }
            clean.appendCodePoint("<>:\"|?*".indexOf(cp) >= 0 ? '_' : Character.isWhitespace(cp) ? ' ' : cp);
        });
        String cleaned = clean.toString().strip().replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        int dot = cleaned.lastIndexOf('.');
        String base = dot > 0 ? cleaned.substring(0, dot) : cleaned;
        String extension = dot > 0 ? cleaned.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        if (!kind.hasExtension(extension)) {
            extension = kind.defaultExtension();
        }
        base = base.strip();
        if (base.isEmpty()) {
            base = "file";
        }
        int room = MAX_LENGTH - extension.length() - 1;
        if (base.codePointCount(0, base.length()) > room) {
            base = base.substring(0, base.offsetByCodePoints(0, room)).strip();
        }
        return base + "." + extension;
    }
}
