package com.realsourcing.identity.domain;

import com.realsourcing.identity.api.OrganizationType;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo organisations of every type with their users (profile {@code demo} only). Idempotent: an existing login
 * is left as it is. The logins are listed in README.md.
 */
@Component
@Profile("demo")
@Order(10)
class DemoIdentityData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoIdentityData.class);

    record DemoAccount(String login, String displayName, OrganizationType type, String organization) {}

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("factory1@demo.realsourcing.cn", "陈厂长", OrganizationType.FACTORY, "宁波恒达保温杯制造有限公司"),
            new DemoAccount("factory2@demo.realsourcing.cn", "刘经理", OrganizationType.FACTORY, "东莞精工模具有限公司"),
            new DemoAccount("13800138001", "周老板", OrganizationType.FACTORY, "义乌优品日用品厂"),
            new DemoAccount("trader1@demo.realsourcing.cn", "Amy 王", OrganizationType.TRADING_COMPANY, "深圳环球通进出口有限公司"),
            new DemoAccount("trader2@demo.realsourcing.cn", "赵外贸", OrganizationType.TRADING_COMPANY, "广州丝路外贸有限公司"),
            new DemoAccount("brand1@demo.realsourcing.cn", "林品牌", OrganizationType.BRAND, "杭州小野家居"),
            new DemoAccount("brand2@demo.realsourcing.cn", "Kevin Xu", OrganizationType.BRAND, "上海轻氧运动"),
            new DemoAccount("creator1@demo.realsourcing.cn", "小鹿美妆", OrganizationType.CREATOR, "小鹿美妆工作室"),
            new DemoAccount("creator2@demo.realsourcing.cn", "阿杰数码", OrganizationType.CREATOR, "阿杰数码测评"),
            new DemoAccount("13900139001", "李师傅", OrganizationType.WORKER, null),
            new DemoAccount("13900139002", "王阿姨", OrganizationType.WORKER, null));

    private final IdentityService identity;
    private final PlatformBootstrap platform;
    private final String password;

    DemoIdentityData(
            IdentityService identity,
            PlatformBootstrap platform,
            @Value("${realsourcing.demo.password}") String password) {
        this.identity = identity;
        this.platform = platform;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = 0;
        for (DemoAccount account : ACCOUNTS) {
            if (identity.findByLogin(account.login()).isEmpty()) {
                boolean email = account.login().contains("@");
                identity.signUp(new IdentityService.SignUp(
                        account.type(),
                        account.organization(),
                        account.displayName(),
                        email ? account.login() : null,
                        email ? null : account.login(),
                        password,
                        null,
                        "zh-CN"));
                created++;
            }
        }
        platform.ensurePlatformUser("reviewer@demo.realsourcing.cn", password, "审核员小张", Role.REVIEWER);
        platform.ensurePlatformUser("operator@demo.realsourcing.cn", password, "运营小李", Role.OPERATOR);
        // One person in two organisations, to show switching: the trader also helps run a factory.
        var trader = identity.findByLogin("trader1@demo.realsourcing.cn").orElseThrow();
        var factoryOwner = identity.findByLogin("factory1@demo.realsourcing.cn").orElseThrow();
        platform.addMember(factoryOwner.getActiveOrganizationId(), trader.getId(), Role.ADMIN);
        log.info("Demo identity data ready ({} accounts created)", created);
    }
}
