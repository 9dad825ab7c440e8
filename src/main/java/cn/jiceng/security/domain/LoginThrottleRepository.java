package cn.jiceng.security.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface LoginThrottleRepository extends JpaRepository<LoginThrottle, Long> {

    Optional<LoginThrottle> findByKindAndSubject(LoginThrottle.Kind kind, String subject);

    /** The row, locked for update: two nodes counting a failure of the same subject queue here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from LoginThrottle t where t.kind = ?1 and t.subject = ?2")
    Optional<LoginThrottle> lockByKindAndSubject(LoginThrottle.Kind kind, String subject);

    List<LoginThrottle> findByKindAndLockedTrue(LoginThrottle.Kind kind);

    void deleteByKindAndSubject(LoginThrottle.Kind kind, String subject);
}
