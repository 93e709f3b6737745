package com.realsourcing.notify.domain;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Upserts take already-encrypted addresses (see {@code PiiProtection}), in the converter's format. */
interface RecipientProfileRepository extends JpaRepository<RecipientProfile, UUID> {

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            nativeQuery = true,
            value =
                    """
                    insert into notify.recipients (user_id, locale, time_zone, email, mobile, updated_at)
                    values (:userId, :locale, :timeZone, :email, :mobile, :now)
                    on conflict (user_id) do update
                       set locale = excluded.locale, time_zone = excluded.time_zone, email = excluded.email,
                           mobile = excluded.mobile, updated_at = excluded.updated_at
                    """)
    void upsert(
            @Param("userId") UUID userId,
            @Param("locale") String locale,
            @Param("timeZone") String timeZone,
            @Param("email") String encryptedEmail,
            @Param("mobile") String encryptedMobile,
            @Param("now") Instant now);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            nativeQuery = true,
            value =
                    """
                    insert into notify.recipients (user_id, locale, time_zone, wechat_open_id, updated_at)
                    values (:userId, :locale, :timeZone, :openId, :now)
                    on conflict (user_id) do update
                       set wechat_open_id = excluded.wechat_open_id, updated_at = excluded.updated_at
                    """)
    void linkWeChat(
            @Param("userId") UUID userId,
            @Param("locale") String defaultLocale,
            @Param("timeZone") String defaultTimeZone,
            @Param("openId") String encryptedOpenId,
            @Param("now") Instant now);
}
