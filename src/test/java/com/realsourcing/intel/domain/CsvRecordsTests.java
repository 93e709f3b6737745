package com.realsourcing.intel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CsvRecordsTests {

    @Test
    void knowsTheLineEachRecordStartsOnAcrossQuotedLineBreaks() {
        CsvRecords records =
                new CsvRecords(new StringReader("\uFEFFa,b\n1,\"two\nlines\"\n\n3,\"say \"\"hi\"\"\"\r\n4,\"open\n"));
        assertThat(records.next()).satisfies(r -> assertThat(r.fields()).containsExactly("a", "b"));
        CsvRecords.Record second = records.next();
        assertThat(second.line()).isEqualTo(2);
        assertThat(second.fields()).containsExactly("1", "two\nlines");
        CsvRecords.Record third = records.next();
        assertThat(third.line()).isEqualTo(5);
        assertThat(third.fields()).containsExactly("3", "say \"hi\"");
        assertThat(third.problem()).isNull();
        CsvRecords.Record broken = records.next();
        assertThat(broken.line()).isEqualTo(6);
        assertThat(broken.problem()).contains("unterminated");
        assertThat(records.next()).isNull();
    }
}
