package com.realsourcing.intel.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * Rows in PostgreSQL's binary {@code COPY} format: the server stores each value as sent instead of parsing text (a
 * tenth of its time per imported video went to parsing the text format). Values as PostgreSQL's {@code *_recv}
 * functions read them: uuid 16 bytes, int8/int4 big-endian, timestamptz microseconds and date days since
 * 2000-01-01, text as UTF-8 without NUL (text cannot hold one), text[] with its element type and dimension. Values
 * are encoded straight into one growing array (no stream, no byte array per string: a tenth of the import's
 * allocations went to those).
 */
final class BinaryCopy {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final long PG_EPOCH_SECONDS = 946_684_800L; // 2000-01-01T00:00:00Z
    private static final long PG_EPOCH_DAY = 10_957L;
    private static final int TEXT_OID = 25;

    private byte[] buf;
    private int size;
    private int rows;
    /** For a value written as text before it is encoded (the rule labels' JSON), reused row after row. */
    private final StringBuilder scratch = new StringBuilder(256);

    BinaryCopy(int expectedBytes) {
        buf = new byte[Math.max(64, expectedBytes)];
        System.arraycopy(SIGNATURE, 0, buf, 0, SIGNATURE.length);
        size = SIGNATURE.length;
        putInt(0); // flags: no OIDs
        putInt(0); // no header extension
    }

    BinaryCopy row(int fields) {
        rows++;
        ensure(2);
        buf[size++] = (byte) (fields >>> 8);
        buf[size++] = (byte) fields;
        return this;
    }

    BinaryCopy uuid(UUID value) {
        putInt(16);
        putLong(value.getMostSignificantBits());
        putLong(value.getLeastSignificantBits());
        return this;
    }

    BinaryCopy text(CharSequence value) {
        if (value == null) {
            putInt(-1);
            return this;
        }
        int lengthAt = size;
        putInt(0);
        int start = size;
        utf8(value);
        setInt(lengthAt, size - start);
        return this;
    }

    /** A value the caller writes as text into the given builder first (emptied for it), then sent as text. */
    BinaryCopy text(java.util.function.Consumer<StringBuilder> value) {
        scratch.setLength(0);
        value.accept(scratch);
        return text(scratch);
    }

    BinaryCopy int8(long value) {
        putInt(8);
        putLong(value);
        return this;
    }

    BinaryCopy int4(Integer value) {
        if (value == null) {
            putInt(-1);
            return this;
        }
        putInt(4);
        putInt(value);
        return this;
    }

    BinaryCopy bool(boolean value) {
        putInt(1);
        ensure(1);
        buf[size++] = (byte) (value ? 1 : 0);
        return this;
    }

    BinaryCopy timestamptz(Instant value) {
        putInt(8);
        putLong((value.getEpochSecond() - PG_EPOCH_SECONDS) * 1_000_000L + value.getNano() / 1_000);
        return this;
    }

    BinaryCopy date(LocalDate value) {
        putInt(4);
        putInt((int) (value.toEpochDay() - PG_EPOCH_DAY));
        return this;
    }

    /** A one-dimensional text[] (an empty list is the zero-dimensional empty array, like '{}'). */
    BinaryCopy textArray(List<String> values) {
        if (values.isEmpty()) {
            putInt(12);
            putInt(0); // dimensions
            putInt(0); // no nulls
            putInt(TEXT_OID);
            return this;
        }
        int lengthAt = size;
        putInt(0);
        int start = size;
        putInt(1); // dimensions
        putInt(0); // no nulls
        putInt(TEXT_OID);
        putInt(values.size());
        putInt(1); // lower bound
        for (String value : values) {
            text(value);
        }
        setInt(lengthAt, size - start);
        return this;
    }

    /** Sends the rows: {@code target} is the table with its column list, in the order the rows give them. */
    void copyInto(Connection con, String target) throws SQLException {
        if (rows == 0) {
            return;
        }
        try {
            ensure(2);
            buf[size++] = (byte) 0xFF; // trailer: -1 as a 16-bit field count
            buf[size++] = (byte) 0xFF;
            con.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy " + target + " from stdin (format binary)", new ByteArrayInputStream(buf, 0, size));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes so far (for tests). */
    byte[] bytes() {
        return java.util.Arrays.copyOf(buf, size);
    }

    /**
     * The value as UTF-8, exactly as {@code String.getBytes(UTF_8)} encodes it (a lone surrogate becomes '?'), without
     * NUL characters.
     */
    private void utf8(CharSequence value) {
        int n = value.length();
        ensure(3 * n); // at most three bytes per char (four per surrogate pair, which is two chars)
        byte[] b = buf;
        int at = size;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                if (c != 0) {
                    b[at++] = (byte) c;
                }
            } else if (c < 0x800) {
                b[at++] = (byte) (0xC0 | c >> 6);
                b[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, value.charAt(++i));
                b[at++] = (byte) (0xF0 | cp >> 18);
                b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[at++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                b[at++] = '?';
            } else {
                b[at++] = (byte) (0xE0 | c >> 12);
                b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        size = at;
    }

    private void putInt(int value) {
        ensure(4);
        setInt(size, value);
        size += 4;
    }

    private void setInt(int at, int value) {
        buf[at] = (byte) (value >>> 24);
        buf[at + 1] = (byte) (value >>> 16);
        buf[at + 2] = (byte) (value >>> 8);
        buf[at + 3] = (byte) value;
    }

    private void putLong(long value) {
        putInt((int) (value >>> 32));
        putInt((int) value);
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }
}
