package cn.jiceng.recruitment.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicantRepository extends JpaRepository<Applicant, Long> {

    Optional<Applicant> findByUsername(String username);

    boolean existsByIdNumber(String idNumber);
}
