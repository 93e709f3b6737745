package com.realsourcing.notify.domain;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutgoingMessageRepository extends JpaRepository<OutgoingMessage, UUID> {

    /** Records the outcome once: only a PENDING row changes. */
    @Modifying
    @Query(
            """
            update OutgoingMessage m
               set m.status = :status, m.providerMessageId = :providerMessageId, m.error = :error,
                   m.completedAt = :now
             where m.id = :id and m.status = com.realsourcing.notify.domain.OutgoingMessage.Status.PENDING
            """)
    int complete(
            @Param("id") UUID id,
            @Param("status") OutgoingMessage.Status status,
            @Param("providerMessageId") String providerMessageId,
            @Param("error") String error,
            @Param("now") Instant now);
}
