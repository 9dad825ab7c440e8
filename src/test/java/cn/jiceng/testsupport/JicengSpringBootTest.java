package cn.jiceng.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application with demo data on a private database, served on a random port. Every
 * Spring test uses exactly this so that they share one cached context. Tagged {@code spring}: the
 * MariaDB pass (failsafe execution {@code mariadb-pass}) reruns these tests against MariaDB.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@ExtendWith(TestDatabaseCondition.class)
@Tag("spring")
public @interface JicengSpringBootTest {
}
