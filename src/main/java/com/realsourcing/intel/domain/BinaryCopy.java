package com.realsourcing.intel.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * 2000-01-01, text as UTF-8 without NUL (text cannot hold one), text[] with its element type and dimension.
 */
final class BinaryCopy {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final long PG_EPOCH_SECONDS = 946_684_800L; // 2000-01-01T00:00:00Z
    private static final long PG_EPOCH_DAY = 10_957L;
    private static final int TEXT_OID = 25;

    private final ByteArrayOutputStream bytes;
    private final DataOutputStream out;
    private int rows;

    BinaryCopy(int expectedBytes) {
        bytes = new ByteArrayOutputStream(Math.max(64, expectedBytes));
        out = new DataOutputStream(bytes);
        try {
            out.write(SIGNATURE);
            out.writeInt(0); // flags: no OIDs
            out.writeInt(0); // no header extension
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int rows() {
        return rows;
    }

    BinaryCopy row(int fields) throws IOException {
        rows++;
        out.writeShort(fields);
        return this;
    }

    BinaryCopy uuid(UUID value) throws IOException {
        out.writeInt(16);
        out.writeLong(value.getMostSignificantBits());
        out.writeLong(value.getLeastSignificantBits());
        return this;
    }

    BinaryCopy text(String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return this;
        }
        byte[] utf8 = withoutNul(value).getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
        return this;
    }

    BinaryCopy int8(long value) throws IOException {
        out.writeInt(8);
        out.writeLong(value);
        return this;
    }

    BinaryCopy int4(Integer value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return this;
        }
        out.writeInt(4);
        out.writeInt(value);
        return this;
    }

    BinaryCopy bool(boolean value) throws IOException {
        out.writeInt(1);
        out.writeByte(value ? 1 : 0);
        return this;
    }

    BinaryCopy timestamptz(Instant value) throws IOException {
        out.writeInt(8);
        out.writeLong((value.getEpochSecond() - PG_EPOCH_SECONDS) * 1_000_000L + value.getNano() / 1_000);
        return this;
    }

    BinaryCopy date(LocalDate value) throws IOException {
        out.writeInt(4);
        out.writeInt((int) (value.toEpochDay() - PG_EPOCH_DAY));
        return this;
    }

    /** A one-dimensional text[] (an empty list is the zero-dimensional empty array, like '{}'). */
    BinaryCopy textArray(List<String> values) throws IOException {
        if (values.isEmpty()) {
            out.writeInt(12);
            out.writeInt(0); // dimensions
            out.writeInt(0); // no nulls
            out.writeInt(TEXT_OID);
            return this;
        }
        byte[][] elements = new byte[values.size()][];
        int length = 20;
        for (int i = 0; i < elements.length; i++) {
            elements[i] = withoutNul(values.get(i)).getBytes(StandardCharsets.UTF_8);
            length += 4 + elements[i].length;
        }
        out.writeInt(length);
        out.writeInt(1); // dimensions
        out.writeInt(0); // no nulls
        out.writeInt(TEXT_OID);
        out.writeInt(elements.length);
        out.writeInt(1); // lower bound
        for (byte[] element : elements) {
            out.writeInt(element.length);
            out.write(element);
        }
        return this;
    }

    /** Sends the rows: {@code target} is the table with its column list, in the order the rows give them. */
    void copyInto(Connection con, String target) throws SQLException {
        if (rows == 0) {
            return;
        }
        try {
            out.writeShort(-1); // trailer
            con.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "copy " + target + " from stdin (format binary)",
                            new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withoutNul(String value) {
        return value.indexOf('\u0000') < 0 ? value : value.replace("\u0000", "");
    }
}
