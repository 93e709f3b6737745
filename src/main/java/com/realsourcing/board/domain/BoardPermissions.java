package com.realsourcing.board.domain;

import static com.realsourcing.shared.security.ModulePermissions.ADMIN;
import static com.realsourcing.shared.security.ModulePermissions.MEMBER;
import static com.realsourcing.shared.security.ModulePermissions.OPERATOR;
import static com.realsourcing.shared.security.ModulePermissions.OWNER;
import static com.realsourcing.shared.security.ModulePermissions.REVIEWER;
import static com.realsourcing.shared.security.ModulePermissions.SUPER_ADMIN;

import com.realsourcing.shared.security.Capability;
import com.realsourcing.shared.security.ModulePermissions;
import com.realsourcing.shared.security.PermissionDefinition;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The board's permissions (seed 002 三: 用户体系及功能权限). Which kinds an organisation may post follows from its
 * capabilities ({@link PostingKind#requires}); posting, quoting and applying put things in front of others, so
 * RESTRICTED accounts lose them (seed 七: 违规账号分级处理（限制发布/禁用）). Reviewers decide postings; operators keep
 * the word list, the managed lists, complaints and the dashboards.
 */
@Component
public class BoardPermissions implements ModulePermissions {

    private static final Set<String> MEMBERS = Set.of(OWNER, ADMIN, MEMBER);

    public static final String POSTING_PUBLISH = "board:posting:publish";
    public static final String POSTING_MANAGE = "board:posting:manage";
    public static final String QUOTE_SUBMIT = "board:quote:submit";
    public static final String QUOTE_DECIDE = "board:quote:decide";
    public static final String APPLICATION_SUBMIT = "board:application:submit";
    public static final String APPLICATION_DECIDE = "board:application:decide";
    public static final String CONTACT_CREATE = "board:contact:create";
    public static final String COMPLAINT_CREATE = "board:complaint:create";
    public static final String FAVOURITE_MANAGE = "board:favourite:manage";
    public static final String REVIEW_DECIDE = "board:review:decide";
    public static final String MODERATION_MANAGE = "board:moderation:manage";
    public static final String TERM_MANAGE = "board:term:manage";
    public static final String COMPLAINT_RESOLVE = "board:complaint:resolve";
    public static final String STATS_READ = "board:stats:read";
    public static final String ANNOUNCEMENT_MANAGE = "board:announcement:manage";
    public static final String FEEDBACK_SUBMIT = "board:feedback:submit";
    public static final String FEEDBACK_MANAGE = "board:feedback:manage";

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                // which kinds: PostingKind.requires, checked per posting against the organisation's capabilities
                PermissionDefinition.of(POSTING_PUBLISH, MEMBERS).publishes(),
                PermissionDefinition.of(POSTING_MANAGE, MEMBERS),
                PermissionDefinition.of(QUOTE_SUBMIT, MEMBERS)
                        .requires(Capability.MANUFACTURE)
                        .publishes(),
                PermissionDefinition.of(QUOTE_DECIDE, MEMBERS).requires(Capability.BUY_B2B),
                PermissionDefinition.of(APPLICATION_SUBMIT, MEMBERS).requires(Capability.WORK_TEMP),
                PermissionDefinition.of(APPLICATION_DECIDE, MEMBERS).requires(Capability.HIRE_WORKERS),
                PermissionDefinition.of(CONTACT_CREATE, MEMBERS),
                PermissionDefinition.of(COMPLAINT_CREATE, MEMBERS),
                PermissionDefinition.of(FAVOURITE_MANAGE, MEMBERS),
                PermissionDefinition.of(REVIEW_DECIDE, Set.of(SUPER_ADMIN, REVIEWER))
                        .requires(Capability.ADMINISTER_PLATFORM),
                PermissionDefinition.of(MODERATION_MANAGE, Set.of(SUPER_ADMIN, OPERATOR))
                        .requires(Capability.ADMINISTER_PLATFORM),
                PermissionDefinition.of(TERM_MANAGE, Set.of(SUPER_ADMIN, OPERATOR))
                        .requires(Capability.ADMINISTER_PLATFORM),
                PermissionDefinition.of(COMPLAINT_RESOLVE, Set.of(SUPER_ADMIN, OPERATOR, REVIEWER))
                        .requires(Capability.ADMINISTER_PLATFORM),
                PermissionDefinition.of(STATS_READ, Set.of(SUPER_ADMIN, OPERATOR, REVIEWER))
                        .requires(Capability.ADMINISTER_PLATFORM),
                // 公告管理 and 意见反馈 (seed 002 四: 系统维护, 个人中心)
                PermissionDefinition.of(ANNOUNCEMENT_MANAGE, Set.of(SUPER_ADMIN, OPERATOR))
                        .requires(Capability.ADMINISTER_PLATFORM),
                PermissionDefinition.of(FEEDBACK_SUBMIT, MEMBERS),
                PermissionDefinition.of(FEEDBACK_MANAGE, Set.of(SUPER_ADMIN, OPERATOR))
                        .requires(Capability.ADMINISTER_PLATFORM));
    }
}
