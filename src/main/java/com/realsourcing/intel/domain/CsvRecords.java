package com.realsourcing.intel.domain;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader that knows on which line each record starts (quoted fields may span lines), so an
 * import can point at the line of every rejected row. A byte-order mark at the start is skipped; an unterminated quote is reported as
 * a broken record rather than swallowing the rest of the file silently.
 */
final class CsvRecords {

    /** One record: its fields and the 1-based line it starts on; {@code problem} is set when it is malformed. */
    record Record(int line, List<String> fields, String problem) {}

    private final Reader in;
    private int line = 1;
    private int pending = -2;
    private boolean first = true;

    CsvRecords(Reader in) {
        this.in = in instanceof java.io.BufferedReader ? in : new java.io.BufferedReader(in, 1 << 16);
    }

    private int read() {
        try {
            if (pending != -2) {
                int c = pending;
                pending = -2;
                return c;
            }
            return in.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next record, or null at the end of input. Blank lines are skipped. */
    Record next() {
        while (true) {
            int c = read();
            if (first) {
                first = false;
                if (c == '\uFEFF') {
                    c = read();
                }
            }
            if (c == -1) {
                return null;
            }
            if (c == '\n') {
                line++;
                continue;
            }
            if (c == '\r') {
                continue;
            }
            pending = c;
            return record();
        }
    }

    private Record record() {
        int start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        String problem = null;
        while (true) {
            int c = read();
            if (c == -1) {
                if (quoted) {
                    problem = "unterminated quoted field";
                }
                fields.add(field.toString());
                return new Record(start, fields, problem);
            }
            if (quoted) {
                if (c == '"') {
                    int next = read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        pending = next;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (field.isEmpty() && !wasQuoted) {
                        quoted = true;
                        wasQuoted = true;
                    } else {
                        field.append('"');
                        if (problem == null) {
                            problem = "stray quote in field " + (fields.size() + 1);
                        }
                    }
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                }
                case '\r' -> {}
                case '\n' -> {
                    line++;
                    fields.add(field.toString());
                    return new Record(start, fields, problem);
                }
                default -> field.append((char) c);
            }
        }
    }
}
