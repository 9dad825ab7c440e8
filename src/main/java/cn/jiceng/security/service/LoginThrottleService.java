package cn.jiceng.security.service;

import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.LoginThrottle;
import cn.jiceng.security.domain.LoginThrottle.Kind;
import cn.jiceng.security.domain.LoginThrottleRepository;
import cn.jiceng.security.domain.Role;
import cn.jiceng.security.domain.SecurityEvent;
import cn.jiceng.security.domain.SecurityEventRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Throttling of failed logins, per account (the user name typed) and per client address, kept in
 * the database so that every node of a cluster counts the same failures.
 * <ul>
 *   <li>From the {@code delayFrom}-th failure on, the next attempt is refused for a growing delay
 *       (1 s, 2 s, 4 s … at most 30 s) without checking the password;</li>
 *   <li>at {@code maxFailures} the subject is locked for {@code lockDuration} (an administrator may
 *       unlock an account earlier, in 用户管理);</li>
 *   <li>a success forgets the account's failures (not the address's: one valid account must not
 *       clear the address an attacker guesses from); failures older than {@code forgetAfter} are
 *       forgotten.</li>
 * </ul>
 * Every failure, refusal, lock and unlock is written to {@code security_event}. Each recording
 * runs in its own transaction: a login attempt has none, and a failure must be counted even though
 * the attempt is refused.
 */
@Service
public class LoginThrottleService {

    private static final Duration MAX_DELAY = Duration.ofSeconds(30);

    private final LoginThrottleRepository throttles;
    private final SecurityEventRepository events;
    private final AppUserLookup users;
    private final RegionScopeService scope;
    private final TransactionTemplate newTransaction;
    private final Limits account;
    private final Limits address;
    private final Duration lockDuration;
    private final Duration forgetAfter;
    private volatile Clock clock = Clock.systemUTC();

    record Limits(int delayFrom, int maxFailures) {
    }

    public LoginThrottleService(LoginThrottleRepository throttles, SecurityEventRepository events, AppUserLookup users,
                                RegionScopeService scope, PlatformTransactionManager transactions,
                                @Value("${jiceng.login.account.delay-from:2}") int accountDelayFrom,
                                @Value("${jiceng.login.account.max-failures:5}") int accountMaxFailures,
                                @Value("${jiceng.login.address.delay-from:10}") int addressDelayFrom,
                                @Value("${jiceng.login.address.max-failures:30}") int addressMaxFailures,
                                @Value("${jiceng.login.lock-duration:15m}") Duration lockDuration,
                                @Value("${jiceng.login.forget-after:15m}") Duration forgetAfter) {
        this.throttles = throttles;
        this.events = events;
        this.users = users;
        this.scope = scope;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.account = new Limits(accountDelayFrom, accountMaxFailures);
        this.address = new Limits(addressDelayFrom, addressMaxFailures);
        this.lockDuration = lockDuration;
        this.forgetAfter = forgetAfter;
    }

    /** Tests move time on (and put the system clock back afterwards). */
    public void setClock(Clock clock) {
        this.clock = clock;
    }

    /**
     * Refuses the attempt with {@link LoginThrottledException} while the account or the address is
     * delayed or locked; the refusal itself is audited, not counted.
     */
    public void checkAllowed(String username, String clientAddress) {
        Instant now = clock.instant();
        Optional<LoginThrottle> blocking = newTransaction.execute(tx -> {
            Optional<LoginThrottle> byAccount = throttles.findByKindAndSubject(Kind.ACCOUNT, accountKey(username));
            Optional<LoginThrottle> byAddress = clientAddress == null ? Optional.empty()
                    : throttles.findByKindAndSubject(Kind.ADDRESS, addressKey(clientAddress));
            return byAccount.filter(t -> t.blocks(now)).or(() -> byAddress.filter(t -> t.blocks(now)));
        });
        if (blocking.isPresent()) {
            LoginThrottle t = blocking.get();
            audit(SecurityEvent.Type.LOGIN_REFUSED_THROTTLED, username, clientAddress, null,
                    t.getKind() + (t.isLocked() ? " locked" : " delayed") + " until " + t.getBlockedUntil());
            throw new LoginThrottledException(t.getBlockedUntil(), t.isLocked());
        }
    }

    /** Counts a failed login (wrong password or unknown user name) against the account and the address. */
    public void recordFailure(String username, String clientAddress) {
        Instant now = clock.instant();
        retryOnce(() -> newTransaction.executeWithoutResult(tx -> {
            events.save(new SecurityEvent(now, SecurityEvent.Type.LOGIN_FAILED, accountKey(username), clientAddress, null, null));
            count(Kind.ACCOUNT, accountKey(username), account, now, username, clientAddress);
            if (clientAddress != null) {
                count(Kind.ADDRESS, addressKey(clientAddress), address, now, username, clientAddress);
            }
        }));
    }

    /** A successful login forgets the account's failures. */
    public void recordSuccess(String username, String clientAddress) {
        Instant now = clock.instant();
        newTransaction.executeWithoutResult(tx -> throttles.lockByKindAndSubject(Kind.ACCOUNT, accountKey(username)).ifPresent(t -> {
            if (t.isLocked()) {
                events.save(new SecurityEvent(now, SecurityEvent.Type.ACCOUNT_UNLOCKED, t.getSubject(), clientAddress,
                        null, "lock expired"));
            }
            throttles.delete(t);
        }));
    }

    private void count(Kind kind, String subject, Limits limits, Instant now, String username, String clientAddress) {
        LoginThrottle t = throttles.lockByKindAndSubject(kind, subject)
                .orElseGet(() -> throttles.saveAndFlush(new LoginThrottle(kind, subject, now)));
        boolean expiredLock = t.isLocked() && !t.blocks(now);
        if (expiredLock) {
            events.save(new SecurityEvent(now, kind == Kind.ACCOUNT ? SecurityEvent.Type.ACCOUNT_UNLOCKED
                    : SecurityEvent.Type.ADDRESS_UNLOCKED, kind == Kind.ACCOUNT ? subject : username,
                    kind == Kind.ADDRESS ? subject : clientAddress, null, "lock expired"));
        }
        if (expiredLock || (t.getFailures() > 0 && t.getLastFailureAt().plus(forgetAfter).isBefore(now))) {
            t.reset();
        }
        int failures = t.getFailures() + 1;
        if (failures >= limits.maxFailures()) {
            t.fail(now, now.plus(lockDuration), true);
            if (failures == limits.maxFailures()) {
                events.save(new SecurityEvent(now, kind == Kind.ACCOUNT ? SecurityEvent.Type.ACCOUNT_LOCKED
                        : SecurityEvent.Type.ADDRESS_LOCKED, kind == Kind.ACCOUNT ? subject : username,
                        kind == Kind.ADDRESS ? subject : clientAddress, null,
                        failures + " failures, locked for " + lockDuration.toMinutes() + " min"));
            }
        } else if (failures >= limits.delayFrom()) {
            t.fail(now, now.plus(delay(failures - limits.delayFrom())), false);
        } else {
            t.fail(now, null, false);
        }
    }

    /** 1 s, 2 s, 4 s … doubling with each failure past the first delayed one, at most 30 s. */
    static Duration delay(int step) {
        return step >= 5 ? MAX_DELAY : Duration.ofSeconds(Math.min(1L << step, MAX_DELAY.toSeconds()));
    }

    /** Until when the account is locked (a delay is no lock), if it is. */
    public Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return throttles.findByKindAndSubject(Kind.ACCOUNT, accountKey(username))
                .filter(t -> t.isLocked() && t.blocks(now)).map(LoginThrottle::getBlockedUntil);
    }

    /** The user names of the locked accounts, for the administrators' list. */
    public Set<String> lockedAccounts() {
        Instant now = clock.instant();
        return throttles.findByKindAndLockedTrue(Kind.ACCOUNT).stream().filter(t -> t.blocks(now))
                .map(LoginThrottle::getSubject).collect(Collectors.toSet());
    }

    /** An administrator of the account's region lifts its lock (and forgets its failures). Audited. */
    public void unlockAccount(AppUser admin, String username) {
        AppUser target = requireAdministrable(admin, username);
        Instant now = clock.instant();
        newTransaction.executeWithoutResult(tx -> {
            throttles.lockByKindAndSubject(Kind.ACCOUNT, accountKey(target.getUsername())).ifPresent(throttles::delete);
            events.save(new SecurityEvent(now, SecurityEvent.Type.ACCOUNT_UNLOCKED, target.getUsername(), null,
                    admin.getUsername(), "unlocked by administrator"));
        });
    }

    /** The latest security events of the accounts an administrator may administer (a system-wide one: all). */
    public List<SecurityEvent> recentEvents(AppUser admin) {
        if (admin == null || !admin.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("only administrators read security events");
        }
        List<SecurityEvent> latest = events.findTop200ByOrderByIdDesc();
        if (scope.scopePath(admin).filter(RegionScopeService.EVERYTHING::equals).isPresent()) {
            return latest;
        }
        return latest.stream().filter(e -> e.getUsername() != null && users.find(e.getUsername())
                .map(u -> u.getUnitCode() != null && scope.canSeeUnit(admin, u.getUnitCode())).orElse(false)).toList();
    }

    /** Writes one event in its own transaction. */
    public void audit(SecurityEvent.Type type, String username, String clientAddress, String actor, String detail) {
        Instant now = clock.instant();
        newTransaction.executeWithoutResult(tx -> events.save(new SecurityEvent(now, type, username, clientAddress, actor, detail)));
    }

    AppUser requireAdministrable(AppUser admin, String username) {
        if (admin == null || !admin.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("only administrators unlock or reset accounts");
        }
        AppUser target = users.find(username).orElseThrow(() -> new InvalidUserException("user.error.unknown"));
        boolean systemWide = scope.scopePath(admin).filter(RegionScopeService.EVERYTHING::equals).isPresent();
        if (!systemWide && (target.getUnitCode() == null || !scope.canSeeUnit(admin, target.getUnitCode()))) {
            throw new AccessDeniedException("account " + username + " is outside the administrator's region");
        }
        return target;
    }

    /** Two nodes inserting the first row of one subject at once: the loser retries and finds the row. */
    private static void retryOnce(Runnable work) {
        try {
            work.run();
        } catch (DataIntegrityViolationException race) {
            work.run();
        }
    }

    private static String accountKey(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    private static String addressKey(String clientAddress) {
        return clientAddress.length() > 64 ? clientAddress.substring(0, 64) : clientAddress;
    }
}
