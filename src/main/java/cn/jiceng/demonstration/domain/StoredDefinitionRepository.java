package cn.jiceng.demonstration.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StoredDefinitionRepository extends JpaRepository<StoredDefinition, Long> {

    Optional<StoredDefinition> findFirstByCodeOrderByDefinitionVersionDesc(String code);

    /** The newest version of every code. */
    @Query("select d from StoredDefinition d where d.definitionVersion = (select max(e.definitionVersion)"
            + " from StoredDefinition e where e.code = d.code) order by d.code")
    List<StoredDefinition> findLatest();

    List<StoredDefinition> findByCodeOrderByDefinitionVersionDesc(String code);
}
