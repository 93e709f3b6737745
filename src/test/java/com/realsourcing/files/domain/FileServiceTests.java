package com.realsourcing.files.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.realsourcing.files.TestFiles;
import com.realsourcing.files.api.FileAccessPolicy;
import com.realsourcing.files.api.FileVisibility;
import com.realsourcing.files.infra.LocalFileStorage;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.security.AuthenticatedUser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.io.Resource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The write order: bytes first, row second, and never one without the other. */
class FileServiceTests {

    private static final UUID ORGANIZATION = UUID.randomUUID();
    private static final UUID USER = UUID.randomUUID();

    @TempDir
    Path root;

    private final UploadRepository uploads = mock(UploadRepository.class);

    @Test
    void deletesTheStoredBytesWhenTheRowCannotBeWritten() throws IOException {
        when(uploads.saveAndFlush(any())).thenThrow(new DataIntegrityViolationException("duplicate key"));
        FileService service = service(new LocalFileStorage(root));

        assertThatThrownBy(() ->
                        service.store(ORGANIZATION, USER, "a.png", TestFiles.png(400, 400), FileVisibility.PUBLIC))
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void writesNoRowWhenTheBytesCannotBeStored() {
        FileStorage broken = new FailingStorage(new LocalFileStorage(root), key -> true);
        FileService service = service(broken);

        assertThatThrownBy(() -> service.store(ORGANIZATION, USER, "a.pdf", TestFiles.pdf(), FileVisibility.PUBLIC))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("files.storage-unavailable"));

        verify(uploads, never()).saveAndFlush(any());
    }

    @Test
    void removesTheImageWhenItsThumbnailCannotBeStored() throws IOException {
        FileStorage thumbnailsBroken = new FailingStorage(new LocalFileStorage(root), key -> key.endsWith(".thumb"));
        FileService service = service(thumbnailsBroken);

        assertThatThrownBy(
                        () -> service.store(ORGANIZATION, USER, "a.jpg", TestFiles.jpeg(50, 50), FileVisibility.PUBLIC))
                .isInstanceOf(DomainException.class);

        assertThat(storedFiles()).isEmpty();
        verify(uploads, never()).saveAndFlush(any());
    }

    @Test
    void storesBytesAndRowTogether() throws IOException {
        when(uploads.saveAndFlush(any())).thenAnswer(invocation -> invocation.getArgument(0));
        FileService service = service(new LocalFileStorage(root));

        var stored = service.store(ORGANIZATION, USER, "scan.pdf", TestFiles.pdf(), FileVisibility.ORGANIZATION);

        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.size()).isEqualTo(TestFiles.pdf().length);
        assertThat(storedFiles()).containsExactly(root.resolve(ORGANIZATION + "/" + stored.id()));
    }

    @Test
    void letsAnAccessPolicyAdmitMembersOfOtherOrganisations() {
        java.util.concurrent.atomic.AtomicReference<Upload> saved = new java.util.concurrent.atomic.AtomicReference<>();
        when(uploads.saveAndFlush(any())).thenAnswer(invocation -> {
            saved.set(invocation.getArgument(0));
            return saved.get();
        });
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("reviewersReadLicences", (FileAccessPolicy) (file, user) -> "REVIEWER".equals(user.role()));
        FileService service = service(new LocalFileStorage(root), beans);
        var licence = service.store(ORGANIZATION, USER, "licence.pdf", TestFiles.pdf(), FileVisibility.ORGANIZATION);
        when(uploads.findById(licence.id())).thenReturn(java.util.Optional.of(saved.get()));
        UUID platform = UUID.randomUUID();

        try {
            signIn(new AuthenticatedUser(
                    UUID.randomUUID(), "Reviewer", platform, "REVIEWER", Set.of(), Set.of(), false));
            assertThat(service.open(licence.id(), false).file().id()).isEqualTo(licence.id());

            signIn(new AuthenticatedUser(
                    UUID.randomUUID(), "Stranger", platform, "MEMBER", Set.of("files:file:read"), Set.of(), false));
            assertThatThrownBy(() -> service.open(licence.id(), false))
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.code()).isEqualTo("files.not-found"));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void signIn(AuthenticatedUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, java.util.List.of()));
    }

    private FileService service(FileStorage storage) {
        return service(storage, new StaticListableBeanFactory());
    }

    private FileService service(FileStorage storage, StaticListableBeanFactory beans) {
        FilesProperties properties = Binder.get(new org.springframework.core.env.StandardEnvironment())
                .bindOrCreate("realsourcing.files", Bindable.of(FilesProperties.class));
        Clock clock = Clock.fixed(Instant.parse("2025-05-01T08:00:00Z"), ZoneOffset.UTC);
        return new FileService(uploads, storage, properties, clock, beans.getBeanProvider(FileAccessPolicy.class));
    }

    private java.util.List<Path> storedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    /** Delegates, but fails {@code put} for the keys it is told to. */
    private record FailingStorage(FileStorage delegate, java.util.function.Predicate<String> failFor)
            implements FileStorage {

        @Override
        public void put(String key, InputStream content, long length, String contentType) throws IOException {
            if (failFor.test(key)) {
                throw new IOException("disk full");
            }
            delegate.put(key, content, length, contentType);
        }

        @Override
        public Resource get(String key) {
            return delegate.get(key);
        }

        @Override
        public void delete(String key) throws IOException {
            delegate.delete(key);
        }
    }
}
