package cn.jiceng.demonstration.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CountyPlanRepository extends JpaRepository<CountyPlan, Long> {

    List<CountyPlan> findByProgramIdOrderByCountyCode(Long programId);

    Optional<CountyPlan> findByProgramIdAndCountyCode(Long programId, String countyCode);
}
