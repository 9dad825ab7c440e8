package cn.jiceng.security.process;

import cn.jiceng.security.domain.AppUser;
import cn.jiceng.security.domain.Role;
import cn.jiceng.security.service.EngineGroups;
import cn.jiceng.security.service.EngineGroups.ParsedGroup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Runs the engine's user queries against the user table with paging in the database. */
@Component
class UserFinder {

    private final EntityManager em;

    UserFinder(EntityManager em) {
        this.em = em;
    }

    @Transactional(readOnly = true)
    public long count(JicengUserQuery q) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> cq = cb.createQuery(Long.class);
        Root<AppUser> u = cq.from(AppUser.class);
        Optional<List<Predicate>> where = predicates(q, cb, u, cq);
        if (where.isEmpty()) {
            return 0;
        }
        cq.select(cb.countDistinct(u)).where(where.get().toArray(Predicate[]::new));
        return em.createQuery(cq).getSingleResult();
    }

    @Transactional(readOnly = true)
    public List<AppUser> list(JicengUserQuery q, Page page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AppUser> cq = cb.createQuery(AppUser.class);
        Root<AppUser> u = cq.from(AppUser.class);
        Optional<List<Predicate>> where = predicates(q, cb, u, cq);
        if (where.isEmpty()) {
            return List.of();
        }
        cq.select(u).distinct(true).where(where.get().toArray(Predicate[]::new)).orderBy(cb.asc(u.get("username")));
        var query = em.createQuery(cq);
        // The engine passes paging either as a Page or, for listPage(), on the query object itself.
        int first = page != null ? page.getFirstResult() : q.getFirstResult();
        int max = page != null ? page.getMaxResults() : q.getMaxResults();
        query.setFirstResult(Math.max(0, first));
        if (max >= 0 && max < Integer.MAX_VALUE) {
            query.setMaxResults(max);
        }
        return query.getResultList();
    }

    /** The where clause, or empty when the query cannot match anyone (a tenant, an unknown group). */
    private Optional<List<Predicate>> predicates(JicengUserQuery q, CriteriaBuilder cb, Root<AppUser> u,
                                                 CriteriaQuery<?> cq) {
        List<Predicate> p = new ArrayList<>();
        p.add(cb.isTrue(u.get("enabled")));
        if (q.getTenantId() != null) {
            return Optional.empty();
        }
        if (q.getId() != null) {
            p.add(cb.equal(u.get("username"), q.getId()));
        }
        if (q.getIds() != null) {
            if (q.getIds().length == 0) {
                return Optional.empty();
            }
            p.add(u.get("username").in(Arrays.asList(q.getIds())));
        }
        if (q.getFirstName() != null) {
            p.add(cb.equal(u.get("displayName"), q.getFirstName()));
        }
        if (q.getFirstNameLike() != null) {
            p.add(cb.like(u.get("displayName"), q.getFirstNameLike()));
        }
        if (q.getLastName() != null && !q.getLastName().isEmpty()) {
            return Optional.empty();
        }
        if (q.getEmail() != null) {
            p.add(cb.equal(u.get("email"), q.getEmail()));
        }
        if (q.getEmailLike() != null) {
            p.add(cb.like(u.get("email"), q.getEmailLike()));
        }
        if (q.getGroupId() != null) {
            Optional<ParsedGroup> group = EngineGroups.parse(q.getGroupId());
            if (group.isEmpty()) {
                return Optional.empty();
            }
            Role role = group.get().role() == null ? Role.ADMIN : group.get().role();
            Join<AppUser, Role> roles = u.join("roles");
            p.add(cb.equal(roles, role));
            if (group.get().unitCode() != null) {
                p.add(cb.equal(u.get("unitCode"), group.get().unitCode()));
            }
            if (group.get().department() != null) {
                p.add(cb.equal(u.get("departmentCode"), group.get().department()));
            }
        }
        return Optional.of(p);
    }
}
