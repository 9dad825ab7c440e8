package cn.jiceng.common.background;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.VaadinService;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs slow work of a view (imports, exports) off the request thread, then hands the result back
 * to the UI with {@link UI#access} (the app has {@code @Push}). The caller's security context goes
 * with the work; transactions are the services' own, opened on the worker thread. Nothing here is
 * shared between nodes: a task lives and ends with the UI that started it.
 */
@Component
public class BackgroundTasks implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BackgroundTasks.class);

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    public BackgroundTasks() {
        executor.setCorePoolSize(4);
        executor.setMaxPoolSize(4);
        executor.setQueueCapacity(100);
        executor.setThreadNamePrefix("jiceng-background-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(30);
        executor.initialize();
    }

    /** The bean, for components created with {@code new} inside views. */
    public static BackgroundTasks current() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(BackgroundTasks.class);
    }

    /**
     * Runs {@code work} on a worker thread with the current security context, then {@code onDone}
     * (or {@code onFailure}) inside {@code ui.access}. Call it from a thread that carries the
     * user's security context (a request or UI thread).
     */
    public <R> void run(UI ui, Callable<R> work, Consumer<R> onDone, Consumer<RuntimeException> onFailure) {
        SecurityContext context = SecurityContextHolder.getContext();
        Runnable task = () -> {
            try {
                R result = work.call();
                access(ui, () -> onDone.accept(result));
            } catch (RuntimeException e) {
                access(ui, () -> onFailure.accept(e));
            } catch (Exception e) {
                access(ui, () -> onFailure.accept(new IllegalStateException(e)));
            }
        };
        executor.execute(new DelegatingSecurityContextRunnable(task, context));
    }

    private static void access(UI ui, Runnable command) {
        try {
            ui.access(command::run);
        } catch (UIDetachedException e) {
            log.debug("UI closed before its background task ended");
        }
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
