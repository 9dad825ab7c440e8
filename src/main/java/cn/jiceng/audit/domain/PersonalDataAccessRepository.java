package cn.jiceng.audit.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonalDataAccessRepository extends JpaRepository<PersonalDataAccess, Long> {

    List<PersonalDataAccess> findBySubjectOrderByAccessedAtDesc(String subject);

    List<PersonalDataAccess> findTop200ByOrderByAccessedAtDescIdDesc();
}
