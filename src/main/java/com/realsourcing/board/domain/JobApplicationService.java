package com.realsourcing.board.domain;

import com.realsourcing.identity.api.IdentityApi;
import com.realsourcing.notify.api.Channel;
import com.realsourcing.notify.api.NotifyApi;
import com.realsourcing.notify.api.UserNotification;
import com.realsourcing.shared.domain.DomainException;
import com.realsourcing.shared.domain.Ids;
import com.realsourcing.shared.security.AuthenticatedUser;
import com.realsourcing.shared.security.Masking;
import com.realsourcing.shared.security.PiiProtection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 临时用工 applications (seed 002: 工人按地区/工种筛选后联系应聘；工厂接受或拒绝；双方保留应聘记录). A worker keeps a short
 * profile and applies with a copy of it; the factory sees the mobile number masked until it accepts; accepting is
 * one guarded statement, so a job never takes more people than its headcount.
 */
@Service
public class JobApplicationService {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    public enum Status {
        APPLIED,
        ACCEPTED,
        REJECTED,
        WITHDRAWN
    }

    /** What a worker tells factories about themselves. */
    public record Profile(
            String name,
            String mobile,
            String gender,
            Integer birthYear,
            int experienceYears,
            List<UUID> jobTypeIds,
            String provinceCode,
            String cityCode,
            String intro) {

        public Profile {
            jobTypeIds = jobTypeIds == null ? List.of() : List.copyOf(jobTypeIds);
            intro = intro == null ? "" : intro.strip();
        }
    }

    /** An application as one side sees it; {@code mobile} is masked for the factory until it accepts. */
    public record Application(
            UUID id,
            UUID postingId,
            String postingTitle,
            UUID factoryOrganizationId,
            UUID workerOrganizationId,
            String name,
            String mobile,
            String gender,
            Integer birthYear,
            int experienceYears,
            String intro,
            String message,
            Status status,
            String reason,
            Instant createdAt,
            Instant decidedAt) {}

    private final PostingRepository postings;
    private final JdbcClient jdbc;
    private final PiiProtection pii;
    private final TermService terms;
    private final IdentityApi identity;
    private final NotifyApi notify;
    private final Clock clock;

    JobApplicationService(
            PostingRepository postings,
            JdbcClient jdbc,
            PiiProtection pii,
            TermService terms,
            IdentityApi identity,
            NotifyApi notify,
            Clock clock) {
        this.postings = postings;
        this.jdbc = jdbc;
        this.pii = pii;
        this.terms = terms;
        this.identity = identity;
        this.notify = notify;
        this.clock = clock;
    }

    // ---- the worker's profile ----

    @Transactional(readOnly = true)
    public Optional<Profile> profile(AuthenticatedUser worker) {
        return jdbc.sql(
                        """
                        select name, mobile, gender, birth_year, experience_years, job_type_ids, province_code,
                               city_code, intro
                        from board.worker_profiles where organization_id = ?
                        """)
                .param(worker.organizationId())
                .query((rs, n) -> new Profile(
                        rs.getString(1),
                        pii.decrypt(rs.getString(2)),
                        rs.getString(3),
                        (Integer) rs.getObject(4),
                        rs.getInt(5),
                        List.of((UUID[]) rs.getArray(6).getArray()),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9)))
                .optional();
    }

    @Transactional
    public Profile saveProfile(AuthenticatedUser worker, Profile profile) {
        String mobile = profile.mobile() == null ? "" : profile.mobile().replaceAll("[\\s-]", "");
        if (!MOBILE.matcher(mobile).matches()) {
            throw DomainException.invalidField("mobile", BoardError.MOBILE_INVALID);
        }
        var found = terms.byIds(profile.jobTypeIds());
        for (UUID id : profile.jobTypeIds()) {
            Term term = found.get(id);
            if (term == null || term.getKind() != Term.Kind.JOB_TYPE) {
                throw DomainException.invalidField("jobTypeIds", BoardError.TERM_INVALID);
            }
        }
        jdbc.sql(
                        """
                        insert into board.worker_profiles (organization_id, user_id, name, mobile, gender, birth_year,
                            experience_years, job_type_ids, province_code, city_code, intro, updated_at)
                        values (:org, :user, :name, :mobile, :gender, :birthYear, :experience, :jobTypes, :province,
                            :city, :intro, :now)
                        on conflict (organization_id) do update set user_id = excluded.user_id, name = excluded.name,
                            mobile = excluded.mobile, gender = excluded.gender, birth_year = excluded.birth_year,
                            experience_years = excluded.experience_years, job_type_ids = excluded.job_type_ids,
                            province_code = excluded.province_code, city_code = excluded.city_code,
                            intro = excluded.intro, updated_at = excluded.updated_at
                        """)
                .param("org", worker.organizationId())
                .param("user", worker.userId())
                .param("name", profile.name().strip())
                .param("mobile", pii.encrypt(mobile))
                .param("gender", profile.gender())
                .param("birthYear", profile.birthYear())
                .param("experience", profile.experienceYears())
                .param("jobTypes", profile.jobTypeIds().toArray(UUID[]::new))
                .param("province", profile.provinceCode())
                .param("city", profile.cityCode())
                .param("intro", profile.intro())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return profile(worker).orElseThrow();
    }

    // ---- applying ----

    @Transactional
    public Application apply(AuthenticatedUser worker, UUID postingId, String message) {
        Posting job = postings.findById(postingId).filter(Posting::isPublished).orElseThrow(PostingService::notFound);
        if (job.getKind() != PostingKind.JOB) {
            throw DomainException.badRequest(BoardError.NOT_A_JOB);
        }
        if (!job.getValidUntil().isAfter(clock.instant())
                || (job.getHeadcount() != null && job.getAcceptedCount() >= job.getHeadcount())) {
            throw DomainException.conflict(BoardError.JOB_CLOSED);
        }
        Profile profile = profile(worker).orElseThrow(() -> DomainException.badRequest(BoardError.PROFILE_REQUIRED));
        String note = message == null ? "" : message.strip();
        Instant now = clock.instant();
        UUID id = Ids.newId();
        // a withdrawn application may be made again: it comes back as applied with the current profile
        int written;
        try {
            written = jdbc.sql(
                            """
                            insert into board.job_applications (id, posting_id, factory_organization_id,
                                worker_organization_id, worker_user_id, name, mobile, gender, birth_year,
                                experience_years, intro, message, status, created_at)
                            values (:id, :posting, :factory, :workerOrg, :workerUser, :name, :mobile, :gender,
                                :birthYear, :experience, :intro, :message, 'APPLIED', :now)
                            on conflict (posting_id, worker_organization_id) do update set status = 'APPLIED',
                                name = excluded.name, mobile = excluded.mobile, gender = excluded.gender,
                                birth_year = excluded.birth_year, experience_years = excluded.experience_years,
                                intro = excluded.intro, message = excluded.message, created_at = excluded.created_at,
                                decided_at = null, reason = null, version = board.job_applications.version + 1
                            where board.job_applications.status = 'WITHDRAWN'
                            """)
                    .param("id", id)
                    .param("posting", postingId)
                    .param("factory", job.getOrganizationId())
                    .param("workerOrg", worker.organizationId())
                    .param("workerUser", worker.userId())
                    .param("name", profile.name())
                    .param("mobile", pii.encrypt(profile.mobile()))
                    .param("gender", profile.gender())
                    .param("birthYear", profile.birthYear())
                    .param("experience", profile.experienceYears())
                    .param("intro", profile.intro())
                    .param("message", note)
                    .param("now", Timestamp.from(now))
                    .update();
        } catch (DuplicateKeyException e) {
            written = 0;
        }
        if (written == 0) {
            throw DomainException.conflict(BoardError.ALREADY_APPLIED);
        }
        jdbc.sql("update board.postings set application_count = application_count + 1 where id = ?")
                .param(postingId)
                .update();
        identity.membersOf(job.getOrganizationId())
                .forEach(user -> notify.notifyUser(new UserNotification(
                        user,
                        "board",
                        "notify.board.application-received",
                        Map.of("worker", profile.name(), "title", job.getTitle()),
                        "/board/postings/" + postingId + "/applications",
                        EnumSet.of(Channel.IN_APP))));
        return mineFor(worker, postingId);
    }

    @Transactional
    public Application withdraw(AuthenticatedUser worker, UUID applicationId) {
        int updated = jdbc.sql(
                        """
                        update board.job_applications set status = 'WITHDRAWN', decided_at = :now,
                            version = version + 1
                        where id = :id and worker_organization_id = :org and status = 'APPLIED'
                        """)
                .param("id", applicationId)
                .param("org", worker.organizationId())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        Application application = find(applicationId, worker.organizationId(), false);
        if (updated == 0) {
            throw DomainException.conflict(
                    BoardError.APPLICATION_DECIDED, application.status().name());
        }
        return application;
    }

    /** The factory accepts or rejects an application to its job; accepting stops at the headcount. */
    @Transactional
    public Application decide(AuthenticatedUser factory, UUID applicationId, boolean accept, String reason) {
        Application application = find(applicationId, factory.organizationId(), true);
        if (application.status() != Status.APPLIED) {
            throw DomainException.conflict(
                    BoardError.APPLICATION_DECIDED, application.status().name());
        }
        Instant now = clock.instant();
        if (accept) {
            int seat = jdbc.sql(
                            """
                            update board.postings set accepted_count = accepted_count + 1
                            where id = ? and (headcount is null or accepted_count < headcount)
                            """)
                    .param(application.postingId())
                    .update();
            if (seat == 0) {
                throw DomainException.conflict(BoardError.HEADCOUNT_FILLED);
            }
        }
        int updated = jdbc.sql(
                        """
                        update board.job_applications set status = :status, reason = :reason, decided_at = :now,
                            version = version + 1
                        where id = :id and factory_organization_id = :org and status = 'APPLIED'
                        """)
                .param("status", accept ? "ACCEPTED" : "REJECTED")
                .param("reason", reason == null || reason.isBlank() ? null : reason.strip())
                .param("now", Timestamp.from(now))
                .param("id", applicationId)
                .param("org", factory.organizationId())
                .update();
        if (updated == 0) {
            // decided by someone else meanwhile: undo nothing by hand, the transaction rolls the seat back
            throw DomainException.conflict(BoardError.APPLICATION_DECIDED, Status.APPLIED.name());
        }
        String title = postings.findById(application.postingId())
                .map(Posting::getTitle)
                .orElse("");
        UUID workerUser = jdbc.sql("select worker_user_id from board.job_applications where id = ?")
                .param(applicationId)
                .query(UUID.class)
                .single();
        notify.notifyUser(new UserNotification(
                workerUser,
                "board",
                "notify.board.application-" + (accept ? "accepted" : "rejected"),
                Map.of("title", title, "reason", reason == null ? "" : reason.strip()),
                "/board/applications",
                EnumSet.of(Channel.IN_APP, Channel.SMS, Channel.WECHAT)));
        return find(applicationId, factory.organizationId(), true);
    }

    /** The worker's own applications (应聘记录). */
    @Transactional(readOnly = true)
    public List<Application> ofWorker(AuthenticatedUser worker) {
        return query(false, "a.worker_organization_id = ?", worker.organizationId());
    }

    /** Applications to the factory's jobs, optionally of one job (masked numbers until accepted). */
    @Transactional(readOnly = true)
    public List<Application> ofFactory(AuthenticatedUser factory, UUID postingId) {
        if (postingId != null) {
            postings.findByIdAndOrganizationId(postingId, factory.organizationId())
                    .orElseThrow(PostingService::notFound);
            return query(
                    true, "a.factory_organization_id = ? and a.posting_id = ?", factory.organizationId(), postingId);
        }
        return query(true, "a.factory_organization_id = ?", factory.organizationId());
    }

    private Application mineFor(AuthenticatedUser worker, UUID postingId) {
        return query(false, "a.worker_organization_id = ? and a.posting_id = ?", worker.organizationId(), postingId)
                .get(0);
    }

    private Application find(UUID id, UUID organizationId, boolean asFactory) {
        String column = asFactory ? "a.factory_organization_id" : "a.worker_organization_id";
        return query(asFactory, column + " = ? and a.id = ?", organizationId, id).stream()
                .findFirst()
                .orElseThrow(() -> DomainException.notFound(BoardError.APPLICATION_NOT_FOUND));
    }

    private List<Application> query(boolean forFactory, String where, Object... params) {
        return jdbc.sql(
                        """
                        select a.id, a.posting_id, p.title, a.factory_organization_id, a.worker_organization_id,
                               a.name, a.mobile, a.gender, a.birth_year, a.experience_years, a.intro, a.message,
                               a.status, a.reason, a.created_at, a.decided_at
                        from board.job_applications a join board.postings p on p.id = a.posting_id
                        where """
                                + " " + where + " order by a.created_at desc limit 500")
                .params(params)
                .query((rs, n) -> {
                    Status status = Status.valueOf(rs.getString(13));
                    String mobile = pii.decrypt(rs.getString(7));
                    boolean reveal = !forFactory || status == Status.ACCEPTED;
                    return new Application(
                            rs.getObject(1, UUID.class),
                            rs.getObject(2, UUID.class),
                            rs.getString(3),
                            rs.getObject(4, UUID.class),
                            rs.getObject(5, UUID.class),
                            rs.getString(6),
                            reveal ? mobile : Masking.mobile(mobile),
                            rs.getString(8),
                            (Integer) rs.getObject(9),
                            rs.getInt(10),
                            rs.getString(11),
                            rs.getString(12),
                            status,
                            rs.getString(14),
                            rs.getTimestamp(15).toInstant(),
                            rs.getTimestamp(16) == null
                                    ? null
                                    : rs.getTimestamp(16).toInstant());
                })
                .list();
    }
}
