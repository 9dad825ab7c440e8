package cn.jiceng.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.Role;
import cn.jiceng.security.domain.SecurityEvent;
import cn.jiceng.security.domain.SecurityEventRepository;
import cn.jiceng.security.service.InvalidUserException;
import cn.jiceng.security.service.LoginThrottleService;
import cn.jiceng.security.service.LoginThrottledException;
import cn.jiceng.security.service.UserService;
import cn.jiceng.testsupport.JicengSpringBootTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Throttling of failed logins (database-backed, per account and per address), the administrator's
 * unlock and reset, the staff password policy and the change of one's own password.
 * Every test uses its own accounts and documentation addresses (203.0.113.0/24, 198.51.100.0/24), so the demo
 * accounts and 127.0.0.1 of the other tests are never throttled.
 */
@JicengSpringBootTest
class LoginSecurityServiceTest {

    static final String PASSWORD = "Throttle#Test9";

    @Autowired
    LoginThrottleService throttle;
    @Autowired
    UserService users;
    @Autowired
    AuthenticationProvider authentication;
    @Autowired
    SecurityEventRepository events;
    @Autowired
    PasswordEncoder encoder;

    Instant now = Instant.parse("2030-03-01T08:00:00Z");

    @BeforeEach
    void freezeTime() {
        throttle.setClock(Clock.fixed(now, ZoneOffset.UTC));
    }

    @AfterEach
    void systemTime() {
        throttle.setClock(Clock.systemUTC());
    }

    private void advance(Duration d) {
        now = now.plus(d);
        throttle.setClock(Clock.fixed(now, ZoneOffset.UTC));
    }

    private AppUser newReviewer() {
        String name = "thr." + UUID.randomUUID().toString().substring(0, 8);
        return users.create(new UserService.NewUser(name, PASSWORD, "限流测试", "220103", Set.of(Role.REVIEWER)));
    }

    private static String address() {
        return "198.51.100." + (1 + (int) (Math.random() * 250));
    }

    private UsernamePasswordAuthenticationToken attempt(String user, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }

    private List<SecurityEvent.Type> eventsOf(String username) {
        return events.findByUsernameOrderByIdDesc(username).stream().map(SecurityEvent::getType).toList();
    }

    private AppUser admin() {
        return users.findByUsername("admin").orElseThrow();
    }

    @Test
    void failedLoginsOfAnAccountGrowTheDelayThenLockItForFifteenMinutesEvenForTheRightPassword() {
        String user = newReviewer().getUsername();
        String from = "203.0.113.10";
        assertThatThrownBy(() -> authentication.authenticate(attempt(user, "wrong-1", from))).isInstanceOf(BadCredentialsException.class);
        // one failure: no delay yet, the right password works... but we keep failing instead
        throttle.checkAllowed(user, from);
        Duration[] delays = {Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)};
        for (Duration delay : delays) {
            assertThatThrownBy(() -> authentication.authenticate(attempt(user, "wrong", from))).isInstanceOf(BadCredentialsException.class);
            assertThatThrownBy(() -> authentication.authenticate(attempt(user, PASSWORD, from)))
                    .as("refused during the delay, even with the right password")
                    .isInstanceOfSatisfying(LoginThrottledException.class, e -> {
                        assertThat(e.isLocked()).isFalse();
                        assertThat(e.retryAfter()).isEqualTo(now.plus(delay));
                    });
            advance(delay);
        }
        assertThatThrownBy(() -> authentication.authenticate(attempt(user, "wrong-5", from))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> authentication.authenticate(attempt(user, PASSWORD, from)))
                .isInstanceOfSatisfying(LoginThrottledException.class, e -> {
                    assertThat(e.isLocked()).isTrue();
                    assertThat(e.retryAfter()).isEqualTo(now.plus(Duration.ofMinutes(15)));
                });
        assertThat(throttle.lockedUntil(user)).contains(now.plus(Duration.ofMinutes(15)));
        assertThatThrownBy(() -> authentication.authenticate(attempt(user, PASSWORD, "203.0.113.11")))
                .as("the lock is the account's, from any address").isInstanceOf(LockedException.class);

        advance(Duration.ofMinutes(15));
        assertThat(authentication.authenticate(attempt(user, PASSWORD, from)).isAuthenticated()).isTrue();
        assertThat(throttle.lockedUntil(user)).isEmpty();
        List<SecurityEvent.Type> audited = eventsOf(user);
        assertThat(audited).filteredOn(SecurityEvent.Type.LOGIN_FAILED::equals).hasSize(5);
        assertThat(audited).contains(SecurityEvent.Type.ACCOUNT_LOCKED, SecurityEvent.Type.LOGIN_REFUSED_THROTTLED,
                SecurityEvent.Type.ACCOUNT_UNLOCKED);
    }

    @Test
    void aSuccessfulLoginForgetsTheAccountsEarlierFailures() {
        String user = newReviewer().getUsername();
        String from = address();
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(user, from);
            advance(Duration.ofMinutes(1));
        }
        assertThat(authentication.authenticate(attempt(user, PASSWORD, from)).isAuthenticated()).isTrue();
        throttle.recordFailure(user, from);
        throttle.checkAllowed(user, from); // the count restarted at one: no delay, no lock
        assertThat(throttle.lockedUntil(user)).isEmpty();
    }

    @Test
    void manyFailuresFromOneAddressLockThatAddressForEveryAccountButNotOtherAddresses() {
        String attacker = "203.0.113.200";
        for (int i = 0; i < 30; i++) {
            throttle.recordFailure("guess" + i, attacker);
            advance(Duration.ofSeconds(31)); // past each delay
        }
        String victim = newReviewer().getUsername();
        assertThatThrownBy(() -> authentication.authenticate(attempt(victim, PASSWORD, attacker)))
                .isInstanceOfSatisfying(LoginThrottledException.class, e -> assertThat(e.isLocked()).isTrue());
        assertThat(authentication.authenticate(attempt(victim, PASSWORD, "203.0.113.201")).isAuthenticated()).isTrue();
        assertThat(events.findTop200ByOrderByIdDesc()).anySatisfy(e -> {
            assertThat(e.getType()).isEqualTo(SecurityEvent.Type.ADDRESS_LOCKED);
            assertThat(e.getAddress()).isEqualTo(attacker);
        });
    }

    @Test
    void anAdministratorUnlocksALockedAccountAndTheUnlockIsAuditedWithTheAdministrator() {
        String user = newReviewer().getUsername();
        String from = address();
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(user, from);
            advance(Duration.ofSeconds(10));
        }
        assertThat(throttle.lockedAccounts()).contains(user);
        AppUser reviewer = users.findByUsername("kc.reviewer").orElseThrow();
        assertThatThrownBy(() -> throttle.unlockAccount(reviewer, user)).isInstanceOf(AccessDeniedException.class);

        throttle.unlockAccount(admin(), user);
        assertThat(throttle.lockedAccounts()).doesNotContain(user);
        assertThat(authentication.authenticate(attempt(user, PASSWORD, from)).isAuthenticated()).isTrue();
        SecurityEvent unlock = events.findByUsernameOrderByIdDesc(user).stream()
                .filter(e -> e.getType() == SecurityEvent.Type.ACCOUNT_UNLOCKED).findFirst().orElseThrow();
        assertThat(unlock.getActor()).isEqualTo("admin");
        assertThat(throttle.recentEvents(admin())).extracting(SecurityEvent::getUsername).contains(user);
    }

    @Test
    void failuresAreForgottenAfterAQuietQuarterOfAnHour() {
        String user = newReviewer().getUsername();
        String from = address();
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(user, from);
            advance(Duration.ofSeconds(5));
        }
        advance(Duration.ofMinutes(16));
        throttle.recordFailure(user, from);
        throttle.checkAllowed(user, from);
        assertThat(throttle.lockedUntil(user)).isEmpty();
    }

    @Test
    void staffPasswordsNeedTenCharactersThreeClassesNoUserNameAndNotTheDemoPassword() {
        AppUser admin = admin();
        record Case(String password, String key) {
        }
        for (Case c : List.of(new Case("Short#1a", "user.error.passwordPolicyLength"),
                new Case("alllowercase1", "user.error.passwordPolicyClasses"),
                new Case("Xwang.liu#2026", "user.error.passwordIsUsername"),
                new Case("Jiceng@2026", "user.error.passwordPolicyKnown"))) {
            assertThatThrownBy(() -> users.createStaff(admin, new UserService.NewUser("wang.liu", c.password(), "王六", "220103",
                    Set.of(Role.REVIEWER)))).as(c.password())
                    .isInstanceOfSatisfying(InvalidUserException.class, e -> assertThat(e.messageKey()).isEqualTo(c.key()));
        }
        assertThat(users.findByUsername("wang.liu")).isEmpty();
        AppUser created = users.createStaff(admin, new UserService.NewUser("wang.liu", "Qingshan-lu 88", "王六", "220103",
                Set.of(Role.REVIEWER)));
        assertThat(encoder.matches("Qingshan-lu 88", created.getPasswordHash())).isTrue();
    }

    @Test
    void aUserChangesTheirOwnPasswordWithTheCurrentOneAndTheChangeIsAudited() {
        AppUser me = newReviewer();
        assertThatThrownBy(() -> users.changeOwnPassword(me, "not-it", "Brand#New2030"))
                .isInstanceOfSatisfying(InvalidUserException.class, e -> assertThat(e.messageKey()).isEqualTo("user.error.currentPasswordWrong"));
        assertThatThrownBy(() -> users.changeOwnPassword(me, PASSWORD, "short"))
                .isInstanceOfSatisfying(InvalidUserException.class, e -> assertThat(e.messageKey()).isEqualTo("user.error.passwordPolicyLength"));
        assertThatThrownBy(() -> users.changeOwnPassword(me, PASSWORD, PASSWORD))
                .isInstanceOfSatisfying(InvalidUserException.class, e -> assertThat(e.messageKey()).isEqualTo("user.error.passwordUnchanged"));
        users.changeOwnPassword(me, PASSWORD, "Brand#New2030");
        AppUser after = users.findByUsername(me.getUsername()).orElseThrow();
        assertThat(encoder.matches("Brand#New2030", after.getPasswordHash())).isTrue();
        assertThat(encoder.matches(PASSWORD, after.getPasswordHash())).isFalse();
        assertThat(eventsOf(me.getUsername())).contains(SecurityEvent.Type.PASSWORD_CHANGED);
    }

    @Test
    void anAdministratorsResetForcesAChangeAtTheNextLoginAndLiftsALock() {
        AppUser user = newReviewer();
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(user.getUsername(), address());
            advance(Duration.ofSeconds(10));
        }
        assertThatThrownBy(() -> users.resetPassword(users.findByUsername("kc.reviewer").orElseThrow(), user.getUsername(),
                "Temp#Reset2030")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.resetPassword(admin(), "yc.reviewer", "Temp#Reset2030"))
                .as("an account of another province").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.resetPassword(admin(), user.getUsername(), "Jiceng@2026"))
                .isInstanceOfSatisfying(InvalidUserException.class, e -> assertThat(e.messageKey()).isEqualTo("user.error.passwordPolicyKnown"));

        users.resetPassword(admin(), user.getUsername(), "Temp#Reset2030");
        AppUser reset = users.findByUsername(user.getUsername()).orElseThrow();
        assertThat(reset.isMustChangePassword()).isTrue();
        assertThat(throttle.lockedUntil(user.getUsername())).isEmpty();
        assertThat(authentication.authenticate(attempt(user.getUsername(), "Temp#Reset2030", address())).isAuthenticated()).isTrue();
        SecurityEvent audited = events.findByUsernameOrderByIdDesc(user.getUsername()).stream()
                .filter(e -> e.getType() == SecurityEvent.Type.PASSWORD_RESET).findFirst().orElseThrow();
        assertThat(audited.getActor()).isEqualTo("admin");

        users.changeOwnPassword(reset, "Temp#Reset2030", "Mine#Own2030x");
        assertThat(users.findByUsername(user.getUsername()).orElseThrow().isMustChangePassword()).isFalse();
    }
}
