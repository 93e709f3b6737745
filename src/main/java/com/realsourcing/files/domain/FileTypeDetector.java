package com.realsourcing.files.domain;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.Tika;

/**
 * Tells what a file is from its first bytes (magic numbers), never from its name or the client's Content-Type:
 * given a name, Tika falls back to the extension for bytes it does not recognise, so a blob named {@code x.jpg}
 * would pass as JPEG. MP4 is decided by the ISO-BMFF major brand, because tika-core labels ordinary {@code isom}
 * files {@code video/quicktime}.
 */
final class FileTypeDetector {

    /** Enough for every signature we accept (Tika's own read-ahead for magic is 64 KiB). */
    static final int HEAD_BYTES = 64 * 1024;

    private static final Set<String> MP4_VIDEO_BRANDS = Set.of(
            "isom", "iso2", "iso3", "iso4", "iso5", "iso6", "iso7", "iso8", "iso9", "mp41", "mp42", "avc1", "M4V ",
            "M4VH", "M4VP", "dash", "mmp4", "MSNV", "f4v ");

    private final Tika tika = new Tika();

    /** The detected media type (for the refusal message) and the kind, when it is one we accept. */
    Detection detect(byte[] head) {
        String detected = tika.detect(head);
        if (detected.equals("video/mp4") || detected.equals("video/quicktime") || detected.equals("video/x-m4v")) {
            return isMp4Video(head)
                    ? new Detection("video/mp4", Optional.of(FileKind.MP4))
                    : new Detection(detected, Optional.empty());
        }
        return new Detection(detected, FileKind.ofMediaType(detected).filter(kind -> kind != FileKind.MP4));
    }

    static boolean isMp4Video(byte[] head) {
        if (head.length < 12 || !"ftyp".equals(new String(head, 4, 4, StandardCharsets.ISO_8859_1))) {
            return false;
        }
        return MP4_VIDEO_BRANDS.contains(new String(head, 8, 4, StandardCharsets.ISO_8859_1));
    }

    record Detection(String mediaType, Optional<FileKind> kind) {}
}
