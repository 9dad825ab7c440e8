package cn.jiceng.organization.service;

import cn.jiceng.organization.domain.OrgLevel;
import cn.jiceng.organization.domain.OrgUnit;
import cn.jiceng.organization.domain.OrgUnitRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the organisation tree. Access control is the caller's job (see RegionScopeService). */
@Service
@Transactional(readOnly = true)
public class OrgUnitService {

    private final OrgUnitRepository units;

    public OrgUnitService(OrgUnitRepository units) {
        this.units = units;
    }

    public Optional<OrgUnit> findByCode(String code) {
        return code == null ? Optional.empty() : units.findByCode(code);
    }

    /** The units with these codes, by code (unknown codes are absent); one query. */
    public Map<String, OrgUnit> byCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return units.findByCodeIn(codes).stream().collect(Collectors.toMap(OrgUnit::getCode, u -> u));
    }

    /** True if the unit exists and is the root unit or below it (by their paths); one query. */
    public boolean isWithin(String code, String rootCode) {
        return code != null && rootCode != null && units.isWithin(code, rootCode);
    }

    public OrgUnit getByCode(String code) {
        return findByCode(code).orElseThrow(() -> new UnknownUnitException(code));
    }

    public List<OrgUnit> roots() {
        return units.findByParentCodeIsNullOrderByCode();
    }

    public List<OrgUnit> children(OrgUnit parent) {
        return units.findByParentCodeOrderByCode(parent.getCode());
    }

    public boolean hasChildren(OrgUnit unit) {
        return units.existsByParentCode(unit.getCode());
    }

    /** The unit and everything below it, ordered by path (parents before children). */
    public List<OrgUnit> subtree(OrgUnit root) {
        return units.findSubtree(root.getPath());
    }

    public long countSubtree(OrgUnit root) {
        return units.countSubtree(root.getPath());
    }

    public List<OrgUnit> subtreeAtLevel(OrgUnit root, OrgLevel level) {
        return units.findSubtreeAtLevel(root.getPath(), level);
    }

    /**
     * A page of the units under a path (the path's unit included) whose name contains the text or
     * whose code starts with it, ordered by path; {@code offset} a multiple of {@code limit}, as
     * lazy pickers ask.
     */
    public List<OrgUnit> searchPage(String path, String text, int offset, int limit) {
        int size = Math.max(1, limit);
        return units.searchSubtreePage(path, text == null ? "" : text.trim(),
                org.springframework.data.domain.PageRequest.of(offset / size, size));
    }

    public long countSearch(String path, String text) {
        return units.countSearchSubtree(path, text == null ? "" : text.trim());
    }

    public List<OrgUnit> search(OrgUnit root, String text) {
        return units.searchSubtree(root.getPath(), text.trim());
    }

    /** The chain from the root down to this unit, both included. */
    public List<OrgUnit> ancestry(OrgUnit unit) {
        List<String> codes = pathCodes(unit.getPath());
        List<OrgUnit> found = new ArrayList<>(units.findByCodeIn(codes));
        found.sort((a, b) -> Integer.compare(a.getPath().length(), b.getPath().length()));
        return Collections.unmodifiableList(found);
    }

    /** The ancestor of this unit at a given level (the unit itself if it is at that level). */
    public Optional<OrgUnit> ancestorAtLevel(OrgUnit unit, OrgLevel level) {
        return ancestry(unit).stream().filter(u -> u.getLevel() == level).findFirst();
    }

    public long count() {
        return units.count();
    }

    static List<String> pathCodes(String path) {
        List<String> codes = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                codes.add(part);
            }
        }
        return codes;
    }
}
