package cn.jiceng.demonstration.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProgramRepository extends JpaRepository<Program, Long> {

    Optional<Program> findByCode(String code);

    /** Programs whose office is within the path, or above it (a county sees its city's programs). */
    @Query("select p from Program p join fetch p.definition where p.officeUnitPath like concat(:path, '%')"
            + " or :path like concat(p.officeUnitPath, '%') order by p.createdAt desc, p.id desc")
    List<Program> findVisible(@Param("path") String path);

    @Query("select count(p) from Program p where p.officeUnitCode = :office and p.year = :year")
    long countByOfficeAndYear(@Param("office") String office, @Param("year") int year);
}
