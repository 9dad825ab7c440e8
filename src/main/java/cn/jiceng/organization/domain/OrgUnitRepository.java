package cn.jiceng.organization.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    Optional<OrgUnit> findByCode(String code);

    List<OrgUnit> findByCodeIn(Collection<String> codes);

    List<OrgUnit> findByParentCodeOrderByCode(String parentCode);

    List<OrgUnit> findByParentCodeIsNullOrderByCode();

    boolean existsByParentCode(String parentCode);

    /** The unit with this path and everything below it: a prefix scan of the unique path index. */
    @Query("select u from OrgUnit u where u.path like concat(:path, '%') order by u.path")
    List<OrgUnit> findSubtree(@Param("path") String path);

    /** Whether the unit {@code code} is the unit {@code rootCode} or below it: both looked up by their unique codes. */
    @Query("select case when count(u) > 0 then true else false end from OrgUnit u, OrgUnit r "
            + "where u.code = :code and r.code = :rootCode and u.path like concat(r.path, '%')")
    boolean isWithin(@Param("code") String code, @Param("rootCode") String rootCode);

    @Query("select count(u) from OrgUnit u where u.path like concat(:path, '%')")
    long countSubtree(@Param("path") String path);

    @Query("select u from OrgUnit u where u.path like concat(:path, '%') and u.level = :level order by u.path")
    List<OrgUnit> findSubtreeAtLevel(@Param("path") String path, @Param("level") OrgLevel level);

    @Query("select u from OrgUnit u where u.path like concat(:path, '%') and "
            + "(lower(u.name) like lower(concat('%', :text, '%')) or u.code like concat(:text, '%')) order by u.path")
    List<OrgUnit> searchSubtree(@Param("path") String path, @Param("text") String text);

    /** A page of {@link #searchSubtree} (an empty text matches every unit), for lazy pickers. */
    @Query("select u from OrgUnit u where u.path like concat(:path, '%') and (:text = '' or "
            + "lower(u.name) like lower(concat('%', :text, '%')) or u.code like concat(:text, '%')) order by u.path")
    List<OrgUnit> searchSubtreePage(@Param("path") String path, @Param("text") String text,
                                    org.springframework.data.domain.Pageable page);

    @Query("select count(u) from OrgUnit u where u.path like concat(:path, '%') and (:text = '' or "
            + "lower(u.name) like lower(concat('%', :text, '%')) or u.code like concat(:text, '%'))")
    long countSearchSubtree(@Param("path") String path, @Param("text") String text);
}
