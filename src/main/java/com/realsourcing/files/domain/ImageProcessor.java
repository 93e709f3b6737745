package com.realsourcing.files.domain;

import com.realsourcing.shared.domain.DomainException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Re-encodes uploaded images so only pixels survive: EXIF (GPS, camera serials), comments, and anything appended
 * to the file (a zip behind a JPEG) are gone. JPEG stays JPEG, PNG and GIF become PNG (a GIF keeps its first
 * frame). Dimensions are read from the header first, so a decompression bomb is refused before its raster is
 * allocated, and only a few images decode at once to bound memory.
 */
final class ImageProcessor {

    private final long maxPixels;
    private final int thumbnailSize;
    private final float jpegQuality;
    private final Semaphore decodes;

    ImageProcessor(long maxPixels, int thumbnailSize, float jpegQuality, int maxConcurrentDecodes) {
        this.maxPixels = maxPixels;
        this.thumbnailSize = thumbnailSize;
        this.jpegQuality = jpegQuality;
        this.decodes = new Semaphore(Math.max(1, maxConcurrentDecodes), true);
    }

    ImageProcessor(FilesProperties properties) {
        this(
                properties.maxImagePixels(),
                properties.thumbnailSize(),
                properties.jpegQuality(),
                properties.maxConcurrentImageDecodes());
    }

    /** A cleaned image: what to store, its size in pixels, and a thumbnail (null when we cannot decode the type). */
    record ProcessedImage(FileKind kind, byte[] bytes, int width, int height, byte[] thumbnail) {}

    ProcessedImage process(FileKind kind, byte[] original) {
        if (kind == FileKind.WEBP) {
            WebpImage webp;
            try {
                webp = WebpImage.sanitize(original);
            } catch (IllegalArgumentException | IndexOutOfBoundsException malformed) {
                throw FilesError.imageUnreadable();
            }
            checkPixels(webp.width(), webp.height());
            return new ProcessedImage(kind, webp.bytes(), webp.width(), webp.height(), null);
        }
        decodes.acquireUninterruptibly();
        try {
            BufferedImage image = decode(kind, original);
            if (kind == FileKind.JPEG) {
                image = ExifOrientation.apply(image, ExifOrientation.read(original));
            }
            FileKind stored = kind.storedAs();
            byte[] bytes = encode(image, stored, jpegQuality);
            byte[] thumbnail = encode(scaleToFit(image, thumbnailSize), stored, Math.min(jpegQuality, 0.85f));
            return new ProcessedImage(stored, bytes, image.getWidth(), image.getHeight(), thumbnail);
        } finally {
            decodes.release();
        }
    }

    private BufferedImage decode(FileKind kind, byte[] bytes) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(kind.mediaType());
        if (!readers.hasNext()) {
            throw FilesError.imageUnreadable();
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            checkPixels(reader.getWidth(0), reader.getHeight(0));
            BufferedImage image = reader.read(0);
            if (image == null) {
                throw FilesError.imageUnreadable();
            }
            return image;
        } catch (DomainException e) {
            throw e;
        } catch (IOException | RuntimeException unreadable) {
            // corrupt data, an unsupported variant (CMYK JPEG, 16-bit GIF …), or a header that lies
            throw FilesError.imageUnreadable();
        } finally {
            reader.dispose();
        }
    }

    private void checkPixels(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw FilesError.imageUnreadable();
        }
        if ((long) width * height > maxPixels) {
            throw FilesError.tooManyPixels(maxPixels);
        }
    }

    static byte[] encode(BufferedImage image, FileKind kind, float quality) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean jpeg = kind == FileKind.JPEG;
        BufferedImage source = jpeg ? withoutAlpha(image) : image;
        ImageWriter writer =
                ImageIO.getImageWritersByFormatName(jpeg ? "jpeg" : "png").next();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (jpeg) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
            }
            writer.write(null, new IIOImage(source, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode image", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Scaled so the longest side is at most {@code max}, halving step by step so downscaling stays smooth. */
    static BufferedImage scaleToFit(BufferedImage image, int max) {
        int width = image.getWidth();
        int height = image.getHeight();
        double scale = Math.min(1.0, (double) max / Math.max(width, height));
        int targetWidth = Math.max(1, (int) Math.round(width * scale));
        int targetHeight = Math.max(1, (int) Math.round(height * scale));
        BufferedImage current = image;
        while (current.getWidth() / 2 >= targetWidth && current.getHeight() / 2 >= targetHeight) {
            current = resize(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        if (current.getWidth() != targetWidth || current.getHeight() != targetHeight || current == image) {
            current = resize(current, targetWidth, targetHeight);
        }
        return current;
    }

    private static BufferedImage resize(BufferedImage source, int width, int height) {
        boolean alpha = source.getColorModel().hasAlpha();
        BufferedImage target =
                new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static BufferedImage withoutAlpha(BufferedImage image) {
        int type = image.getType();
        if (type == BufferedImage.TYPE_INT_RGB
                || type == BufferedImage.TYPE_3BYTE_BGR
                || type == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
