package com.realsourcing.board.domain;

import com.realsourcing.files.api.FileAccessPolicy;
import com.realsourcing.files.api.StoredFile;
import com.realsourcing.shared.security.AuthenticatedUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Files on postings: signed-in users read the drawings and sample pictures of published postings (their photos
 * are public anyway); reviewers read every file of a posting they are asked to check, including those of a new
 * version under review.
 */
@Component
class PostingFileAccess implements FileAccessPolicy {

    private final JdbcClient jdbc;

    PostingFileAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean mayRead(StoredFile file, AuthenticatedUser user) {
        if (user.can(BoardPermissions.REVIEW_DECIDE) || user.can(BoardPermissions.COMPLAINT_RESOLVE)) {
            return jdbc.sql(
                            """
                            select exists(select 1 from board.postings where file_ids @> array[:id]::uuid[]
                                or jsonb_exists(pending_content -> 'fileIds', :text))
                            """)
                    .param("id", file.id())
                    .param("text", file.id().toString())
                    .query(Boolean.class)
                    .single();
        }
        return jdbc.sql(
                        """
                        select exists(select 1 from board.postings
                                      where file_ids @> array[:id]::uuid[] and status = 'PUBLISHED')
                        """)
                .param("id", file.id())
                .query(Boolean.class)
                .single();
    }
}
