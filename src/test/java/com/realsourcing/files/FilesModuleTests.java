package com.realsourcing.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.realsourcing.files.api.FileVisibility;
import com.realsourcing.files.api.FilesApi;
import com.realsourcing.files.api.StoredFile;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/** The files module on its own, used the way other modules use it: through {@link FilesApi}. */
@ApplicationModuleTest
class FilesModuleTests {

    @Autowired
    FilesApi files;

    private final UUID organization = Ids.newId();

    @Test
    void storesAGeneratedFileForAnOrganisationAndChangesWhoMayReadIt() {
        StoredFile poster =
                files.store(organization, Ids.newId(), "海报.png", TestFiles.png(640, 360), FileVisibility.ORGANIZATION);

        assertThat(poster.contentType()).isEqualTo("image/png");
        assertThat(poster.thumbnail()).isTrue();
        assertThat(files.findOwnedBy(poster.id(), organization)).isPresent();
        assertThat(files.findOwnedBy(poster.id(), Ids.newId())).isEmpty();

        files.changeVisibility(poster.id(), FileVisibility.PUBLIC);

        assertThat(files.find(poster.id()))
                .get()
                .extracting(StoredFile::visibility)
                .isEqualTo(FileVisibility.PUBLIC);
    }

    @Test
    void appliesTheSameContentChecksAsUploads() {
        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> files.store(organization, Ids.newId(), "report.pdf", script, FileVisibility.PUBLIC))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("files.type-not-allowed"));
    }
}
