package cn.jiceng.security.process;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** Group queries over the derived groups; groups are few (roles × units that have users), so filtering is in memory. */
class JicengGroupQuery extends GroupQueryImpl {

    private final transient JicengIdentityProvider provider;

    JicengGroupQuery(JicengIdentityProvider provider) {
        this.provider = provider;
    }

    JicengGroupQuery(CommandExecutor executor, JicengIdentityProvider provider) {
        super(executor);
        this.provider = provider;
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return matching().count();
    }

    @Override
    public List<Group> executeList(CommandContext commandContext, Page page) {
        Stream<Group> groups = matching();
        // The engine passes paging either as a Page or, for listPage(), on the query object itself.
        int first = page != null ? page.getFirstResult() : getFirstResult();
        int max = page != null ? page.getMaxResults() : getMaxResults();
        if (first > 0 || (max >= 0 && max < Integer.MAX_VALUE)) {
            groups = groups.skip(Math.max(0, first)).limit(max < 0 ? Long.MAX_VALUE : max);
        }
        return groups.toList();
    }

    private Stream<Group> matching() {
        if (getTenantId() != null) {
            return Stream.empty();
        }
        Stream<Group> groups;
        if (getId() != null) {
            Group g = provider.findGroupById(getId());
            groups = g == null ? Stream.empty() : Stream.of(g);
        } else if (getIds() != null) {
            groups = Arrays.stream(getIds()).map(provider::findGroupById).filter(g -> g != null);
        } else {
            groups = provider.groups(getUserId()).stream();
        }
        if (getUserId() != null && (getId() != null || getIds() != null)) {
            List<String> mine = provider.groups(getUserId()).stream().map(Group::getId).toList();
            groups = groups.filter(g -> mine.contains(g.getId()));
        }
        if (getName() != null) {
            groups = groups.filter(g -> getName().equals(g.getName()));
        }
        if (getNameLike() != null) {
            String regex = getNameLike().replace(".", "\\.").replace("%", ".*").replace("_", ".");
            groups = groups.filter(g -> g.getName() != null && g.getName().matches(regex));
        }
        if (getType() != null) {
            groups = groups.filter(g -> getType().equals(g.getType()));
        }
        return groups;
    }
}
