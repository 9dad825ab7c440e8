package cn.jiceng.security.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SecurityEventRepository extends JpaRepository<SecurityEvent, Long> {

    List<SecurityEvent> findByUsernameOrderByIdDesc(String username);

    List<SecurityEvent> findTop200ByOrderByIdDesc();
}
