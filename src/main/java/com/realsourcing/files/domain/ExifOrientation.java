package com.realsourcing.files.domain;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;

/**
 * Re-encoding drops EXIF, including the orientation tag phones use instead of rotating pixels; without it those
 * photos would show sideways. So the tag is read from the original JPEG and applied to the pixels first.
 */
final class ExifOrientation {

    static final int NORMAL = 1;

    private ExifOrientation() {}

    /** The EXIF orientation (1–8) of a JPEG, or 1 when there is none or it cannot be read. */
    static int read(byte[] jpeg) {
        if (jpeg.length < 4 || u8(jpeg, 0) != 0xFF || u8(jpeg, 1) != 0xD8) {
            return NORMAL;
        }
        int pos = 2;
        while (pos + 4 <= jpeg.length) {
            if (u8(jpeg, pos) != 0xFF) {
                return NORMAL;
            }
            int marker = u8(jpeg, pos + 1);
            if (marker == 0xFF) {
                pos++; // fill byte
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) {
                return NORMAL; // start of scan or end of image: no metadata follows
            }
            int length = (u8(jpeg, pos + 2) << 8) | u8(jpeg, pos + 3);
            int start = pos + 4;
            int end = pos + 2 + length;
            if (length < 2 || end > jpeg.length) {
                return NORMAL;
            }
            if (marker == 0xE1
                    && length >= 8
                    && "Exif\0\0".equals(new String(jpeg, start, 6, StandardCharsets.ISO_8859_1))) {
                return fromTiff(jpeg, start + 6, end);
            }
            pos = end;
        }
        return NORMAL;
    }

    private static int fromTiff(byte[] b, int tiff, int end) {
        if (tiff + 8 > end) {
            return NORMAL;
        }
        boolean little;
        if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
            little = true;
        } else if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
            little = false;
        } else {
            return NORMAL;
        }
        long ifd = u32(b, tiff + 4, little);
        if (ifd < 8 || tiff + ifd + 2 > end) {
            return NORMAL;
        }
        int entries = tiff + (int) ifd;
        int count = u16(b, entries, little);
        for (int i = 0; i < count; i++) {
            int entry = entries + 2 + 12 * i;
            if (entry + 12 > end) {
                return NORMAL;
            }
            if (u16(b, entry, little) == 0x0112) {
                int value = u16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : NORMAL;
            }
        }
        return NORMAL;
    }

    /** The image turned so it looks the way the orientation tag says it should. */
    static BufferedImage apply(BufferedImage source, int orientation) {
        if (orientation <= NORMAL || orientation > 8) {
            return source;
        }
        int w = source.getWidth();
        int h = source.getHeight();
        // Matrices map pixel (x, y) of the stored image to its place in the displayed one.
        AffineTransform transform =
                switch (orientation) {
                    case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0); // mirror horizontally
                    case 3 -> new AffineTransform(-1, 0, 0, -1, w, h); // rotate 180
                    case 4 -> new AffineTransform(1, 0, 0, -1, 0, h); // mirror vertically
                    case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0); // transpose
                    case 6 -> new AffineTransform(0, 1, -1, 0, h, 0); // rotate 90 clockwise
                    case 7 -> new AffineTransform(0, -1, -1, 0, h, w); // transverse
                    default -> new AffineTransform(0, -1, 1, 0, 0, w); // 8: rotate 90 counter-clockwise
                };
        boolean swap = orientation >= 5;
        BufferedImage target = new BufferedImage(
                swap ? h : w,
                swap ? w : h,
                source.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.drawImage(source, transform, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    private static int u16(byte[] b, int i, boolean little) {
        return little ? u8(b, i) | u8(b, i + 1) << 8 : u8(b, i) << 8 | u8(b, i + 1);
    }

    private static long u32(byte[] b, int i, boolean little) {
        long value = little
                ? (long) u8(b, i) | (long) u8(b, i + 1) << 8 | (long) u8(b, i + 2) << 16 | (long) u8(b, i + 3) << 24
                : (long) u8(b, i) << 24 | (long) u8(b, i + 1) << 16 | (long) u8(b, i + 2) << 8 | u8(b, i + 3);
        return value & 0xFFFFFFFFL;
    }
}
