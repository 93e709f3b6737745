package com.realsourcing.directory.domain;

import com.realsourcing.files.api.FileAccessPolicy;
import com.realsourcing.files.api.StoredFile;
import com.realsourcing.shared.security.AuthenticatedUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reviewers read the licences and certificate evidence they are asked to check, which belong to other
 * organisations and stay private to everyone else.
 */
@Component
class DirectoryFileAccess implements FileAccessPolicy {

    private final JdbcClient jdbc;

    DirectoryFileAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean mayRead(StoredFile file, AuthenticatedUser user) {
        if (!user.can(DirectoryPermissions.REVIEW_DECIDE)) {
            return false;
        }
        return jdbc.sql(
                        """
                        select exists(select 1 from directory.licence_reviews where licence_file_id = :id)
                            or exists(select 1 from directory.certifications where evidence_file_id = :id)
                        """)
                .param("id", file.id())
                .query(Boolean.class)
                .single();
    }
}
