package com.realsourcing.board.domain;

import com.realsourcing.files.api.FileAccessPolicy;
import com.realsourcing.files.api.StoredFile;
import com.realsourcing.shared.security.AuthenticatedUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A quote's attachments (quotation sheets, specifications) stay the factory's files; the buyer whose demand the quote
 * answers reads them on its comparison page. Nobody else outside the factory does.
 */
@Component
class QuoteFileAccess implements FileAccessPolicy {

    private final JdbcClient jdbc;

    QuoteFileAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean mayRead(StoredFile file, AuthenticatedUser user) {
        return jdbc.sql(
                        """
                        select exists(select 1 from board.quotes q join board.postings p on p.id = q.posting_id
                                      where q.attachment_file_ids @> array[:id]::uuid[]
                                        and p.organization_id = :organization)
                        """)
                .param("id", file.id())
                .param("organization", user.organizationId())
                .query(Boolean.class)
                .single();
    }
}
