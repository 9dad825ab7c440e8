package cn.jiceng.security.process;

import cn.jiceng.organization.domain.OrgUnitRepository;
import cn.jiceng.security.domain.AppUserRepository;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Installs {@link JicengIdentityProvider} as the engine's identity provider (one user store). */
@Component
public class IdentityProviderPlugin extends AbstractProcessEnginePlugin implements SessionFactory {

    private final AppUserRepository users;
    private final OrgUnitRepository units;
    private final PasswordEncoder passwordEncoder;
    private final UserFinder userFinder;

    public IdentityProviderPlugin(@Lazy AppUserRepository users, @Lazy OrgUnitRepository units,
                                  PasswordEncoder passwordEncoder, @Lazy UserFinder userFinder) {
        this.users = users;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
        this.userFinder = userFinder;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(this);
    }

    @Override
    public Class<?> getSessionType() {
        return ReadOnlyIdentityProvider.class;
    }

    @Override
    public Session openSession() {
        return new JicengIdentityProvider(users, units, passwordEncoder, userFinder);
    }
}
