package com.realsourcing.directory.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organisations whose business licence was approved, one row each, the credit code unique across them. */
@Repository
public class VerifiedOrganizations {

    public record Verified(
            UUID organizationId, String companyName, String creditCode, UUID reviewId, Instant verifiedAt) {}

    private final JdbcClient jdbc;

    VerifiedOrganizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Verified> find(UUID organizationId) {
        return jdbc.sql("select * from directory.verified_organizations where organization_id = ?")
                .param(organizationId)
                .query(Verified.class)
                .optional();
    }

    Optional<Verified> findByCreditCode(String creditCode) {
        return jdbc.sql("select * from directory.verified_organizations where credit_code = ?")
                .param(creditCode)
                .query(Verified.class)
                .optional();
    }

    public boolean isVerified(UUID organizationId) {
        return jdbc.sql("select exists(select 1 from directory.verified_organizations where organization_id = ?)")
                .param(organizationId)
                .query(Boolean.class)
                .single();
    }

    void record(UUID organizationId, String companyName, String creditCode, UUID reviewId, Instant at) {
        jdbc.sql(
                        """
                        insert into directory.verified_organizations (organization_id, company_name, credit_code, review_id, verified_at)
                        values (?, ?, ?, ?, ?)
                        on conflict (organization_id) do update set company_name = excluded.company_name,
                            credit_code = excluded.credit_code, review_id = excluded.review_id, verified_at = excluded.verified_at
                        """)
                .params(organizationId, companyName, creditCode, reviewId, java.sql.Timestamp.from(at))
                .update();
    }
}
