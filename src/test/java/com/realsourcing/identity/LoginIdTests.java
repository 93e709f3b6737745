package com.realsourcing.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.realsourcing.identity.domain.LoginId;
import com.realsourcing.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

class LoginIdTests {

    @Test
    void normalisesMobileNumbersWrittenInDifferentWays() {
        assertThat(LoginId.parse("+86 138-1234-1234", "login").value()).isEqualTo("13812341234");
        assertThat(LoginId.parse("8613812341234", "login").value()).isEqualTo("13812341234");
        assertThat(LoginId.parse("13812341234", "login").kind()).isEqualTo(LoginId.Kind.MOBILE);
    }

    @Test
    void lowerCasesEmails() {
        LoginId login = LoginId.parse("  Zhang@Example.COM ", "login");
        assertThat(login.kind()).isEqualTo(LoginId.Kind.EMAIL);
        assertThat(login.value()).isEqualTo("zhang@example.com");
    }

    @Test
    void refusesNumbersThatAreNotMainlandMobiles() {
        assertThatThrownBy(() -> LoginId.parse("12812341234", "mobile"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("identity.mobile-invalid");
                    assertThat(e.fieldErrors())
                            .extracting(DomainException.FieldError::field)
                            .containsExactly("mobile");
                });
        assertThatThrownBy(() -> LoginId.parse("not-an-email@", "email")).isInstanceOf(DomainException.class);
    }

    @Test
    void keepsKindsApartInTheIndexInput() {
        assertThat(LoginId.parse("13812341234", "l").indexInput()).isEqualTo("MOBILE:13812341234");
        assertThat(LoginId.parse("a@b.cn", "l").indexInput()).isEqualTo("EMAIL:a@b.cn");
    }
}
