package cn.jiceng.demonstration.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorRowRepository extends JpaRepository<IndicatorRow, Long> {

    List<IndicatorRow> findByDefinitionIdOrderBySortOrder(Long definitionId);
}
