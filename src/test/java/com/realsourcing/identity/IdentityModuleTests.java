package com.realsourcing.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.realsourcing.identity.api.OrganizationRegistered;
import com.realsourcing.identity.api.OrganizationType;
import com.realsourcing.identity.api.UserStateChanged;
import com.realsourcing.identity.domain.AccountState;
import com.realsourcing.identity.domain.AdminService;
import com.realsourcing.identity.domain.IdentityService;
import com.realsourcing.identity.domain.PlatformBootstrap;
import com.realsourcing.identity.domain.Role;
import com.realsourcing.notify.api.NotifyApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** Identity bootstrapped on its own (notify's API mocked): what it announces to other modules. */
@ApplicationModuleTest
class IdentityModuleTests {

    @MockitoBean
    NotifyApi notify;

    @Autowired
    IdentityService identity;

    @Autowired
    AdminService admin;

    @Autowired
    PlatformBootstrap platform;

    @Test
    void announcesANewFactoryToOtherModules(Scenario scenario) {
        String email = "module-" + System.nanoTime() + "@test.realsourcing.cn";
        scenario.stimulate(() -> identity.signUp(new IdentityService.SignUp(
                        OrganizationType.FACTORY, "模块测试五金厂", "厂长", email, null, "Passw0rd!", null, "zh-CN")))
                .andWaitForEventOfType(OrganizationRegistered.class)
                .matching(event -> event.name().equals("模块测试五金厂"))
                .toArriveAndVerify((event, user) -> {
                    assertThat(event.type()).isEqualTo(OrganizationType.FACTORY);
                    assertThat(event.ownerId()).isEqualTo(user.getId());
                });
    }

    @Test
    void announcesAnAccountStateChange(Scenario scenario) {
        var operator = platform.ensurePlatformUser(
                "operator-" + System.nanoTime() + "@test.realsourcing.cn", "Operat0r!", "运营", Role.OPERATOR);
        var target = identity.signUp(new IdentityService.SignUp(
                OrganizationType.BRAND,
                "被限制品牌",
                null,
                "target-" + System.nanoTime() + "@test.realsourcing.cn",
                null,
                "Passw0rd!",
                null,
                "zh-CN"));
        var actor = identity.principal(operator.getId(), null);

        scenario.stimulate(() -> admin.changeState(actor, target.getId(), AccountState.RESTRICTED, "虚假宣传"))
                .andWaitForEventOfType(UserStateChanged.class)
                .matching(event -> event.userId().equals(target.getId()))
                .toArriveAndVerify(event -> {
                    assertThat(event.state()).isEqualTo("RESTRICTED");
                    assertThat(event.reason()).isEqualTo("虚假宣传");
                    assertThat(event.changedBy()).isEqualTo(operator.getId());
                });
    }
}
