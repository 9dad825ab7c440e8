package cn.jiceng.security.process;

import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

class JicengUserQuery extends UserQueryImpl {

    private final transient UserFinder finder;

    JicengUserQuery(UserFinder finder) {
        this.finder = finder;
    }

    JicengUserQuery(CommandExecutor executor, UserFinder finder) {
        super(executor);
        this.finder = finder;
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        return finder.count(this);
    }

    @Override
    public List<User> executeList(CommandContext commandContext, Page page) {
        return finder.list(this, page).stream().map(JicengIdentityProvider::toUser).toList();
    }
}
